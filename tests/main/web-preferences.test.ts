import { describe, expect, it } from 'vitest';
import { buildWebPreferences, buildWindowOptions } from '#main/web-preferences.ts';

describe('the window', () => {
  it('isolates the page from Node and Electron', () => {
    const preferences = buildWebPreferences('/app/dist/electron/preload/index.cjs', {
      devTools: false,
    });
    expect(preferences).toMatchObject({
      preload: '/app/dist/electron/preload/index.cjs',
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
      spellcheck: false,
      devTools: false,
    });
  });

  it('opens developer tools only in development', () => {
    expect(buildWebPreferences('/p', { devTools: true }).devTools).toBe(true);
  });

  it('opens hidden at the remembered place, with those preferences', () => {
    const options = buildWindowOptions(
      { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false },
      '/p',
      { devTools: false },
    );
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
    expect(options.webPreferences).toEqual(buildWebPreferences('/p', { devTools: false }));
  });
});
