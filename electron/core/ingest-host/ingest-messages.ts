// What the app and its indexing process tell each other. Both ends check what they receive: the
// process is the app's own, but a message is still outside input to the code that reads it, and
// a process that is failing (out of memory, a parser gone wrong) may say anything.
import { z } from 'zod';
import { ARGUMENT_SCHEMAS } from '#shared/api-schemas.ts';
import type { ApiError, Result } from '#shared/api.ts';
import type { IngestProgress } from '#shared/types.ts';

const ingestTask = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('index'), extractWorkers: z.int().min(0).optional() }),
  z.strictObject({ kind: z.literal('add-files'), paths: z.array(z.string().min(1)) }),
  z.strictObject({ kind: z.literal('import-pack'), request: ARGUMENT_SCHEMAS.packImportRequest }),
]);

const startMessage = z.strictObject({
  type: z.literal('start'),
  libraryDbPath: z.string().min(1),
  userDbPath: z.string().min(1),
  libraryFolder: z.string().min(1),
  task: ingestTask,
});

const toIngest = z.discriminatedUnion('type', [
  startMessage,
  z.strictObject({ type: z.literal('cancel') }),
]);

const progress = z.strictObject({
  done: z.int().min(0),
  total: z.int().min(0),
  current: z.string(),
});

// Every code of the contract's errors, and no other: the type checker holds the list to ApiError.
const ERROR_CODES = {
  'invalid-argument': true,
  'not-found': true,
  forbidden: true,
  'room-code-needed': true,
  'query-too-broad': true,
  'search-too-slow': true,
  'too-many-searches': true,
  failed: true,
} satisfies Record<ApiError['code'], true>;

// The report's shape belongs to the task (an ingest report, a pack import report); the engine
// made it, so only the envelope is checked here.
const result = z.union([
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({
    ok: z.literal(false),
    error: z.looseObject({
      code: z.enum(Object.keys(ERROR_CODES) as [ApiError['code'], ...ApiError['code'][]]),
      message: z.string(),
    }),
  }),
]);

const fromIngest = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('progress'), progress }),
  z.strictObject({ type: z.literal('finished'), result }),
]);

export type IngestTaskRequest = z.infer<typeof ingestTask>;
export type IngestStart = Omit<z.infer<typeof startMessage>, 'type'>;
export type ToIngest = z.infer<typeof toIngest>;
export type FromIngest =
  { type: 'progress'; progress: IngestProgress } | { type: 'finished'; result: Result<unknown> };

export const readToIngest = (message: unknown): ToIngest | null =>
  toIngest.safeParse(message).data ?? null;

export const readFromIngest = (message: unknown): FromIngest | null =>
  (fromIngest.safeParse(message).data as FromIngest | undefined) ?? null;
