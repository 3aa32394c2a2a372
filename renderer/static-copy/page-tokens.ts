// Each document's page tokens sit in their own data script (data/pages/<ref>.js), loaded with a
// <script> tag when a hit needs them: pages opened from file:// cannot fetch.
import { COPY_GLOBALS, COPY_PATHS } from '#shared/static-copy/copy-format.ts';

const loaded = new Map<number, Promise<string[]>>();
const waiting = new Map<number, (pages: string[]) => void>();

(window as unknown as Record<string, unknown>)[COPY_GLOBALS.pages] = (
  ref: number,
  pages: string[],
) => waiting.get(ref)?.(pages);

export function pageTokens(ref: number): Promise<string[]> {
  let pages = loaded.get(ref);
  if (!pages) {
    pages = new Promise<string[]>((resolve, reject) => {
      waiting.set(ref, resolve);
      const script = document.createElement('script');
      script.src = COPY_PATHS.pages(ref);
      script.onerror = () => reject(new Error(`${script.src} did not load`));
      document.head.append(script);
    });
    loaded.set(ref, pages);
  }
  return pages;
}
