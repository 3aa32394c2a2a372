// Where an import specifier leads in the repository and which layer holds that file. Aliases are
// read from package.json#imports, the same map Node, TypeScript, Vite and vitest resolve.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';

export interface Layer {
  /** Folders (ending in "/") and single files, from the repository root, that make it up. */
  readonly paths: readonly string[];
  /** The layers its files may import, itself included. */
  readonly mayImport: readonly string[];
  /** Packages it must not use: names, or "node:" for Node's built-in modules. */
  readonly refuses?: readonly string[];
  /** Why, said after "since" in the messages. */
  readonly why: string;
}

export type Layers = Readonly<Record<string, Layer>>;

/** package.json#imports as [alias prefix, target folder], e.g. ['#core/', 'electron/core/']. */
export type Aliases = readonly (readonly [string, string])[];

/** The repository's aliases; the project writes each as "#name/*" to "./folder/*". */
export function readAliases(root: string): Aliases {
  const { imports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    imports?: Record<string, unknown>;
  };
  return Object.entries(imports ?? {}).flatMap(([key, target]) =>
    key.endsWith('/*') && typeof target === 'string' && target.endsWith('/*')
      ? [[key.slice(0, -1), target.slice(0, -1).replace(/^\.\//, '')] as const]
      : [],
  );
}

export const isRelative = (specifier: string) => /^\.\.?(\/|$)/.test(specifier);

export const isBuiltin = (specifier: string) =>
  specifier.startsWith('node:') || builtinModules.includes(specifier);

/** A path from the root with "/" separators, whatever the platform's. */
export const fromRoot = (root: string, path: string) => relative(root, path).split(sep).join('/');

/**
 * The file a relative or "#" specifier leads to, from the root; null for a package; undefined for
 * an alias package.json does not define. Node picks the longest matching prefix, and so does this.
 */
export function resolveSpecifier(
  specifier: string,
  importer: string,
  root: string,
  aliases: Aliases,
): string | null | undefined {
  const path = specifier.split('?')[0]!;
  if (isRelative(path)) return fromRoot(root, resolve(dirname(importer), path));
  if (!path.startsWith('#')) return null;
  const match = aliases
    .filter(([prefix]) => path.startsWith(prefix))
    .sort(([a], [b]) => b.length - a.length)[0];
  return match && match[1] + path.slice(match[0].length);
}

/** The layer holding a path from the root: the one with the longest folder or file matching it. */
export function layerOf(path: string, layers: Layers): string | undefined {
  let found: string | undefined;
  let longest = 0;
  for (const [name, layer] of Object.entries(layers)) {
    for (const part of layer.paths) {
      const holds = part.endsWith('/') ? path.startsWith(part) : path === part;
      if (holds && part.length > longest) [found, longest] = [name, part.length];
    }
  }
  return found;
}

/** The alias that reaches a path from the root, from the alias with the longest folder. */
export function aliasFor(path: string, aliases: Aliases): string | undefined {
  const match = aliases
    .filter(([, folder]) => path.startsWith(folder))
    .sort(([, a], [, b]) => b.length - a.length)[0];
  return match && match[0] + path.slice(match[1].length);
}
