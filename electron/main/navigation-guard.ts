// The window never navigates away from the app and never opens another window. Web and mail
// links go to the system's browser or mail program, and only after the user agrees.
import { isAppUrl } from './app-origin.ts';

export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isExternalLink(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** In-app navigation (a reload, say) stays; links out are offered to the system; the rest is refused. */
export function navigationDecision(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  return isExternalLink(url) ? 'open-externally' : 'deny';
}

export interface ExternalLinkOpener {
  /** Asks the user whether to leave the app for this address. */
  confirm(url: string): Promise<boolean>;
  open(url: string): Promise<void>;
}

export async function offerExternalLink(url: string, opener: ExternalLinkOpener): Promise<boolean> {
  if (!isExternalLink(url) || !(await opener.confirm(url))) return false;
  await opener.open(url);
  return true;
}

export interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/** The parts of Electron's WebContents the guard needs. */
export interface GuardedContents {
  on(event: 'will-frame-navigate', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function guardNavigation(
  contents: GuardedContents,
  opener: ExternalLinkOpener,
  onError: (error: unknown) => void,
): void {
  const offer = (url: string) => {
    offerExternalLink(url, opener).catch(onError);
  };
  const onNavigate = (event: NavigationEvent) => {
    const decision = navigationDecision(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') offer(event.url);
  };
  contents.on('will-frame-navigate', onNavigate);
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) offer(url);
    return { action: 'deny' };
  });
}
