// What the app and its classroom process tell each other. Both ends check what they receive:
// the process is the app's own, but a message is still outside input to the code that reads it.
import { z } from 'zod';

const startMessage = z.strictObject({
  type: z.literal('start'),
  libraryDbPath: z.string().min(1),
  userDbPath: z.string().min(1),
  libraryFolder: z.string().min(1),
  /** The built interface the classroom is served. */
  staticDir: z.string().min(1),
  /** The port asked for first; another free one is taken when it is in use. */
  port: z.int().min(0).max(65535),
  stopAfterMs: z.int().min(1),
});

const toClassroom = z.discriminatedUnion('type', [
  startMessage,
  z.strictObject({ type: z.literal('stop') }),
]);

const fromClassroom = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('started'),
    port: z.int().min(1).max(65535),
    roomCode: z.string().min(1),
    stopsAt: z.iso.datetime(),
  }),
  z.strictObject({ type: z.literal('failed'), message: z.string() }),
  z.strictObject({ type: z.literal('stopped'), ended: z.enum(['stopped', 'time-up']) }),
  z.strictObject({ type: z.literal('log'), line: z.string() }),
]);

export type ClassroomStart = Omit<z.infer<typeof startMessage>, 'type'>;
export type ToClassroom = z.infer<typeof toClassroom>;
export type FromClassroom = z.infer<typeof fromClassroom>;

export const readToClassroom = (message: unknown): ToClassroom | null =>
  toClassroom.safeParse(message).data ?? null;

export const readFromClassroom = (message: unknown): FromClassroom | null =>
  fromClassroom.safeParse(message).data ?? null;
