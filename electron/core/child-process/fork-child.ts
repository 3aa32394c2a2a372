// A child process started with Node's child_process.fork, as the app's hosts of a process
// (indexing, OCR) see it: messages both ways, its end (with whether its heap ran out), and kill.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildExit } from './child-exit.ts';
import { watchForOutOfMemory } from './out-of-memory-watch.ts';

export interface ForkedChild<Message> {
  pid: number | undefined;
  send(message: Message): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once, when the process has ended (by itself, or killed). */
  onExit(listener: (exit: ChildExit) => void): void;
  /** Ends the process at once. */
  kill(): void;
}

export function forkChild<Message>(
  entry: URL,
  execArgv: string[],
  /** 'advanced' carries binary data (an image's bytes) as it is, not as JSON. */
  serialization: 'json' | 'advanced' = 'json',
): ForkedChild<Message> {
  // execArgv is set, not inherited: the parent's flags (an inspector, a loader) are not the
  // child's business, and the heap ceiling is.
  const child = fork(fileURLToPath(entry), [], {
    execArgv,
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    serialization,
  });
  const ranOutOfMemory = watchForOutOfMemory(child.stderr!, process.stderr);
  const running = () => child.exitCode === null && child.signalCode === null;
  // A process that could not start, or a message sent as it ended: its end is reported by
  // "close" (which comes in both cases), and an unheard "error" would bring the app down.
  child.on('error', () => {});
  return {
    pid: child.pid,
    send: (message) => {
      if (child.connected) child.send(message as object);
    },
    onMessage: (listener) => child.on('message', listener),
    // "close" comes after the error output has been read to its end, so the sign of a full heap
    // is never missed.
    onExit: (listener) =>
      child.once('close', (code: number | null, signal: NodeJS.Signals | null) =>
        listener({ code, signal, outOfMemory: ranOutOfMemory() }),
      ),
    kill: () => {
      if (running()) child.kill('SIGKILL');
    },
  };
}
