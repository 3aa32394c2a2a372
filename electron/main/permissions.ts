// The interface needs no device, location, notification or other permission. The one exception
// is writing plain text to the clipboard ("Copy citation") from the app's own page.
import { isAppUrl } from './app-origin.ts';

export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}
