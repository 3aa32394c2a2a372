// The command line as a user runs it: scripts/portal.ts in its own Node process, with its own
// data folder.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const CLI = resolve(import.meta.dirname, '..', '..', 'scripts', 'portal.ts');

export function runPortal(args: string[], home: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PORTAL_HOME: home },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
