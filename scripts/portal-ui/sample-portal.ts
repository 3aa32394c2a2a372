// `portal serve` on the sample library, in the caller's own process: the engine indexes
// resources/library into SQLite files in a folder of the caller's, and the HTTP server serves the
// API, the built interface and first-page images (kept in that folder) on a free port of 127.0.0.1. Restarting closes both and reopens the
// same files, as a trainer's laptop does between two classes.
import { join } from 'node:path';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import { startServer } from '#core/http/http-server.ts';
import { createFirstPageImages } from '#core/first-page/first-page-images.ts';
import type { FirstPageImages } from '#core/first-page/first-page-images.ts';
import type { RunningServer, ServerOptions } from '#core/http/http-server.ts';
import { REPO_ROOT } from './renderer-build.ts';

export const SAMPLE_LIBRARY = join(REPO_ROOT, 'resources', 'library');

export interface SamplePortal {
  /** The address to open, ending in "/". */
  readonly url: string;
  /** The engine behind the server, for checking what the interface shows against it. */
  readonly portal: Portal;
  /**
   * Closes the server and the databases and opens them again on the same files and port, with
   * the classroom's options changed as given (a new room code, say).
   */
  restart(changes?: ClassroomOptions): Promise<void>;
  close(): Promise<void>;
}

function open(dataDir: string): Portal {
  return openPortal({
    libraryDbPath: join(dataDir, 'library.sqlite'),
    userDbPath: join(dataDir, 'user.sqlite'),
    libraryFolder: SAMPLE_LIBRARY,
  });
}

/** How the classroom is served: its room code, and who counts as this computer. */
export type ClassroomOptions = Pick<ServerOptions, 'roomCode' | 'isThisComputer'>;

function serve(
  portal: Portal,
  staticDir: string,
  port: number,
  classroom: ClassroomOptions,
  firstPages: FirstPageImages,
): Promise<RunningServer> {
  return startServer({
    portal,
    port,
    staticDir,
    libraryDir: SAMPLE_LIBRARY,
    firstPages,
    ...classroom,
  });
}

/** Indexes the sample library into dataDir and serves it with the interface in staticDir. */
export async function startSamplePortal(
  dataDir: string,
  staticDir: string,
  classroom: ClassroomOptions = {},
): Promise<SamplePortal> {
  let portal = open(dataDir);
  let server: RunningServer;
  const firstPages = createFirstPageImages({ cacheFolder: join(dataDir, 'first-pages') });
  try {
    const report = await portal.index(SAMPLE_LIBRARY);
    const skipped = report.entries.filter((e) => e.outcome === 'skipped');
    if (skipped.length > 0) {
      throw new Error(`The sample library did not index fully: ${JSON.stringify(skipped)}`);
    }
    server = await serve(portal, staticDir, 0, classroom, firstPages);
  } catch (error) {
    portal.close();
    throw error;
  }
  const stop = async () => {
    await server.close();
    portal.close();
  };
  return {
    get url() {
      return server.url;
    },
    get portal() {
      return portal;
    },
    async restart(changes = {}) {
      const port = server.port;
      await stop();
      portal = open(dataDir);
      server = await serve(portal, staticDir, port, { ...classroom, ...changes }, firstPages);
    },
    close: stop,
  };
}
