import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '#main/app-menu.ts';
import { externalLinkDialog, OPEN_BUTTON } from '#main/external-link-dialog.ts';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);

describe('appMenuTemplate', () => {
  const base = {
    isMac: false,
    devTools: false,
    ingestRunning: false,
    onCancelIngest: () => {},
    sharing: false,
    onStopSharing: () => {},
  };
  const fileItem = (template: MenuItemConstructorOptions[], label: string) =>
    (template[0]!.submenu as MenuItemConstructorOptions[]).find((item) => item.label === label)!;

  it('offers the editing shortcuts the interface relies on, and no developer tools in production', () => {
    const template = appMenuTemplate(base);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'quit']),
    );
    expect(roles(template)).not.toContain('toggleDevTools');
    expect(roles(appMenuTemplate({ ...base, devTools: true }))).toContain('toggleDevTools');
    expect(roles(appMenuTemplate({ ...base, isMac: true }))[0]).toBe('appMenu');
  });

  it('lets the user stop an indexing run while one is running', () => {
    let cancelled = 0;
    const stop = (running: boolean) =>
      fileItem(
        appMenuTemplate({ ...base, ingestRunning: running, onCancelIngest: () => cancelled++ }),
        'Stop Indexing',
      );
    expect(stop(false).enabled).toBe(false);
    expect(stop(true).enabled).toBe(true);
    (stop(true).click as () => void)();
    expect(cancelled).toBe(1);
  });

  it('lets the user stop sharing with the room while sharing', () => {
    let stopped = 0;
    const stop = (sharing: boolean) =>
      fileItem(
        appMenuTemplate({ ...base, sharing, onStopSharing: () => stopped++ }),
        'Stop Sharing with the Room',
      );
    expect(stop(false).enabled).toBe(false);
    expect(stop(true).enabled).toBe(true);
    (stop(true).click as () => void)();
    expect(stopped).toBe(1);
  });
});

describe('externalLinkDialog', () => {
  it('shows the address and defaults to staying in the portal', () => {
    const dialog = externalLinkDialog('https://www.unodc.org/');
    expect(dialog.detail).toContain('https://www.unodc.org/');
    expect(dialog.buttons?.[OPEN_BUTTON]).toBe('Open in browser');
    expect(dialog.defaultId).toBe(1);
    expect(dialog.cancelId).toBe(1);
    expect(externalLinkDialog('mailto:a@example.org').buttons?.[OPEN_BUTTON]).toBe(
      'Open in mail program',
    );
  });
});
