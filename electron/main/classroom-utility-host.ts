// The desktop app's classroom process: Electron's utility process, a Node process of its own
// started by Chromium's service layer, so the classroom's searches and downloads never hold up
// the window and a failure there cannot take the app down. It runs the same entry and speaks the
// same messages as the Node host the tests use (core/classroom/classroom-host.ts); the Electron
// window cannot run on the build machines, so this file is type-checked only.
import { fileURLToPath } from 'node:url';
import { utilityProcess } from 'electron';
import { CLASSROOM_PROCESS_URL } from '#core/classroom/classroom-host.ts';
import type { LaunchClassroom } from '#core/classroom/classroom-host.ts';

export const launchClassroomUtility: LaunchClassroom = () => {
  const child = utilityProcess.fork(fileURLToPath(CLASSROOM_PROCESS_URL), [], {
    serviceName: 'Resource Portal classroom',
    stdio: 'inherit',
  });
  let running = true;
  child.once('exit', () => (running = false));
  return {
    send: (message) => {
      if (running) child.postMessage(message);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', (code) => listener(code)),
    kill: () => {
      if (running) child.kill();
    },
  };
};
