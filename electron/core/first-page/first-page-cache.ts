// First-page images kept on disk, one file per document version and fit, so that a document
// opened again shows its first page before the reader's code has loaded. Capped in bytes: the
// images used longest ago go first (a hit marks its file as just used). Anything that cannot be
// read or written is treated as absent; the image is drawn again.
import {
  mkdir,
  readdir,
  readFile,
  rename,
  stat,
  unlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';

export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

export interface FirstPageCache {
  read(key: string): Promise<Uint8Array | null>;
  /** Stores an image, then trims the cache to its cap (keeping this image, whatever its size). */
  write(key: string, image: Uint8Array): Promise<void>;
}

const fileName = (key: string) => `${key}.webp`;

export function firstPageCache(folder: string, maxBytes = DEFAULT_CACHE_BYTES): FirstPageCache {
  /** Hits marked as just used: an answer does not wait for it, a trim does. */
  let touching: Promise<void> = Promise.resolve();
  /** Removes the images used longest ago until the cap is met, never the one just written. */
  const trim = async (kept: string) => {
    await touching;
    const names = (await readdir(folder)).filter((name) => name.endsWith('.webp'));
    const files = await Promise.all(
      names.map(async (name) => {
        const info = await stat(join(folder, name)).catch(() => null);
        return { name, size: info?.size ?? 0, used: info?.mtimeMs ?? 0 };
      }),
    );
    let total = files.reduce((sum, file) => sum + file.size, 0);
    for (const file of files.toSorted((a, b) => a.used - b.used)) {
      if (total <= maxBytes) break;
      if (file.name === kept) continue;
      await unlink(join(folder, file.name)).catch(() => {});
      total -= file.size;
    }
  };
  return {
    async read(key) {
      const path = join(folder, fileName(key));
      try {
        const image = new Uint8Array(await readFile(path));
        const now = new Date();
        // Settles to nothing, so that a long-running server holds no chain of past touches.
        const touched = utimes(path, now, now).catch(() => {});
        touching = Promise.all([touching, touched]).then(() => {});
        return image;
      } catch {
        return null;
      }
    },
    async write(key, image) {
      try {
        await mkdir(folder, { recursive: true });
        // Written aside and renamed, so that a reader never sees half an image.
        const partial = join(folder, `${fileName(key)}.${process.pid}.part`);
        await writeFile(partial, image);
        await rename(partial, join(folder, fileName(key)));
        await trim(fileName(key));
      } catch {
        // A full or read-only disk: the image is served this once without being kept.
      }
    },
  };
}
