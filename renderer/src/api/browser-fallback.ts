// What this computer's user keeps (bookmarks, highlights) goes to the user database through the
// API, or, for a classroom visitor, to the browser's own storage: from the start when the server
// says the client is a visitor, or from the first time the server refuses.
import type { Result } from '#shared/api.ts';

export type KeptIn = 'library' | 'browser';

export interface BrowserFallback {
  /** The API's answer, or the browser storage's once the API has refused this client. */
  run<T>(remote: () => Promise<Result<T>>, inBrowser: () => Result<T>): Promise<Result<T>>;
  /** Where things are kept, as far as is known so far. */
  keptIn(): KeptIn;
}

export function browserFallback(startIn: KeptIn): BrowserFallback {
  let keptIn = startIn;
  return {
    async run(remote, inBrowser) {
      if (keptIn === 'browser') return inBrowser();
      const result = await remote();
      if (!result.ok && result.error.code === 'forbidden') {
        keptIn = 'browser';
        return inBrowser();
      }
      return result;
    },
    keptIn: () => keptIn,
  };
}
