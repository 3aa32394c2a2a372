import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The per-user data folder the desktop app also uses, unless PORTAL_HOME says otherwise. */
export function dataFolder(): string {
  if (process.env.PORTAL_HOME) return resolve(process.env.PORTAL_HOME);
  const app = 'TIP Resource Portal';
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), app);
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', app);
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), app);
}

export const SAMPLE_LIBRARY = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'resources',
  'library',
);

/** The static copy's page script and stylesheet, built by `npm run build`. */
const BUILT_COPY_PAGE = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'dist',
  'static-copy',
);
export const COPY_PAGE_ASSETS = {
  script: join(BUILT_COPY_PAGE, 'static-copy.js'),
  style: join(BUILT_COPY_PAGE, 'static-copy.css'),
};

/** The user database sits beside whichever library database is in use. */
export function userDbFor(libraryDb: string): string {
  return join(dirname(resolve(libraryDb)), 'user.sqlite');
}
