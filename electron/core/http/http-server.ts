// `portal serve`: the API contract over HTTP plus the built interface, for a classroom served
// from one laptop. Bound to this machine unless the LAN is asked for. node:http only; what it
// shares with the desktop app's protocol is in ../serving.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import { pipeline } from 'node:stream/promises';
import type { PortalApi } from '#shared/api.ts';
import { isSameMachineClient } from './access-policy.ts';
import type { HttpClient } from './access-policy.ts';
import { API_PREFIX, handleApiRequest } from './api-route.ts';
import type { ApiRouteOptions } from './api-route.ts';
import type { AppFileSources } from '../serving/app-files.ts';
import { openReplyBody } from '../serving/file-reply.ts';
import { answerFileRequest } from '../serving/file-request.ts';
import { acceptedHostNames, isAcceptedHost } from './accepted-hosts.ts';
import type { MachineIdentity } from './accepted-hosts.ts';
import { lanAddresses } from './lan-addresses.ts';
import { APP_SECURITY_HEADERS } from '../serving/security-headers.ts';

export const DEFAULT_PORT = 8765;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface ServerOptions extends AppFileSources {
  api: PortalApi;
  /** 0 picks a free port. */
  port?: number;
  /** Listen on every interface so the local network can connect. */
  lan?: boolean;
  /** Listen on this address instead (overrides lan). */
  host?: string;
  /** Whether a client may read and write the user's bookmarks; by default only this machine may. */
  userStoreWritableFor?: (client: HttpClient) => boolean;
  maxBodyBytes?: number;
  /** This computer's name and addresses, read again on each request (Wi-Fi comes and goes). */
  machine?: () => MachineIdentity;
  /** Where the details of failures go: the person serving sees them, visitors never do. */
  log?: (line: string) => void;
}

const thisMachine = (): MachineIdentity => ({ name: hostname(), interfaces: networkInterfaces() });
const logToStderr = (line: string) => process.stderr.write(`${line}\n`);

export interface RunningServer {
  /** The address to open on this machine. */
  url: string;
  /** The addresses to share with the classroom (empty unless serving the LAN). */
  lanUrls: string[];
  port: number;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? (options.lan ? '0.0.0.0' : '127.0.0.1');
  const log = options.log ?? logToStderr;
  const machine = options.machine ?? thisMachine;
  const apiOptions: ApiRouteOptions = {
    api: options.api,
    log,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    userStoreWritableFor: options.userStoreWritableFor ?? isSameMachineClient,
  };
  const sources: AppFileSources = {
    staticDir: options.staticDir,
    libraryDir: options.libraryDir,
    resolveDocumentFile: options.resolveDocumentFile,
  };
  const server = createServer((req, res) => {
    if (!isAcceptedHost(req.headers.host, acceptedHostNames(host, machine()))) {
      const message = `This server does not answer to the name ${req.headers.host ?? '(none)'}.`;
      return sendText(res, 421, message);
    }
    route(req, res, apiOptions, sources).catch((error: unknown) => {
      // A browser that closes the connection mid-file (a cancelled PDF range) is no failure.
      if (res.destroyed) return;
      log(`${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendText(res, 500, 'The server failed to answer this request.');
    });
  });
  server.requestTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'EADDRINUSE'
          ? `Port ${options.port ?? DEFAULT_PORT} is already in use; choose another with --port.`
          : `Cannot listen on ${host}:${options.port ?? DEFAULT_PORT}: ${error.message}`;
      reject(new Error(message, { cause: error }));
    });
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });

  const address = server.address();
  const port =
    typeof address === 'object' && address !== null ? address.port : (options.port ?? DEFAULT_PORT);
  const wildcard = host === '0.0.0.0' || host === '::';
  const localHost = wildcard ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${localHost}:${port}/`,
    lanUrls: wildcard ? lanAddresses(networkInterfaces()).map((ip) => `http://${ip}:${port}/`) : [],
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const PLAIN_REASONS: Partial<Record<number, string>> = {
  403: 'This address is not served.',
  404: 'Nothing is served at this address.',
};

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  apiOptions: ApiRouteOptions,
  sources: AppFileSources,
) {
  const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (pathname.startsWith(API_PREFIX)) return handleApiRequest(req, res, pathname, apiOptions);
  const answer = await answerFileRequest(
    { method: req.method ?? '', pathname, range: req.headers.range ?? null },
    sources,
  );
  if (!answer.ok) {
    // The detail may name the server's folders: it goes to the log, the browser gets the status.
    apiOptions.log(`${req.method} ${pathname}: ${answer.message}`);
    return sendText(
      res,
      answer.status,
      PLAIN_REASONS[answer.status] ?? answer.message,
      answer.headers,
    );
  }
  const { reply } = answer;
  res.writeHead(reply.status, reply.headers);
  if (reply.body) await pipeline(openReplyBody(reply.body), res);
  else res.end();
}

function sendText(
  res: ServerResponse,
  status: number,
  message: string,
  extraHeaders: Record<string, string> = {},
) {
  res.writeHead(status, {
    ...APP_SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(message)),
    'Cache-Control': 'no-store',
  });
  res.end(message);
}
