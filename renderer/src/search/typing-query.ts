// Which query the user is typing into the search box right now. The live search it runs reads
// the last word as unfinished (a prefix); once the search is submitted (Enter) the words are
// exact again. Kept outside the address so a reloaded or shared link searches exact words.
import { useSyncExternalStore } from 'react';

let typing: string | null = null;
const listeners = new Set<() => void>();

function set(next: string | null): void {
  if (next === typing) return;
  typing = next;
  for (const listener of listeners) listener();
}

/** The box's text changed by typing: `query` is being typed. */
export function startTyping(query: string): void {
  set(query);
}

/** The search was submitted: no query is being typed. */
export function endTyping(): void {
  set(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while `query` is the text being typed and its last word is not yet followed by a space. */
export function useTyping(query: string): boolean {
  const current = useSyncExternalStore(subscribe, () => typing);
  return current === query && query.trim() !== '' && query === query.trimEnd();
}
