// Arguments for every API method, generated from the method's own zod schema: values of the right
// shape with any field wrong, left out or replaced by anything at all, besides argument lists of
// the wrong length and values of no shape. Strings that name files stay inside a folder of the
// run, so that no case writes anywhere else on the computer.
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { z } from 'zod';
import { API_METHODS } from '#shared/api-methods.ts';
import type { MethodDeclaration, PortalMethod } from '#shared/api-methods.ts';
import { ARGUMENT_SCHEMAS } from '#shared/api-schemas.ts';

/** What the generated values may name: real documents, and a folder for files. */
export interface ArgumentContext {
  documentIds: string[];
  sandbox: string;
  /** Any value a structured clone carries (IPC), or only JSON (HTTP). */
  anyValue: fc.Arbitrary<unknown>;
}

/** The parts of zod's schema definitions the generator reads. */
interface SchemaDefinition {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  values?: unknown[];
  in?: z.ZodType;
}

const definitionOf = (schema: z.ZodType) =>
  (schema as unknown as { _zod: { def: SchemaDefinition } })._zod.def;

const FILE_FIELDS = new Set(['file', 'folder', 'signingKeyFile', 'paths']);

const fileName = fc.oneof(
  fc.constantFrom('report.pdf', 'library.pack', 'key.pem', 'copy', 'missing', 'notes.md', ''),
  fc.string({ maxLength: 12 }),
);

/** Values a field of this name takes, so that most generated arguments get past validation. */
const hints = (context: ArgumentContext): Record<string, string[]> => ({
  id: context.documentIds,
  documentId: context.documentIds,
  country: ['LA', 'VN'],
  countries: ['LA', 'VN', 'KH'],
  organisation: ['unodc'],
  organisations: ['unodc', 'asean-act'],
  theme: ['courts'],
  themes: ['courts', 'digital-evidence'],
  language: ['en', 'vi', 'fil'],
  languages: ['en', 'km'],
  fingerprint: ['1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809 1A2B 3C4D'],
  trust: ['1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'],
  query: ['evidence', 'forced labour', '"digital evidence"', 'lao*', '-fishing OR shelter'],
});

const strings = (context: ArgumentContext, key: string | null) => {
  const hinted = key ? hints(context)[key] : undefined;
  const any = anyString(context);
  return hinted?.length
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...hinted) }, { weight: 1, arbitrary: any })
    : any;
};

const anyString = (context: ArgumentContext) =>
  fc.oneof(
    fc.constantFrom(
      ...context.documentIds,
      'a'.repeat(64),
      'LA',
      'courts',
      'en',
      '',
      ' ',
      '\u0000',
    ),
    fc.constantFrom('1A2B 3C4D 5E6F 7081 92A3 B4C5 D6E7 F809 1A2B 3C4D', 'x'.repeat(1001)),
    fc.string({ maxLength: 20 }),
    fc.string({ unit: 'binary', maxLength: 20 }),
  );

const numbers = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 0.5, -0, 2 ** 31, 2 ** 53 + 2, 1e21, 100_001) },
);

/** Values of a schema's shape, each part of them possibly wrong. */
function shaped(
  schema: z.ZodType,
  context: ArgumentContext,
  key: string | null,
  depth: number,
): fc.Arbitrary<unknown> {
  const right = rightShaped(schema, context, key, depth);
  return fc.oneof({ weight: 30, arbitrary: right }, { weight: 1, arbitrary: context.anyValue });
}

function rightShaped(
  schema: z.ZodType,
  context: ArgumentContext,
  key: string | null,
  depth: number,
): fc.Arbitrary<unknown> {
  const def = definitionOf(schema);
  const inner = (next: z.ZodType, nextKey = key) => shaped(next, context, nextKey, depth + 1);
  switch (def.type) {
    case 'string':
      return key && FILE_FIELDS.has(key)
        ? fileName.map((name) => join(context.sandbox, name))
        : strings(context, key);
    case 'number':
      return numbers;
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...Object.values(def.entries!)) },
        { weight: 1, arbitrary: anyString(context) },
      );
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'optional':
      return fc.oneof(fc.constant(undefined), inner(def.innerType!));
    case 'nullable':
      return fc.oneof(fc.constant(null), inner(def.innerType!));
    case 'pipe':
      return inner(def.in!);
    case 'union':
      return fc.oneof(...def.options!.map((option) => inner(option)));
    case 'array':
      return fc.array(inner(def.element!), { maxLength: depth > 2 ? 1 : 3 });
    case 'object': {
      const fields = Object.entries(def.shape!).map(
        ([name, field]) =>
          [name, fc.option(inner(field, name), { freq: 30, nil: undefined })] as const,
      );
      return fc
        .tuple(
          fc.record(Object.fromEntries(fields)),
          fc.oneof(
            { weight: 30, arbitrary: fc.constant(null) },
            { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 8 }), context.anyValue) },
          ),
        )
        .map(([record, extra]) => {
          const value: Record<string, unknown> = {};
          for (const [name, field] of Object.entries(record))
            if (field !== undefined) value[name] = field;
          if (extra) value[extra[0]] = extra[1];
          return value;
        });
    }
    default:
      return context.anyValue;
  }
}

/** An argument list for a method: of its shape, of the wrong length, or of anything. */
export function argumentsFor(
  method: PortalMethod,
  context: ArgumentContext,
): fc.Arbitrary<unknown[]> {
  const { argument }: MethodDeclaration = API_METHODS[method];
  const anyList = fc.array(context.anyValue, { maxLength: 3 });
  if (!argument) return fc.oneof(fc.constant<unknown[]>([]), anyList);
  const schema = ARGUMENT_SCHEMAS[argument[1]] as z.ZodType;
  return fc.oneof(
    { weight: 8, arbitrary: shaped(schema, context, argument[0], 0).map((value) => [value]) },
    { weight: 1, arbitrary: anyList },
  );
}

// Absolute on POSIX, a Windows drive or a share, as the schemas' absolutePath reads them.
const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\)/;

/**
 * The value with every string that a schema would take for a path outside the sandbox moved into
 * it: whatever a case generates, files are only ever written there.
 */
export function confine(value: unknown, sandbox: string): unknown {
  if (typeof value === 'string')
    return ABSOLUTE.test(value) && !resolve(value).startsWith(`${sandbox}/`)
      ? join(sandbox, encodeURIComponent(value))
      : value;
  if (Array.isArray(value)) return value.map((item) => confine(item, sandbox));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, confine(v, sandbox)]));
  return value;
}
