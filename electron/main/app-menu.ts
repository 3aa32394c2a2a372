// The application menu: editing and zoom shortcuts the interface relies on, the reader's own find
// bar (Edit › Find, Ctrl+F or Cmd+F), and ways to stop an indexing run and the sharing with the
// room. Its words follow the interface language (electron/shared/app-menu-strings.ts); the roles
// supply the platform's behaviour and shortcuts.
import type { MenuItemConstructorOptions } from 'electron';
import { appMenuStrings } from '#shared/app-menu-strings.ts';

export interface MenuState {
  isMac: boolean;
  devTools: boolean;
  /** The interface language, as the interface last told it; English until then. */
  language: string;
  ingestRunning: boolean;
  onCancelIngest: () => void;
  /** Whether the library is being shared with the room (the classroom's network). */
  sharing: boolean;
  onStopSharing: () => void;
  /** Opens the reader's find bar in the window. */
  onFind: () => void;
}

export function appMenuTemplate(state: MenuState): MenuItemConstructorOptions[] {
  const words = appMenuStrings(state.language);
  const file: MenuItemConstructorOptions = {
    label: words.file,
    submenu: [
      {
        label: words.stopIndexing,
        enabled: state.ingestRunning,
        click: () => state.onCancelIngest(),
      },
      {
        label: words.stopSharing,
        enabled: state.sharing,
        click: () => state.onStopSharing(),
      },
      { type: 'separator' },
      state.isMac ? { role: 'close', label: words.close } : { role: 'quit', label: words.quit },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: words.edit,
    submenu: [
      { role: 'undo', label: words.undo },
      { role: 'redo', label: words.redo },
      { type: 'separator' },
      { role: 'cut', label: words.cut },
      { role: 'copy', label: words.copy },
      { role: 'paste', label: words.paste },
      { role: 'selectAll', label: words.selectAll },
      { type: 'separator' },
      { label: words.find, accelerator: 'CmdOrCtrl+F', click: () => state.onFind() },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: words.view,
    submenu: [
      { role: 'resetZoom', label: words.resetZoom },
      { role: 'zoomIn', label: words.zoomIn },
      { role: 'zoomOut', label: words.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: words.fullScreen },
      ...(state.devTools
        ? [
            { type: 'separator' } as const,
            { role: 'reload', label: words.reload } as const,
            { role: 'toggleDevTools', label: words.devTools } as const,
          ]
        : []),
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu', label: words.window };
  return state.isMac ? [{ role: 'appMenu' }, file, edit, view, window] : [file, edit, view, window];
}
