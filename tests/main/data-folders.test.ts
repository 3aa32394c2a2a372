// The folders the app writes to, decided before Electron is ready. The window itself cannot run
// here; these are the paths handed to app.setPath.
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dataFolders,
  PORTABLE_DATA_FOLDER,
  PRODUCT_NAME,
  portableExecutableDir,
} from '#main/data-folders.ts';

const APP_DATA_WINDOWS = 'C:\\Users\\trainer\\AppData\\Roaming';
const STICK = 'E:\\Portal';

describe('dataFolders', () => {
  it('puts everything beside the portable .exe on the stick', () => {
    const folders = dataFolders({
      env: { PORTABLE_EXECUTABLE_DIR: STICK },
      platform: 'win32',
      appData: APP_DATA_WINDOWS,
    });
    const onStick = win32.join(STICK, PORTABLE_DATA_FOLDER);
    expect(folders.userData).toBe(onStick);
    for (const [name, path] of Object.entries(folders)) {
      expect(path.startsWith(`${onStick}`), name).toBe(true);
      expect(path.startsWith(APP_DATA_WINDOWS), name).toBe(false);
    }
    expect(new Set(Object.values(folders)).size).toBe(4);
  });

  it('keeps the library, user database and settings on the stick too (they live in userData)', () => {
    const { userData } = dataFolders({
      env: { PORTABLE_EXECUTABLE_DIR: 'F:\\' },
      platform: 'win32',
      appData: APP_DATA_WINDOWS,
    });
    expect(userData).toBe(`F:\\${PORTABLE_DATA_FOLDER}`);
  });

  it('uses the system folder for application data when installed', () => {
    const folders = dataFolders({ env: {}, platform: 'linux', appData: '/home/trainer/.config' });
    const userData = posix.join('/home/trainer/.config', PRODUCT_NAME);
    expect(folders).toEqual({
      userData,
      sessionData: posix.join(userData, 'Chromium'),
      logs: posix.join(userData, 'logs'),
      crashDumps: posix.join(userData, 'crash-dumps'),
    });
  });
});

describe('portableExecutableDir', () => {
  it.each([
    [{ PORTABLE_EXECUTABLE_DIR: 'E:\\Portal' }, 'win32', 'E:\\Portal'],
    [{ PORTABLE_EXECUTABLE_DIR: 'e:/Portal/' }, 'win32', 'e:\\Portal\\'],
    [
      { PORTABLE_EXECUTABLE_DIR: '\\\\school\\share\\Portal' },
      'win32',
      '\\\\school\\share\\Portal',
    ],
    [{}, 'win32', null],
    [{ PORTABLE_EXECUTABLE_DIR: '' }, 'win32', null],
    [{ PORTABLE_EXECUTABLE_DIR: 'Portal' }, 'win32', null],
    [{ PORTABLE_EXECUTABLE_DIR: '\\Portal' }, 'win32', null],
    [{ PORTABLE_EXECUTABLE_DIR: '/media/stick' }, 'linux', null],
  ] as const)('%j on %s → %j', (env, platform, expected) => {
    expect(portableExecutableDir({ env, platform, appData: '' })).toBe(expected);
  });
});
