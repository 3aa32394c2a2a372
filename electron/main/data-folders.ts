// Where the desktop app keeps what it writes: its library, user database, settings, Chromium's
// storage, logs and crash dumps. Installed, in the system's folder for application data. The
// portable Windows build runs from a USB stick and must leave nothing on the computer it visits:
// its launcher names the folder the .exe sits in (PORTABLE_EXECUTABLE_DIR), and everything goes
// in a folder beside it.
import { join, win32 } from 'node:path';

export const PRODUCT_NAME = 'TIP Resource Portal';
/** The folder beside the portable .exe, named so that people on the stick know what it holds. */
export const PORTABLE_DATA_FOLDER = `${PRODUCT_NAME} data`;

/** The names app.setPath knows them by. */
export interface DataFolders {
  userData: string;
  sessionData: string;
  logs: string;
  crashDumps: string;
}

export interface DataFolderContext {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** The system's folder for application data (app.getPath('appData')). */
  appData: string;
}

/** The portable build's stick folder, or null when this is no portable build. */
export function portableExecutableDir(context: DataFolderContext): string | null {
  const dir = context.env.PORTABLE_EXECUTABLE_DIR?.trim();
  if (context.platform !== 'win32' || !dir) return null;
  // Only a full path (C:\..., or \\server\share\...) is trusted; anything else is ignored.
  return win32.isAbsolute(dir) && /^([a-z]:[\\/]|\\\\)/i.test(dir) ? win32.normalize(dir) : null;
}

export function dataFolders(context: DataFolderContext): DataFolders {
  const stick = portableExecutableDir(context);
  const path = stick === null ? join : win32.join;
  const userData =
    stick === null ? join(context.appData, PRODUCT_NAME) : win32.join(stick, PORTABLE_DATA_FOLDER);
  return {
    userData,
    // Chromium's storage, caches included, which installed apps keep in userData too.
    sessionData: path(userData, 'Chromium'),
    logs: path(userData, 'logs'),
    crashDumps: path(userData, 'crash-dumps'),
  };
}
