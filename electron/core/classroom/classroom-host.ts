// How the app starts its classroom process. The desktop app uses Electron's utility process
// (electron/main/classroom-utility-host.ts); Node, the tests among it, uses child_process.fork.
// Both run the same entry with the same messages.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ToClassroom } from './classroom-messages.ts';

/** The classroom process's entry; the build puts it beside the main process as a .js file. */
export const CLASSROOM_PROCESS_URL = new URL('./classroom-process.ts', import.meta.url);

export interface ClassroomChild {
  send(message: ToClassroom): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once, when the process has ended (by itself, or killed). */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type LaunchClassroom = () => ClassroomChild;

export const forkClassroom: LaunchClassroom = () => {
  const child = fork(fileURLToPath(CLASSROOM_PROCESS_URL), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    send: (message) => {
      if (child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', (code) => listener(code)),
    kill: () => child.kill(),
  };
};
