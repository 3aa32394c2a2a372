// `npm run serve [-- options]`: `portal serve` after an install, with no other step. The interface
// is built first when dist/renderer is missing or older than its sources; the options go to
// `portal serve` as they are (`npm run serve -- --lan --stop-after 3h`).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '..');
const BUILT_INDEX = join(REPO_ROOT, 'dist', 'renderer', 'index.html');
/** What the interface is built from: its own folder, the contract it shares, the build's settings. */
export const INTERFACE_SOURCES = ['renderer', 'electron/shared', 'vite.config.ts', 'package.json'];

/** The latest modification time of the files at these paths (folders searched through), in ms. */
export function newestModification(paths: string[]): number {
  let newest = 0;
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.isDirectory()) {
      const entries = readdirSync(path, { recursive: true, withFileTypes: true });
      for (const entry of entries.filter((e) => e.isFile()))
        newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  }
  return newest;
}

/** Whether the built interface at builtIndex is missing or older than any of its sources. */
export function interfaceNeedsBuild(builtIndex: string, sources: string[]): boolean {
  const built = statSync(builtIndex, { throwIfNoEntry: false });
  return built === undefined || built.mtimeMs < newestModification(sources);
}

function buildInterface(): void {
  process.stdout.write('Building the interface (dist/renderer)...\n');
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (run.status !== 0) {
    process.stderr.write('The interface could not be built; the messages above say why.\n');
    process.exit(run.status ?? 1);
  }
}

function serve(args: string[]): void {
  const portal = spawn(
    process.execPath,
    [join(REPO_ROOT, 'scripts', 'portal.ts'), 'serve', ...args],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  );
  // Ctrl+C reaches both processes; this one waits for the server to stop and reports its status.
  const wait = () => {};
  process.on('SIGINT', wait);
  process.on('SIGTERM', () => portal.kill('SIGTERM'));
  portal.on('exit', (code, signal) => {
    process.off('SIGINT', wait);
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (import.meta.main) {
  const sources = INTERFACE_SOURCES.map((path) => join(REPO_ROOT, path));
  if (interfaceNeedsBuild(BUILT_INDEX, sources)) buildInterface();
  serve(process.argv.slice(2));
}
