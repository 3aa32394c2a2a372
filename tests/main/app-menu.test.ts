import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '#main/app-menu.ts';
import { APP_MENU_STRINGS } from '#shared/app-menu-strings.ts';
import type { AppMenuStrings } from '#shared/app-menu-strings.ts';
import { INTERFACE_LANGUAGES } from '#renderer/i18n/languages.ts';
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
    language: 'en',
    onFind: () => {},
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

describe('the menu in the interface language', () => {
  const labels = (items: MenuItemConstructorOptions[]): string[] =>
    items.flatMap((item) => [
      ...(item.label ? [item.label] : []),
      ...(Array.isArray(item.submenu) ? labels(item.submenu) : []),
    ]);
  const base = {
    isMac: false,
    devTools: true,
    ingestRunning: false,
    onCancelIngest: () => {},
    sharing: false,
    onStopSharing: () => {},
    onFind: () => {},
  };
  const findItem = (template: MenuItemConstructorOptions[], words: AppMenuStrings) =>
    (
      template.find((menu) => menu.label === words.edit)!.submenu as MenuItemConstructorOptions[]
    ).find((item) => item.label === words.find)!;

  it('has the words of every interface language', () => {
    expect(Object.keys(APP_MENU_STRINGS).sort()).toEqual(
      INTERFACE_LANGUAGES.map((language) => language.code).sort(),
    );
  });

  it.each(Object.entries(APP_MENU_STRINGS))('%s: every item speaks the language', (code, words) => {
    const template = appMenuTemplate({ ...base, language: code });
    const shown = labels(template);
    expect(shown.sort()).toEqual(
      Object.entries(words)
        .filter(([key]) => key !== 'close')
        .map(([, label]) => label)
        .sort(),
    );
    if (code !== 'en') expect(shown).not.toContain(APP_MENU_STRINGS.en.selectAll);
    const mac = appMenuTemplate({ ...base, language: code, isMac: true });
    expect(labels(mac)).toContain(words.close);
    expect(labels(mac)).not.toContain(words.quit);
  });

  it('opens the find bar from Edit › Find with Ctrl+F (Cmd+F on a Mac)', () => {
    let found = 0;
    const words = APP_MENU_STRINGS.km;
    const item = findItem(
      appMenuTemplate({ ...base, language: 'km', onFind: () => found++ }),
      words,
    );
    expect(item.accelerator).toBe('CmdOrCtrl+F');
    expect(item.role).toBeUndefined();
    (item.click as () => void)();
    expect(found).toBe(1);
  });

  it('speaks English for a language it has no words for', () => {
    expect(labels(appMenuTemplate({ ...base, language: 'xx' }))).toContain('Select All');
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
