// The desktop's OCR run as the API controls it, with the real OCR process (fork) and recogniser:
// the setting, "Read this document now" (reading only that document while the setting is off),
// pause and resume (a pause kept across a restart), cancel, and bad requests answered with the
// reason.
import { afterEach, describe, expect, it } from 'vitest';
import type { OcrStatus } from '#shared/ocr-run-types.ts';
import type { Result } from '#shared/api.ts';
import { openPortal } from '#core/portal.ts';
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

function controllerOver(library: ScannedLibrary): OcrController {
  const { drawInProcess, ...run } = library.runRequest(1);
  return ocrController({
    engine: library.portal.api,
    launch: forkOcrRunChild(),
    run: { ...run, drawInProcess },
  });
}

async function setUp() {
  library = await scannedLibrary(['scan-en-vi.pdf', 'scan-lo.pdf']);
  controller = controllerOver(library);
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

  it('keeps a pause after the app is closed and opened again, until resumed', async () => {
    const { library } = await setUp();
    await controller!.start();
    expect(value(await controller!.pauseOcr()).state).toBe('paused');
    controller!.close();
    await controller!.idle();
    library.portal.close();

    // The app opened again: a new engine and controller over the same library.
    const { libraryDbPath, userDbPath, folder } = library;
    library.portal = openPortal({ libraryDbPath, userDbPath, libraryFolder: folder });
    controller = controllerOver(library);
    await controller.start();
    const reopened = value(await controller.ocrStatus(null));
    expect(reopened).toMatchObject({ state: 'paused', progress: null });
    expect(reopened.pages.pending).toBeGreaterThan(0);
    // Indexing handing the library back does not start it either.
    controller.hold();
    await controller.release();
    expect(value(await controller.ocrStatus(null)).state).toBe('paused');

    expect(value(await controller.resumeOcr()).state).toBe('running');
    await controller.idle();
    expect(value(await controller.ocrStatus(null))).toMatchObject({
      state: 'idle',
      pages: { pending: 0, done: 3, failed: 0 },
    });
  }, 300_000);

  it('lifts a kept pause when a document is asked to be read now', async () => {
    const { library, controller } = await setUp();
    await controller.pauseOcr();
    const asked = value(await controller.readDocumentNow(library.ids['scan-lo.pdf']!));
    expect(asked.state).toBe('running');
    controller.close();
    await controller.idle();
    const engine = value(await library.portal.api.ocrStatus(null));
    expect(engine.state).toBe('idle');
  }, 300_000);

  it('answers bad requests with the reason', async () => {
    const { library, controller } = await setUp();
    const unknown = await controller.readDocumentNow('c'.repeat(64));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const status = await controller.ocrStatus('c'.repeat(64));
    expect(status).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The engine alone runs no OCR: its controls say where it runs.
    const engine = await library.portal.api.cancelOcr();
    expect(engine).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: NO_RUN_HERE },
    });
  });
});
