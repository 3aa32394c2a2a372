// The indexing process's half of an ingest: waits for the app's start message, runs the task it
// names, posts its progress, and aborts it when the app asks to cancel. Whatever happens, exactly
// one "finished" message is posted, and then the line to the app is closed so the process ends.
import type { Result } from '#shared/api.ts';
import type { IngestProgress } from '#shared/types.ts';
import type { ParentChannel } from '../child-process/parent-channel.ts';
import { readToIngest } from './ingest-messages.ts';
import type { FromIngest, IngestStart } from './ingest-messages.ts';

/** What an ingest does with the engine; its answer is the engine's report of that task. */
export type RunIngest = (
  start: IngestStart,
  options: { onProgress: (progress: IngestProgress) => void; signal: AbortSignal },
) => Promise<Result<unknown>>;

const failed = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'failed', message },
});

export function hostIngestTask(channel: ParentChannel, run: RunIngest): void {
  const controller = new AbortController();
  let started = false;
  const finish = async (result: Result<unknown>) => {
    await channel.post({ type: 'finished', result } satisfies FromIngest);
    channel.close();
  };
  // Nobody is left to hear the answer: stop between files, as on cancel, rather than index on.
  channel.onParentGone(() => controller.abort());
  channel.onMessage((raw) => {
    const message = readToIngest(raw);
    if (message?.type === 'cancel') return controller.abort();
    if (started) return;
    started = true;
    if (!message)
      return void finish(failed('The indexing process was given a task it does not understand.'));
    const { libraryDbPath, userDbPath, libraryFolder, task } = message;
    void run(
      { libraryDbPath, userDbPath, libraryFolder, task },
      {
        onProgress: (progress) =>
          void channel.post({ type: 'progress', progress } satisfies FromIngest),
        signal: controller.signal,
      },
    )
      .catch((error: unknown) => failed(error instanceof Error ? error.message : String(error)))
      .then(finish);
  });
}
