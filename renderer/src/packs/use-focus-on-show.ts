// Moves keyboard focus to an element when it appears, so that a keyboard or screen reader user
// lands on what the last action brought up.
import { useEffect, useRef } from 'react';

export function useFocusOnShow<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
