// Validates a call's arguments against the method table, with one message that names every field
// at fault, so that a caller of any front door (IPC, HTTP) can see what to correct.
import type { z } from 'zod';
import type { PortalApi, PortalMethod } from './api.ts';
import { API_METHODS } from './api-methods.ts';
import { ARGUMENT_SCHEMAS } from './api-schemas.ts';
import type { MethodDeclaration } from './api-methods.ts';

export type ParsedArguments<M extends PortalMethod> =
  { ok: true; args: Parameters<PortalApi[M]> } | { ok: false; message: string };

/** The names of a method's arguments, for messages: its one argument's name, or none. */
export function argumentNames(method: PortalMethod): string[] {
  const declaration: MethodDeclaration = API_METHODS[method];
  return declaration.argument ? [declaration.argument[0]] : [];
}

export function parseApiArguments<M extends PortalMethod>(
  method: M,
  args: unknown,
): ParsedArguments<M> {
  const names = argumentNames(method);
  if (!Array.isArray(args)) {
    return {
      ok: false,
      message: `${method}: the arguments must be a list, like [${names.join(', ')}]`,
    };
  }
  if (args.length !== names.length) {
    const expected = names.length === 0 ? 'no arguments' : `${names.length} (${names.join(', ')})`;
    return { ok: false, message: `${method} takes ${expected}; received ${args.length}` };
  }
  const { argument }: MethodDeclaration = API_METHODS[method];
  if (!argument) return { ok: true, args: [] as unknown[] as Parameters<PortalApi[M]> };
  const parsed = ARGUMENT_SCHEMAS[argument[1]].safeParse(args[0]);
  if (parsed.success) return { ok: true, args: [parsed.data] as Parameters<PortalApi[M]> };
  const problems = parsed.error.issues.map(
    (issue) => `${fieldName(argument[0], issue.path)} ${issueText(issue)}`,
  );
  return { ok: false, message: `${method}: ${problems.join('; ')}` };
}

function fieldName(argumentName: string, path: readonly PropertyKey[]): string {
  let name = argumentName;
  for (const key of path) name += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return name;
}

function issueText(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `has unknown field(s): ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined'))
    return 'is required';
  return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
}
