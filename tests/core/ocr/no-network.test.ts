// The engine reads its data from disk only: run under a guard that refuses and records every
// attempt to reach the network from any thread, it reads a page and attempts nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const here = import.meta.dirname;
const guard = resolve(here, 'offline-guard.ts');
const work = mkdtempSync(join(tmpdir(), 'ocr-offline-'));
const log = join(work, 'attempts.log');

afterAll(() => rmSync(work, { recursive: true, force: true }));

const runGuarded = (args: string[]) =>
  execFileSync(process.execPath, ['--require', guard, ...args], {
    env: { ...process.env, OFFLINE_GUARD_LOG: log },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 300_000,
  });

describe('recognising without a network', () => {
  it('the guard sees an attempt made in a worker thread', () => {
    rmSync(log, { force: true });
    const attempt = `fetch('http://127.0.0.1:9/').catch(() => {}); try { process.getBuiltinModule('node:net').connect(9, '127.0.0.1'); } catch {}`;
    runGuarded([
      '--input-type=module',
      '--eval',
      `import { Worker } from 'node:worker_threads'; new Worker(${JSON.stringify(attempt)}, { eval: true });`,
    ]);
    const attempts = readFileSync(log, 'utf8');
    expect(attempts).toContain('worker: fetch http://127.0.0.1:9/');
    expect(attempts).toContain('worker: socket connect');
  });

  it('reads a page, turning it upright, with no attempt to reach the network', () => {
    rmSync(log, { force: true });
    const output = runGuarded([resolve(here, 'recognise-offline-run.ts'), join(work, 'cache')]);
    const result = JSON.parse(output) as { words: number; rotation: number };
    expect(result.rotation).toBe(270);
    expect(result.words).toBeGreaterThan(50);
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  }, 300_000);
});
