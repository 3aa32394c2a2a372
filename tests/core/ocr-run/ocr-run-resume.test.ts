// A run killed mid-page (SIGKILL, as the system does when memory runs out) resumes where it was:
// the pages recorded stay as they are and are never read again; a run asked to stop ends at once
// and takes back the attempt at the page it was reading.
import { afterEach, describe, expect, it } from 'vitest';
import { forkOcrRunChild } from '#core/ocr-run/fork-ocr-run.ts';
import { startOcrRun, type LaunchOcrRunChild } from '#core/ocr-run/ocr-run-host.ts';
import { INTERRUPTED, ocrPageCounts } from '#core/store/library/ocr-attempts.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { scannedLibrary, type ScannedLibrary } from './scanned-library.ts';

let library: ScannedLibrary | null = null;
afterEach(() => {
  library?.portal.close();
  library = null;
});

interface Row {
  document_id: string;
  page: number;
  recognised_at: string;
}

const rows = (file: string) =>
  withDatabaseFile(file, (db) =>
    db
      .prepare<[], Row>(
        'SELECT document_id, page, recognised_at FROM ocr_pages ORDER BY document_id, page',
      )
      .all(),
  );

const until = async (check: () => boolean, timeoutMs = 120_000) => {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** The fork launcher, keeping the started process's id. */
function recordingLauncher(): { launch: LaunchOcrRunChild; pid: () => number } {
  let pid = 0;
  const fork = forkOcrRunChild();
  return {
    launch: () => {
      const child = fork();
      pid = child.pid ?? 0;
      return child;
    },
    pid: () => pid,
  };
}

describe('an OCR run stopped part-way', () => {
  it('resumes after the OCR process is killed, reading no page twice', async () => {
    library = await scannedLibrary(['scan-en-vi.pdf', 'scan-lo.pdf']);
    const { libraryDbPath } = library;
    const first = recordingLauncher();
    const killed = startOcrRun(first.launch, library.runRequest(1));
    await until(() => rows(libraryDbPath).length >= 1);
    process.kill(first.pid(), 'SIGKILL');
    const ended = await killed.finished;
    expect(ended.ok).toBe(false);
    expect(!ended.ok && ended.error.message).toMatch(/ended \(signal SIGKILL\).*stay read/);

    const before = rows(libraryDbPath);
    expect(before.length).toBeGreaterThanOrEqual(1);
    expect(before.length).toBeLessThan(3);
    withDatabaseFile(libraryDbPath, (db) => {
      // A page being read when the process died (if one was) counts one attempt, with why.
      const interrupted = db
        .prepare('SELECT attempts, failure FROM ocr_needs WHERE failure IS NOT NULL')
        .all();
      expect(interrupted.length).toBeLessThanOrEqual(1);
      for (const row of interrupted) expect(row).toEqual({ attempts: 1, failure: INTERRUPTED });
      expect(ocrPageCounts(db)).toMatchObject({ done: before.length, failed: 0 });
    });

    const resumed = await startOcrRun(forkOcrRunChild(), library.runRequest(1)).finished;
    expect(resumed).toMatchObject({
      ok: true,
      value: { recognised: 3 - before.length, failed: [], stopped: false },
    });
    const after = rows(libraryDbPath);
    expect(after).toHaveLength(3);
    // The pages recorded before the kill were not read again: the same rows, the same times.
    expect(after).toEqual(expect.arrayContaining(before));
    const found = await library.portal.api.search({ query: 'trafficking' });
    expect(found.ok && found.value.total).toBe(1);
  }, 600_000);

  it('stops at once when asked, taking back the attempt at the page being read', async () => {
    library = await scannedLibrary(['scan-lo.pdf']);
    const { libraryDbPath } = library;
    let reading = false;
    const job = startOcrRun(forkOcrRunChild(), library.runRequest(1), {
      onProgress: (p) => (reading ||= p.page !== null),
    });
    await until(() => reading);
    const asked = Date.now();
    job.stop();
    const stopped = await job.finished;
    expect(Date.now() - asked).toBeLessThan(8000);
    expect(stopped).toMatchObject({ ok: true, value: { recognised: 0, stopped: true } });
    withDatabaseFile(libraryDbPath, (db) => {
      expect(db.prepare('SELECT attempts, failure FROM ocr_needs').all()).toEqual([
        { attempts: 0, failure: null },
      ]);
      expect(ocrPageCounts(db)).toEqual({ pending: 1, done: 0, failed: 0 });
    });
  }, 300_000);
});
