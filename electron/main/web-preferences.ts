// The window's web preferences: Electron's security checklist, written down in one place.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowPlacement } from './window-state.ts';

export function buildWebPreferences(
  preloadPath: string,
  options: { devTools: boolean },
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Chromium's spellchecker downloads dictionaries; the app never reaches the network.
    spellcheck: false,
    devTools: options.devTools,
  };
}

export function buildWindowOptions(
  placement: WindowPlacement,
  preloadPath: string,
  options: { devTools: boolean },
): BrowserWindowConstructorOptions {
  return {
    ...placement.bounds,
    minWidth: 640,
    minHeight: 480,
    title: 'TIP Resource Portal',
    backgroundColor: '#ffffff',
    // Shown once the first paint is ready, so the window never flashes blank.
    show: false,
    webPreferences: buildWebPreferences(preloadPath, options),
  };
}
