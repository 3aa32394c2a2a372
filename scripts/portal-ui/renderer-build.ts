// The built interface the end-to-end tests and the interface benchmark serve. `npm test` builds
// it first; run alone, the tests build it themselves, one test file at a time (the others wait),
// so that no two builds empty the folder under each other.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** PORTAL_E2E_RENDERER_DIR points the tests at another build of the interface. */
export const RENDERER_DIR = process.env.PORTAL_E2E_RENDERER_DIR
  ? resolve(process.env.PORTAL_E2E_RENDERER_DIR)
  : join(REPO_ROOT, 'dist', 'renderer');

const LOCK = join(REPO_ROOT, 'dist', '.renderer-build-lock');
const STALE_LOCK_MS = 3 * 60_000;
const WAIT_MS = 4 * 60_000;

const isBuilt = () => existsSync(join(RENDERER_DIR, 'index.html'));

function takeLock(): boolean {
  mkdirSync(join(REPO_ROOT, 'dist'), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    // A lock left by a run that was killed must not block every later run.
    const lock = statSync(LOCK, { throwIfNoEntry: false });
    if (lock && Date.now() - lock.mtimeMs > STALE_LOCK_MS)
      rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

function buildRenderer(): void {
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: STALE_LOCK_MS,
  });
  if (run.status !== 0 || !isBuilt()) {
    throw new Error(
      `Building the interface for the end-to-end tests failed (run "npm run build" to see why):\n${run.stderr || run.error?.message || ''}`,
    );
  }
}

/** The folder holding the built interface, built now if it is missing. */
export async function ensureRendererBuilt(): Promise<string> {
  if (isBuilt()) return RENDERER_DIR;
  if (process.env.PORTAL_E2E_RENDERER_DIR) {
    throw new Error(
      `PORTAL_E2E_RENDERER_DIR is ${RENDERER_DIR}, but it holds no index.html. Build the interface there first.`,
    );
  }
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (takeLock()) {
      try {
        if (!isBuilt()) buildRenderer();
        return RENDERER_DIR;
      } finally {
        rmSync(LOCK, { recursive: true, force: true });
      }
    }
    await sleep(500);
    if (!existsSync(LOCK) && isBuilt()) return RENDERER_DIR;
  }
  throw new Error(`The interface was not built in ${WAIT_MS / 1000} s. Run "npm run build" first.`);
}
