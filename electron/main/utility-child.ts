// A child process started as Electron's utility process, as the app's hosts of a process
// (indexing, OCR) see it: the same handle as core/child-process/fork-child.ts gives under Node, so
// the hosts run either way. Packaged builds cannot fork (the RunAsNode fuse is off). The Electron
// window cannot run on the build machines, so this file is type-checked only.
import { fileURLToPath } from 'node:url';
import { utilityProcess } from 'electron';
import type { ForkedChild } from '#core/child-process/fork-child.ts';

// V8's fatal errors name where they happened; a full heap says so ("Reached heap limit",
// "JavaScript heap out of memory").
const HEAP_FULL = /heap|memory/i;

export function utilityChild<Message>(
  entry: URL,
  serviceName: string,
  execArgv: string[],
): ForkedChild<Message> {
  const child = utilityProcess.fork(fileURLToPath(entry), [], {
    serviceName,
    stdio: 'inherit',
    // Electron passes execArgv (the heap ceiling) to the process's Node.
    execArgv,
  });
  let running = true;
  let outOfMemory = false;
  child.once('exit', () => (running = false));
  // Electron emits "error" before "exit" when V8 could not go on.
  child.on('error', (_type, location) => {
    if (HEAP_FULL.test(location)) outOfMemory = true;
  });
  return {
    pid: child.pid,
    send: (message) => {
      if (running) child.postMessage(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) =>
      child.once('exit', (code) => listener({ code, signal: null, outOfMemory })),
    kill: () => {
      if (running) child.kill();
    },
  };
}
