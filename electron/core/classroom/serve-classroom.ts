// The classroom process's work: on "start", open the library and serve it to the network with a
// room code until told to stop or its time is up; then close everything and say why it stopped.
import { openPortal } from '../portal.ts';
import type { Portal } from '../portal.ts';
import { startServer } from '../http/http-server.ts';
import type { RunningServer } from '../http/http-server.ts';
import type { ClassroomStart, FromClassroom } from './classroom-messages.ts';
import { readToClassroom } from './classroom-messages.ts';
import type { ParentChannel } from '../child-process/parent-channel.ts';

const inUse = (error: unknown) =>
  error instanceof Error &&
  (error.cause as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';

async function listen(portal: Portal, start: ClassroomStart, log: (line: string) => void) {
  const serve = (port: number) =>
    startServer({
      portal,
      port,
      lan: true,
      staticDir: start.staticDir,
      libraryDir: start.libraryFolder,
      stopAfterMs: start.stopAfterMs,
      searchThreads: { libraryDbPath: start.libraryDbPath },
      log,
    });
  try {
    return await serve(start.port);
  } catch (error) {
    // Another program (or a `portal serve`) holds the usual port: any free one serves as well,
    // since visitors come by the address shown.
    if (start.port !== 0 && inUse(error)) return serve(0);
    throw error;
  }
}

export function serveClassroom(channel: ParentChannel): void {
  let server: RunningServer | null = null;
  let stopAsked = false;
  let started = false;
  const post = (message: FromClassroom) => channel.post(message);
  const log = (line: string) => void post({ type: 'log', line });

  const start = async (request: ClassroomStart) => {
    let portal: Portal | null = null;
    try {
      portal = openPortal(request);
      server = await listen(portal, request, log);
    } catch (error) {
      portal?.close();
      await post({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
      channel.close();
      return;
    }
    await post({
      type: 'started',
      port: server.port,
      roomCode: server.roomCode!,
      stopsAt: server.stopsAt!.toISOString(),
    });
    if (stopAsked) void server.close();
    await server.closed;
    portal.close();
    await post({ type: 'stopped', ended: stopAsked ? 'stopped' : 'time-up' });
    channel.close();
  };

  // An app that crashed or was killed cannot stop its classroom: the room must not stay open.
  channel.onParentGone(() => {
    stopAsked = true;
    if (server) void server.close();
    else process.exit(0);
  });

  channel.onMessage((received) => {
    const message = readToClassroom(received);
    if (!message) {
      log(`The classroom process ignored a message it does not understand.`);
      return;
    }
    if (message.type === 'stop') {
      stopAsked = true;
      if (server) void server.close();
      else if (!started) channel.close();
      return;
    }
    if (started) return;
    started = true;
    void start(message);
  });
}
