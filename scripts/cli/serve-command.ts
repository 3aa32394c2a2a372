// `portal serve`: the classroom mode. The API and the built interface over HTTP, on this machine
// only unless --lan is given.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { startServer } from '#core/http/http-server.ts';
import { openLibrary, UsageError } from './commands.ts';
import type { Flags } from './commands.ts';

export const RENDERER_DIR = resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

export async function serveCommand(_args: string[], flags: Flags): Promise<number> {
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
    portal.close();
    throw new UsageError(
      'This library database does not record its folder; index a folder into it first.',
    );
  }
  const server = await startServer({
    api: portal.api,
    port: port?.data,
    lan: flags.lan === true,
    staticDir: RENDERER_DIR,
    libraryDir: portal.libraryFolder,
    resolveDocumentFile: (id) => portal.resolveDocumentFile(id),
  });
  process.stdout.write(`Serving the Resource Portal at ${server.url}\n`);
  if (server.lanUrls.length) {
    process.stdout.write(
      `Share with the classroom: ${server.lanUrls.join('  ')}\n(the library is read-only over the network)\n`,
    );
  }
  process.stdout.write('Press Ctrl+C to stop.\n');
  await new Promise<void>((done) => {
    const stop = () => {
      void server.close().finally(() => {
        portal.close();
        done();
      });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
