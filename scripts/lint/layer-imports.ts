// ESLint rule: each import, export-from, dynamic import, import type and vi.mock-style call is
// resolved to a file (relative path or package.json#imports alias) and checked against the layer
// table in eslint.config.js. Matching the resolved file, not the specifier's text, is what makes
// '../../../main/x.ts' as visible as '#main/x.ts'.
import type { Rule } from 'eslint';
import {
  aliasFor,
  fromRoot,
  isBuiltin,
  isRelative,
  layerOf,
  readAliases,
  resolveSpecifier,
} from './layer-map.ts';
import type { Layer, Layers } from './layer-map.ts';

interface Options {
  /** The repository root: package.json and the layers' paths are read from it. */
  readonly root: string;
  readonly layers: Layers;
}

/** A string literal as ESLint's and typescript-eslint's nodes hold it. */
interface StringNode {
  readonly type: string;
  readonly value?: unknown;
}

const MOCK_CALLS = new Set(['mock', 'doMock', 'unmock', 'doUnmock', 'importActual', 'importMock']);

const list = (names: readonly string[]) =>
  names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

const refusedBy = (layer: Layer, specifier: string) =>
  layer.refuses?.find((name) =>
    name === 'node:'
      ? isBuiltin(specifier)
      : specifier === name || specifier.startsWith(`${name}/`),
  );

export const layerImports: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer imports only the layers it may use, across layers by alias' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, layers: { type: 'object' } },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      layer:
        "{{from}} may not import {{to}} ('{{specifier}}'): {{from}} imports only {{allowed}}, since {{why}}.",
      outside:
        "'{{specifier}}' leads to {{target}}, in no layer: {{from}} imports only {{allowed}}.",
      package: "{{from}} may not use '{{specifier}}', since {{why}}.",
      relative: "'{{specifier}}' leaves {{from}} for {{to}}: import it as {{alias}}.",
      unknown: "'{{specifier}}' is no alias of package.json#imports.",
    },
  },

  create(context) {
    const { root, layers } = context.options[0] as Options;
    const importer = context.filename;
    const from = layerOf(fromRoot(root, importer), layers);
    if (from === undefined) return {};
    const layer = layers[from]!;
    const allowed = list(layer.mayImport);
    const aliases = readAliases(root);

    function check(node: StringNode | null | undefined) {
      if (node?.type !== 'Literal' || typeof node.value !== 'string') return;
      const specifier = node.value;
      const report = (messageId: string, data: Record<string, string> = {}) =>
        context.report({
          node: node as Rule.Node,
          messageId,
          data: { from, specifier, allowed, why: layer.why, ...data },
        });
      const target = resolveSpecifier(specifier, importer, root, aliases);
      if (target === undefined) return report('unknown');
      if (target === null) {
        if (refusedBy(layer, specifier)) report('package');
        return;
      }
      const to = layerOf(target, layers);
      if (to === undefined) return report('outside', { target });
      if (!layer.mayImport.includes(to)) return report('layer', { to });
      if (to !== from && isRelative(specifier)) {
        const alias = aliasFor(target, aliases);
        report('relative', {
          to,
          alias: alias ? `'${alias}'` : 'its alias in package.json#imports',
        });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node: { source?: StringNode }) => check(node.source),
      CallExpression(node) {
        const { callee } = node;
        if (
          callee.type === 'MemberExpression' &&
          callee.object.type === 'Identifier' &&
          callee.object.name === 'vi' &&
          callee.property.type === 'Identifier' &&
          MOCK_CALLS.has(callee.property.name)
        ) {
          check(node.arguments[0]);
        }
      },
    };
  },
};
