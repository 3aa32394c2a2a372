// The indexing process started with Node's child_process.fork: what the tests and any Node
// program use (the desktop app uses Electron's utility process instead).
import { forkChild } from '../child-process/fork-child.ts';
import { INGEST_PROCESS_URL, ingestExecArgv, ingestHost } from './ingest-host.ts';
import type { IngestHost, IngestTiming, LaunchIngestChild } from './ingest-host.ts';
import type { ToIngest } from './ingest-messages.ts';

export interface ForkIngestOptions {
  /** The process's entry: the app's own, or another that speaks the same messages. */
  entry?: URL;
  heapLimitMb?: number;
}

export function forkIngestChild({
  entry = INGEST_PROCESS_URL,
  heapLimitMb,
}: ForkIngestOptions = {}): LaunchIngestChild {
  return () => forkChild<ToIngest>(entry, ingestExecArgv(heapLimitMb));
}

export const forkIngestHost = (
  options: ForkIngestOptions = {},
  timing?: IngestTiming,
): IngestHost => ingestHost(forkIngestChild(options), timing);
