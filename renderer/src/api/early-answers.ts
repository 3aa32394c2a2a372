// Answers asked for ahead of the screen that needs them: at start-up, while the interface's own
// code is still loading, and on entering a document, while its screen renders. Each is handed
// over once, to the first screen that loads its key; reloads and later visits ask the API again.
import type { Result } from '#shared/api.ts';
import { settle } from './settle.ts';

/** The keys of the answers asked for early, shared with the screens that load them. */
export const ANSWER_KEYS = {
  taxonomy: 'taxonomy',
  document: (id: string) => `document:${id}`,
};

const early = new Map<string, Promise<Result<unknown>>>();

/** Asked again (a document entered anew), the answer replaces one no screen took. */
export function askEarly<T>(key: string, load: () => Promise<Result<T>>): void {
  early.set(key, settle(load));
}

export function takeEarlyAnswer<T>(key: string): Promise<Result<T>> | null {
  const answer = early.get(key);
  if (answer === undefined) return null;
  early.delete(key);
  // Each key is asked for with the loader of the same method, so the type is the one asked for.
  return answer as Promise<Result<T>>;
}
