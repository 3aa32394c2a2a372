// The application menu: editing and zoom shortcuts the interface relies on, and ways to stop an
// indexing run and the sharing with the room. Built from roles, so Electron supplies the platform's labels and shortcuts.
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuState {
  isMac: boolean;
  devTools: boolean;
  ingestRunning: boolean;
  onCancelIngest: () => void;
  /** Whether the library is being shared with the room (the classroom's network). */
  sharing: boolean;
  onStopSharing: () => void;
}

export function appMenuTemplate(state: MenuState): MenuItemConstructorOptions[] {
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Stop Indexing', enabled: state.ingestRunning, click: () => state.onCancelIngest() },
      {
        label: 'Stop Sharing with the Room',
        enabled: state.sharing,
        click: () => state.onStopSharing(),
      },
      { type: 'separator' },
      state.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(state.devTools
        ? [
            { type: 'separator' } as const,
            { role: 'reload' } as const,
            { role: 'toggleDevTools' } as const,
          ]
        : []),
    ],
  };
  const window: MenuItemConstructorOptions = { role: 'windowMenu' };
  return state.isMac ? [{ role: 'appMenu' }, file, edit, view, window] : [file, edit, view, window];
}
