// Real HTTP requests for the OCR status: a classroom visitor's counts of scanned pages leave out
// the documents marked "do not share", which do not exist for them, and asking about such a
// document is answered as about an unknown one; this computer counts the whole library.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import type { Result } from '#shared/api.ts';
import type { OcrStatus } from '#shared/ocr-run-types.ts';
import { scannedLibrary, type ScannedLibrary } from '../ocr-run/scanned-library.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

const UNKNOWN_ID = 'f'.repeat(64);

let library: ScannedLibrary;
let visitors: RunningServer;
let thisComputer: RunningServer;

async function call(target: RunningServer, method: string, args: unknown[] = []) {
  const response = await fetch(new URL(`/api/${method}`, target.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ args }),
  });
  return { status: response.status, result: (await response.json()) as Result<OcrStatus> };
}

async function status(target: RunningServer, documentId: string | null): Promise<OcrStatus> {
  const { result } = await call(target, 'ocrStatus', [documentId]);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

beforeAll(async () => {
  // Two scanned pages in the marked document, one in the other.
  library = await scannedLibrary(['scan-en-vi.pdf', 'scan-lo.pdf']);
  const marked = await library.portal.api.setDoNotShare({
    id: library.ids['scan-en-vi.pdf']!,
    doNotShare: true,
  });
  if (!marked.ok) throw new Error(marked.error.message);
  const staticDir = join(tempFolderFor('ocr-status-serving'), 'renderer');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Portal</title>');
  const options = {
    portal: library.portal,
    staticDir,
    libraryDir: library.folder,
    port: 0,
    roomCode: null,
    log: () => undefined,
  };
  [visitors, thisComputer] = await Promise.all([
    startServer({ ...options, isThisComputer: () => false }),
    startServer({ ...options, isThisComputer: () => true }),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([visitors?.close(), thisComputer?.close()]);
  library?.portal.close();
});

describe('the OCR status over HTTP', () => {
  it('counts for a visitor only the scanned pages of documents they may see', async () => {
    expect((await status(thisComputer, null)).pages).toEqual({ pending: 3, done: 0, failed: 0 });
    expect((await status(visitors, null)).pages).toEqual({ pending: 1, done: 0, failed: 0 });
  });

  it('answers a visitor asking about a marked document exactly as about an unknown one', async () => {
    const markedId = library.ids['scan-en-vi.pdf']!;
    const asked = await call(visitors, 'ocrStatus', [markedId]);
    const unknown = await call(visitors, 'ocrStatus', [UNKNOWN_ID]);
    expect(asked.status).toBe(404);
    expect(JSON.stringify(asked).replaceAll(markedId, '<id>')).toBe(
      JSON.stringify(unknown).replaceAll(UNKNOWN_ID, '<id>'),
    );
    const shared = await status(visitors, library.ids['scan-lo.pdf']!);
    expect(shared.document).toMatchObject({ pending: 1, done: 0, failed: 0 });
    expect((await status(thisComputer, markedId)).document).toMatchObject({ pending: 2 });
  });

  it("refuses the run's controls to every HTTP client", async () => {
    for (const target of [visitors, thisComputer])
      for (const method of ['pauseOcr', 'resumeOcr', 'cancelOcr']) {
        const { status, result } = await call(target, method);
        expect(status, method).toBe(403);
        expect(result.ok, method).toBe(false);
      }
  });
});
