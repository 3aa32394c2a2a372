// The hostile file set (scripts/fixtures/make-bomb-files.ts), each indexed on its own by the real
// command line in a child process whose memory is sampled the whole time: every file ends with a
// message that says what happened, and the process stays within a laptop's means.
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IngestReport } from '#shared/types.ts';
import type { BombFile } from '#scripts/fixtures/make-bomb-files.ts';
import { makeBombFile } from '#scripts/fixtures/make-bomb-files.ts';
import { sampleTreeRss } from '../../helpers/process-tree-rss.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

const CLI = resolve(import.meta.dirname, '..', '..', '..', 'scripts', 'portal.ts');
const MB = 1_000_000;
const MEMORY_CEILING = 600 * MB;

let home: string;
beforeAll(() => {
  home = tempFolderFor('bombs');
});

interface Run {
  report: IngestReport;
  peakRss: number;
  seconds: number;
}

/** Indexes a folder holding only `name` with `portal index`, sampling the memory of its process tree. */
async function indexAlone(name: BombFile, flags: string[] = []): Promise<Run> {
  const folder = join(home, name.replace('.', '-'));
  mkdirSync(folder);
  renameSync(makeBombFile(home, name), join(folder, name));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [CLI, 'index', folder, '--db', `${folder}.sqlite`, '--json', ...flags],
    { env: { ...process.env, PORTAL_HOME: home }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const memory = sampleTreeRss(child.pid!);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const peakRss = memory.stop();
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`portal index failed (${code}): ${stderr}`);
  process.stdout.write(`${name}: peak ${Math.round(peakRss / MB)} MB, ${seconds.toFixed(1)} s\n`);
  return { report: JSON.parse(stdout) as IngestReport, peakRss, seconds };
}

const TOO_LARGE = /too large to read safely/;

describe('indexing files made to exhaust the computer', { timeout: 240_000 }, () => {
  it('refuses a PDF whose one page inflates to 1 GiB of zeros', async () => {
    const { report, peakRss } = await indexAlone('flate-bomb.pdf');
    expect(report.skipped).toBe(1);
    expect(report.entries[0]!.message).toMatch(TOO_LARGE);
    expect(peakRss).toBeLessThan(MEMORY_CEILING);
  });

  it('refuses a PDF whose objects sit in a chain of object streams inflating to more than 1 GiB', async () => {
    const { report, peakRss } = await indexAlone('nested-object-streams.pdf');
    expect(report.skipped).toBe(1);
    expect(report.entries[0]!.message).toMatch(TOO_LARGE);
    expect(peakRss).toBeLessThan(MEMORY_CEILING);
  });

  it('cuts short a page that draws a drawing inside itself a billion times, keeping what it read', async () => {
    const { report, peakRss } = await indexAlone('xobject-bomb.pdf');
    expect(report.entries[0]).toMatchObject({
      outcome: 'indexed',
      message: expect.stringMatching(/^Page 1 of 1 repeats the same drawing so often/),
    });
    expect(peakRss).toBeLessThan(MEMORY_CEILING);
  });

  it('indexes a 50,000-page PDF up to the time limit, page by page in bounded memory', async () => {
    const { report, peakRss } = await indexAlone('long-document.pdf', [
      '--max-pages-per-file',
      '50000',
      '--max-seconds-per-file',
      '10',
    ]);
    expect(report.entries[0]).toMatchObject({
      outcome: 'indexed',
      message: expect.stringMatching(/time limit of 10 seconds per file .* of 50000 pages/),
    });
    expect(report.pages).toBeGreaterThan(0);
    expect(report.pages).toBeLessThan(50_000);
    expect(peakRss).toBeLessThan(MEMORY_CEILING);
  });

  it('refuses a Word document whose document.xml inflates to 1 GiB', async () => {
    const { report, peakRss } = await indexAlone('huge-document.docx');
    expect(report.skipped).toBe(1);
    expect(report.entries[0]!.message).toMatch(TOO_LARGE);
    expect(report.entries[0]!.message).toMatch(/word\/document\.xml/);
    expect(peakRss).toBeLessThan(MEMORY_CEILING);
  });

  it('refuses a Word document carrying a zip that inflates to 1 GiB', async () => {
    const { report, peakRss } = await indexAlone('zip-in-docx.docx');
    expect(report.skipped).toBe(1);
    expect(report.entries[0]!.message).toMatch(TOO_LARGE);
    expect(peakRss).toBeLessThan(MEMORY_CEILING);
  });

  it('refuses a Word document whose document.xml inflates far past the size its headers claim', async () => {
    const { report, peakRss } = await indexAlone('understated-part.docx');
    expect(report.skipped).toBe(1);
    expect(report.entries[0]!.message).toMatch(
      /word\/document\.xml does not inflate to the size it declares/,
    );
    expect(peakRss).toBeLessThan(MEMORY_CEILING);
  });
});
