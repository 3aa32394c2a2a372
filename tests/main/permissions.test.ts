import { describe, expect, it } from 'vitest';
import { isPermissionGranted } from '#main/permissions.ts';

describe('isPermissionGranted', () => {
  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'fullscreen',
    'usb',
    'unknown',
  ])('refuses %s, even to the app', (permission) => {
    expect(isPermissionGranted(permission, 'app://portal/index.html')).toBe(false);
  });

  it('lets only the app write copied text to the clipboard', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://portal')).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.org')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', '')).toBe(false);
  });
});
