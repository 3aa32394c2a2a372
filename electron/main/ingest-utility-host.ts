// The desktop app's indexing process: Electron's utility process, a Node process of its own
// started by Chromium's service layer, so that a file which takes all the memory it can ends that
// process and never the window. It runs the same entry and speaks the same messages as the Node
// host the tests use (core/ingest-host/fork-ingest-host.ts); the Electron window cannot run on the
// build machines, so this file is type-checked only.
import { fileURLToPath } from 'node:url';
import { utilityProcess } from 'electron';
import { INGEST_PROCESS_URL, ingestExecArgv, ingestHost } from '#core/ingest-host/ingest-host.ts';
import type { IngestHost, LaunchIngestChild } from '#core/ingest-host/ingest-host.ts';

// V8's fatal errors name where they happened; a full heap says so ("Reached heap limit",
// "JavaScript heap out of memory").
const HEAP_FULL = /heap|memory/i;

export const launchIngestUtility: LaunchIngestChild = () => {
  const child = utilityProcess.fork(fileURLToPath(INGEST_PROCESS_URL), [], {
    serviceName: 'Resource Portal indexing',
    stdio: 'inherit',
    // The same heap ceiling as the Node host: Electron passes execArgv to the process's Node.
    execArgv: ingestExecArgv(),
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
};

export const utilityIngestHost: IngestHost = ingestHost(launchIngestUtility);
