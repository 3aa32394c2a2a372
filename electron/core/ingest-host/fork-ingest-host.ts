// The indexing process started with Node's child_process.fork: what the tests and any Node
// program use (the desktop app uses Electron's utility process instead).
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { watchForOutOfMemory } from '../child-process/out-of-memory-watch.ts';
import { INGEST_PROCESS_URL, ingestExecArgv, ingestHost } from './ingest-host.ts';
import type { IngestHost, IngestTiming, LaunchIngestChild } from './ingest-host.ts';

export interface ForkIngestOptions {
  /** The process's entry: the app's own, or another that speaks the same messages. */
  entry?: URL;
  heapLimitMb?: number;
}

export function forkIngestChild({
  entry = INGEST_PROCESS_URL,
  heapLimitMb,
}: ForkIngestOptions = {}): LaunchIngestChild {
  return () => {
    // execArgv is set, not inherited: the parent's flags (an inspector, a loader) are not the
    // child's business, and the heap ceiling is.
    const child = fork(fileURLToPath(entry), [], {
      execArgv: ingestExecArgv(heapLimitMb),
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    const ranOutOfMemory = watchForOutOfMemory(child.stderr!, process.stderr);
    const running = () => child.exitCode === null && child.signalCode === null;
    // A process that could not start, or a message sent as it ended: its end is reported by
    // "close" (which comes in both cases), and an unheard "error" would bring the app down.
    child.on('error', () => {});
    return {
      pid: child.pid,
      send: (message) => {
        if (child.connected) child.send(message);
      },
      onMessage: (listener) => child.on('message', listener),
      // "close" comes after the error output has been read to its end, so the sign of a full
      // heap is never missed.
      onExit: (listener) =>
        child.once('close', (code: number | null, signal: NodeJS.Signals | null) =>
          listener({ code, signal, outOfMemory: ranOutOfMemory() }),
        ),
      kill: () => {
        if (running()) child.kill('SIGKILL');
      },
    };
  };
}

export const forkIngestHost = (
  options: ForkIngestOptions = {},
  timing?: IngestTiming,
): IngestHost => ingestHost(forkIngestChild(options), timing);
