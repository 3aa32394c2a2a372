// One polite live region for short confirmations ("Citation copied"), shown as a toast.
import { createContext, use, useCallback, useEffect, useState } from 'react';
import type { ReactNode } from 'react';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

export function useAnnounce(): (message: string) => void {
  return use(AnnounceContext);
}

const VISIBLE_MS = 6000;

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; at: number } | null>(null);
  const announce = useCallback((text: string) => setMessage({ text, at: Date.now() }), []);

  useEffect(() => {
    if (message === null) return;
    const timer = setTimeout(() => setMessage(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <AnnounceContext value={announce}>
      {children}
      <div
        className={message ? 'toast toast--visible' : 'toast'}
        role="status"
        aria-live="polite"
        data-testid="announcer"
      >
        {message?.text}
      </div>
    </AnnounceContext>
  );
}
