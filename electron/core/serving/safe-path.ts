// Maps a URL path, or a path the engine gives, onto a file inside a root folder, and refuses
// everything that could leave it: dot segments (plain or percent-encoded), encoded separators,
// drive letters, NUL bytes, and symbolic links that point outside the root.
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, sep } from 'node:path';

export type PathResolution =
  | { ok: true; path: string; size: number }
  | { ok: false; reason: 'forbidden' | 'not-found'; message: string };

const forbidden = (message: string): PathResolution => ({
  ok: false,
  reason: 'forbidden',
  message,
});
const notFound = (message: string): PathResolution => ({ ok: false, reason: 'not-found', message });

/** Decodes the segments of a URL path, or explains why the path is refused. */
export function decodePathSegments(
  urlPath: string,
): { ok: true; segments: string[] } | { ok: false; message: string } {
  const segments: string[] = [];
  for (const raw of urlPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, message: `The path segment "${raw}" is not valid percent-encoding.` };
    }
    if (segment === '.' || segment === '..')
      return { ok: false, message: 'Paths may not contain . or .. segments.' };
    if (/[/\\\0:]/.test(segment)) {
      return {
        ok: false,
        message: 'Paths may not contain encoded separators, drive letters or NUL bytes.',
      };
    }
    segments.push(segment);
  }
  return { ok: true, segments };
}

/** Resolves a URL path to a regular file inside root. */
export async function resolveUrlPathInsideRoot(
  root: string,
  urlPath: string,
): Promise<PathResolution> {
  const decoded = decodePathSegments(urlPath);
  if (!decoded.ok) return forbidden(decoded.message);
  return resolveFileInsideRoot(root, join(...decoded.segments));
}

/**
 * Resolves a file path (relative to root, or absolute) to a regular file whose real location,
 * after following every symbolic link, is inside root.
 */
export async function resolveFileInsideRoot(
  root: string,
  filePath: string,
): Promise<PathResolution> {
  if (filePath.includes('\0')) return forbidden('Paths may not contain NUL bytes.');
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(root);
  } catch {
    return notFound(`The folder ${root} does not exist.`);
  }
  try {
    realFile = await realpath(isAbsolute(filePath) ? filePath : join(realRoot, filePath));
  } catch {
    return notFound(`No file at ${filePath}.`);
  }
  if (!isInside(realRoot, realFile))
    return forbidden(`${filePath} leads outside the served folder.`);
  const info = await stat(realFile);
  if (!info.isFile()) return notFound(`${filePath} is not a file.`);
  return { ok: true, path: realFile, size: info.size };
}

export function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
}
