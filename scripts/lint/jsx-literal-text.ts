// ESLint rule: words a reader sees are never written into the interface's JSX, so that every
// interface language has them. Text children, string expressions standing as children and the
// attributes a reader sees or hears (aria-label, title, placeholder, alt...) must come from the
// interface strings; text made only of punctuation, symbols, digits and spaces passes.
import type { Rule } from 'eslint';

/** Attributes whose value is shown or read aloud to the reader. */
const USER_FACING_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);

/** Any letter of any script: text with none of them is punctuation, symbols or numbers. */
const LETTER = /\p{L}/u;

interface JsxNode {
  readonly type: string;
  readonly value?: unknown;
  readonly expression?: JsxNode;
  readonly consequent?: JsxNode;
  readonly alternate?: JsxNode;
  readonly right?: JsxNode;
  readonly quasis?: readonly { readonly value: { readonly cooked: string | null } }[];
  readonly name?: { readonly type: string; readonly name?: unknown };
  readonly parent?: JsxNode;
}

/** The constant text a node holds: a string literal or a template without expressions. */
function constantText(node: JsxNode | undefined): string | null {
  if (node === undefined) return null;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.quasis?.length === 1) {
    return node.quasis[0]!.value.cooked;
  }
  return null;
}

/** The constant texts an expression may give: through `a ? 'x' : 'y'` and `a && 'x'` too. */
function possibleTexts(node: JsxNode | undefined): string[] {
  if (node === undefined) return [];
  if (node.type === 'ConditionalExpression') {
    return [...possibleTexts(node.consequent), ...possibleTexts(node.alternate)];
  }
  if (node.type === 'LogicalExpression') return possibleTexts(node.right);
  const text = constantText(node);
  return text === null ? [] : [text];
}

const hasWords = (text: string | null): text is string => text !== null && LETTER.test(text);

const MESSAGE =
  'Text a reader sees ("{{text}}") belongs in the interface strings (renderer/src/i18n/*.json): use t(...).';

const shown = (text: string) => {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
};

export const jsxLiteralText: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Words a reader sees come from the interface strings, not JSX literals' },
    schema: [],
    messages: { literal: MESSAGE },
  },
  create(context) {
    const report = (node: unknown, text: string) =>
      context.report({
        node: node as Rule.Node,
        messageId: 'literal',
        data: { text: shown(text) },
      });
    return {
      JSXText(node: unknown) {
        const text = (node as JsxNode).value;
        if (typeof text === 'string' && hasWords(text)) report(node, text);
      },
      JSXExpressionContainer(node: unknown) {
        const container = node as JsxNode;
        if (container.parent?.type === 'JSXAttribute') return;
        for (const text of possibleTexts(container.expression)) {
          if (hasWords(text)) report(node, text);
        }
      },
      JSXAttribute(node: unknown) {
        const attribute = node as JsxNode;
        const name = attribute.name?.type === 'JSXIdentifier' ? attribute.name.name : null;
        if (typeof name !== 'string' || !USER_FACING_ATTRIBUTES.has(name)) return;
        const value = attribute.value as JsxNode | null | undefined;
        const texts =
          value?.type === 'JSXExpressionContainer'
            ? possibleTexts(value.expression)
            : possibleTexts(value ?? undefined);
        for (const text of texts) {
          if (hasWords(text)) report(node, text);
        }
      },
    };
  },
};
