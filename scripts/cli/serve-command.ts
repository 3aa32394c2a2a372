// `portal serve`: the classroom mode. The API and the built interface over HTTP, on this machine
// only unless --lan is given; then visitors need the room code, which the address and the QR code
// printed here carry. The server stops by itself after --stop-after (4 hours unless told).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { startServer } from '#core/http/http-server.ts';
import type { RunningServer } from '#core/http/http-server.ts';
import { addressWithRoomCode } from '#core/http/room-code.ts';
import { createFirstPageImages } from '#core/first-page/first-page-images.ts';
import { openLibrary, UsageError } from './commands.ts';
import { dataFolder } from './default-paths.ts';
import type { Flags } from './commands.ts';
import { formatDuration, parseDuration } from './duration.ts';
import { terminalQrCode } from './terminal-qr.ts';

export const RENDERER_DIR = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

export const DEFAULT_STOP_AFTER = '4h';

export async function serveCommand(_args: string[], flags: Flags): Promise<number> {
  const stopAfterText =
    typeof flags['stop-after'] === 'string' ? flags['stop-after'] : DEFAULT_STOP_AFTER;
  const stopAfterMs = parseDuration(stopAfterText);
  if (stopAfterMs === null) {
    throw new UsageError(
      `--stop-after takes hours, minutes or seconds, such as 3h, 90m or 1h30m, up to 7 days (received "${stopAfterText}").`,
    );
  }
  const port =
    flags.port === undefined
      ? undefined
      : z.coerce.number().int().min(0).max(65535).safeParse(flags.port);
  if (port && !port.success) throw new UsageError('--port must be a number between 0 and 65535.');
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new UsageError(
      `The interface has not been built (${RENDERER_DIR} is missing). Run: npm run build`,
    );
  }
  const portal = await openLibrary(flags);
  if (!portal.libraryFolder) {
    process.stderr.write(
      "This library database records no folder: it is served read-only, its documents' text " +
        'without their files. Index its folder into it (portal index <folder> --db FILE) to serve the files too.\n',
    );
  }
  // A last good copy of what the user wrote; serving goes on without one.
  await portal
    .backUpUserData()
    .catch((error: unknown) =>
      process.stderr.write(
        `No copy of the user database was made: ${error instanceof Error ? error.message : String(error)}\n`,
      ),
    );
  const server = await startServer({
    portal,
    port: port?.data,
    lan: flags.lan === true,
    staticDir: RENDERER_DIR,
    libraryDir: portal.libraryFolder,
    stopAfterMs,
    searchThreads: { libraryDbPath: portal.libraryDbPath },
    // Kept in the user's data folder: the library may be on a read-only stick.
    firstPages: createFirstPageImages({ cacheFolder: join(dataFolder(), 'first-pages') }),
  });
  process.stdout.write(serveAnnouncement(server, stopAfterMs, process.stdout.isTTY === true));
  const stop = () => void server.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await server.closed;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  portal.close();
  process.stdout.write('The portal has stopped.\n');
  return 0;
}

/** What the trainer reads: where to open the portal, what to share, and when it stops. */
export function serveAnnouncement(
  server: RunningServer,
  stopAfterMs: number,
  colours: boolean,
): string {
  const lines = [`Serving the Resource Portal at ${server.url}`];
  const shared = server.roomCode
    ? server.lanUrls.map((url) => addressWithRoomCode(url, server.roomCode!))
    : server.lanUrls;
  if (shared.length) {
    lines.push(
      '',
      `Share with the classroom: ${shared.join('  ')}`,
      ...(server.roomCode ? [`Room code: ${server.roomCode}`] : []),
      '(the library is read-only over the network)',
      '',
      terminalQrCode(shared[0]!, { colours }),
      '',
    );
  }
  const at = server.stopsAt?.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  lines.push(
    `Stops by itself after ${formatDuration(stopAfterMs)}${at ? ` (at ${at})` : ''}; press Ctrl+C to stop now.`,
  );
  return `${lines.join('\n')}\n`;
}
