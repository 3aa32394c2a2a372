// What the app and its OCR process tell each other. Both ends check what they receive, as the
// indexing process's messages are checked (ingest-host/ingest-messages.ts).
import { z } from 'zod';
import type { Result } from '#shared/api.ts';
import type { OcrRunProgress, OcrRunReport } from '#shared/ocr-run-types.ts';

/** Recognition workers a run may have: each holds a recogniser of about 150 MB. */
export const MAX_RUN_WORKERS = 4;

const startMessage = z.strictObject({
  type: z.literal('start'),
  libraryDbPath: z.string().min(1),
  libraryFolder: z.string().min(1),
  dataFolders: z.array(z.string().min(1)),
  cacheFolder: z.string().min(1),
  workers: z.int().min(1).max(MAX_RUN_WORKERS),
  documentIds: z.array(z.string().regex(/^[0-9a-f]{64}$/)).optional(),
  /** Draw PDF pages in the OCR process itself: Electron's utility process cannot start another. */
  drawInProcess: z.boolean(),
});

const toOcr = z.discriminatedUnion('type', [
  startMessage,
  z.strictObject({ type: z.literal('stop') }),
]);

const progress = z.strictObject({
  done: z.int().min(0),
  total: z.int().min(0),
  failed: z.int().min(0),
  current: z.string(),
  documentId: z.string().nullable(),
  page: z.int().min(1).nullable(),
});

const report = z.strictObject({
  recognised: z.int().min(0),
  failed: z.array(
    z.strictObject({ documentId: z.string(), page: z.int().min(1), message: z.string() }),
  ),
  reindexed: z.int().min(0),
  stopped: z.boolean(),
  elapsedMs: z.number().min(0),
});

const result = z.union([
  z.strictObject({ ok: z.literal(true), value: report }),
  z.strictObject({
    ok: z.literal(false),
    error: z.strictObject({ code: z.literal('failed'), message: z.string() }),
  }),
]);

const fromOcr = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), progress }),
  z.strictObject({ type: z.literal('finished'), result }),
]);

export type OcrRunStart = Omit<z.infer<typeof startMessage>, 'type'>;
export type ToOcr = z.infer<typeof toOcr>;
export type FromOcr =
  | { type: 'progress'; progress: OcrRunProgress }
  | { type: 'finished'; result: Result<OcrRunReport> };

export const readToOcr = (message: unknown): ToOcr | null => toOcr.safeParse(message).data ?? null;

export const readFromOcr = (message: unknown): FromOcr | null =>
  (fromOcr.safeParse(message).data as FromOcr | undefined) ?? null;
