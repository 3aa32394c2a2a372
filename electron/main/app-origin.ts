// The app's own origin. Every page of the interface is loaded from app://portal, so the origin
// is what the IPC sender check, the navigation guard and the permission handler trust.
import type { CustomScheme } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'portal';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: real origins and relative URLs; secure: a secure context like https; fetch: the
 * interface and pdf.js fetch documents; code cache: faster start-up for the bundled scripts.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** True only for URLs of the app's own origin. (URL.origin is "null" for custom schemes.) */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host.toLowerCase() === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
