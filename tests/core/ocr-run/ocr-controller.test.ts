// The desktop's OCR run as the API controls it, with the real OCR process (fork) and recogniser:
// the setting, "Read this document now" (reading only that document while the setting is off),
// pause and resume, cancel, and bad requests answered with the reason.
import { afterEach, describe, expect, it } from 'vitest';
import type { OcrStatus } from '#shared/ocr-run-types.ts';
import type { Result } from '#shared/api.ts';
import { forkOcrRunChild } from '#core/ocr-run/fork-ocr-run.ts';
import { NO_RUN_HERE } from '#core/ocr-run/ocr-api.ts';
import { ocrController, type OcrController } from '#core/ocr-run/ocr-controller.ts';
import { scannedLibrary, type ScannedLibrary } from './scanned-library.ts';

let library: ScannedLibrary | null = null;
let controller: OcrController | null = null;
afterEach(async () => {
  controller?.close();
  await controller?.idle();
  library?.portal.close();
  library = controller = null;
});

const value = (result: Result<OcrStatus>): OcrStatus => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

async function setUp() {
  library = await scannedLibrary(['scan-en-vi.pdf', 'scan-lo.pdf']);
  const { drawInProcess, ...run } = library.runRequest(1);
  controller = ocrController({
    engine: library.portal.api,
    launch: forkOcrRunChild(),
    run: { ...run, drawInProcess },
  });
  return { library, controller };
}

describe('the OCR controller', () => {
  it('reads only the document asked for while the setting is off', async () => {
    const { library, controller } = await setUp();
    expect(value(await controller.setOcrEnabled(false))).toMatchObject({
      enabled: false,
      state: 'idle',
      pages: { pending: 3, done: 0, failed: 0 },
    });
    await controller.start();
    expect(value(await controller.ocrStatus(null)).state).toBe('idle');

    const asked = value(await controller.readDocumentNow(library.ids['scan-en-vi.pdf']!));
    expect(asked).toMatchObject({ state: 'running', document: { pending: 2 } });
    await controller.idle();
    expect(value(await controller.ocrStatus(library.ids['scan-en-vi.pdf']!))).toMatchObject({
      state: 'idle',
      pages: { pending: 1, done: 2 },
      document: { pending: 0, done: 2, failed: 0, failures: [] },
    });
    const found = await library.portal.api.search({ query: 'trafficking' });
    expect(found.ok && found.value.total).toBe(1);
  }, 300_000);

  it('pauses and resumes, and cancel leaves the pages for the next run', async () => {
    const { controller } = await setUp();
    await controller.start();
    expect(value(await controller.ocrStatus(null)).state).toBe('running');
    expect(value(await controller.pauseOcr())).toMatchObject({ state: 'paused', progress: null });
    // Paused, the run is not started again by indexing or by start.
    await controller.release();
    expect(value(await controller.ocrStatus(null)).state).toBe('paused');
    expect(value(await controller.resumeOcr()).state).toBe('running');
    expect(value(await controller.cancelOcr())).toMatchObject({ state: 'idle' });
    expect(value(await controller.ocrStatus(null)).pages.pending).toBeGreaterThan(0);
    await controller.start();
    await controller.idle();
    expect(value(await controller.ocrStatus(null)).pages).toEqual({
      pending: 0,
      done: 3,
      failed: 0,
    });
  }, 300_000);

  it('answers bad requests with the reason', async () => {
    const { library, controller } = await setUp();
    const unknown = await controller.readDocumentNow('c'.repeat(64));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const status = await controller.ocrStatus('c'.repeat(64));
    expect(status).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The engine alone runs no OCR: its controls say where it runs.
    const engine = await library.portal.api.pauseOcr();
    expect(engine).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: NO_RUN_HERE },
    });
  });
});
