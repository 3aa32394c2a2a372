// `portal serve`: the API contract over HTTP plus the built interface, for a classroom served
// from one laptop. Bound to this machine unless the LAN is asked for. node:http only; what it
// shares with the desktop app's protocol is in ../serving. A classroom visitor is served the
// portal's shared view, from which documents marked "do not share" are absent.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isSameMachineClient } from './access-policy.ts';
import type { HttpClient } from './access-policy.ts';
import { API_PREFIX, handleApiRequest, sendResult } from './api-route.ts';
import { failure } from '../serving/call-api.ts';
import type { ApiRouteOptions } from './api-route.ts';
import { documentTitlesFrom } from '../serving/app-files.ts';
import type { AppFileSources } from '../serving/app-files.ts';
import type { PortalView, ServedPortal } from '../portal.ts';
import { openReplyBody } from '../serving/file-reply.ts';
import { answerFileRequest } from '../serving/file-request.ts';
import { answerFirstPageRequest, isFirstPageRequest } from '../serving/first-page-request.ts';
import type { FirstPageImages } from '../first-page/first-page-images.ts';
import {
  answerListDownload,
  isListDownload,
  readingListDownloadsFrom,
} from '../serving/list-download.ts';
import { acceptedHostNames, isAcceptedHost } from './accepted-hosts.ts';
import type { MachineIdentity } from './accepted-hosts.ts';
import { lanAddresses } from './lan-addresses.ts';
import { createRoomCode } from './room-code.ts';
import { attemptClient, createRoomCodeAttempts } from './room-code-attempts.ts';
import type { RoomCodeAttempts } from './room-code-attempts.ts';
import { roomCodePage, roomPageLanguage } from './room-code-page.ts';
import { decideRoomAccess } from './room-gate.ts';
import { APP_SECURITY_HEADERS } from '../serving/security-headers.ts';
import { createSearchRate } from './search-rate.ts';
import type { SearchRate } from './search-rate.ts';
import { createSearchPool } from '../search/search-pool.ts';
import type { SearchPoolOptions } from '../search/search-pool.ts';
import type { LibraryView } from '../store/library/do-not-share.ts';

export const DEFAULT_PORT = 8765;
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export interface ServerOptions extends Pick<AppFileSources, 'staticDir' | 'libraryDir'> {
  /** This computer is served the portal's whole view, visitors its shared view. */
  portal: ServedPortal;
  /** 0 picks a free port. */
  port?: number;
  /** Listen on every interface so the local network can connect. */
  lan?: boolean;
  /** Listen on this address instead (overrides lan). */
  host?: string;
  /**
   * Whether a client is a browser on this computer, which needs no room code and is no visitor;
   * by default a loopback connection that named the server by a loopback name.
   */
  isThisComputer?: (client: HttpClient) => boolean;
  /** Whether a client may read and write the user's bookmarks; by default this computer only. */
  userStoreWritableFor?: (client: HttpClient) => boolean;
  /**
   * The code visitors from other computers must give; null serves them without one. By default
   * a new code when serving the LAN and none otherwise.
   */
  roomCode?: string | null;
  /** Where wrong room codes are counted per address; by default 10 in 10 minutes. */
  roomCodeAttempts?: RoomCodeAttempts;
  /**
   * Searches run in worker threads with their own read-only connection to this library file, each
   * stopped at a time limit, so that none holds up the other requests; without it, in this thread.
   */
  searchThreads?: SearchPoolOptions;
  /** Where visitors' searches are counted per address; by default a burst of 30, then 3 a second. */
  searchRate?: SearchRate;
  /** Stop by itself this long after starting, so a forgotten classroom does not stay open. */
  stopAfterMs?: number;
  maxBodyBytes?: number;
  /** This computer's name and addresses, read again on each request (Wi-Fi comes and goes). */
  machine?: () => MachineIdentity;
  /**
   * PDFs' first pages as images, for the page shell to show before the reader's code runs; both
   * kinds of client reach them through their own view of the library.
   */
  firstPages?: FirstPageImages;
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
  /** The code visitors must give, or null when none is asked. */
  roomCode: string | null;
  /** When the server stops by itself, or null. */
  stopsAt: Date | null;
  /** Settles once the server has stopped, by close() or by itself. */
  closed: Promise<void>;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? (options.lan ? '0.0.0.0' : '127.0.0.1');
  const log = options.log ?? logToStderr;
  const machine = options.machine ?? thisMachine;
  const isThisComputer = options.isThisComputer ?? isSameMachineClient;
  const roomCode =
    options.roomCode === undefined && options.lan ? createRoomCode() : (options.roomCode ?? null);
  const gate: RoomGate = {
    roomCode,
    attempts: options.roomCodeAttempts ?? createRoomCodeAttempts(),
  };
  const searchRate = options.searchRate ?? createSearchRate();
  const searches = options.searchThreads ? createSearchPool(options.searchThreads) : null;
  // Everything a request reaches goes through one view, so a visitor can reach no other.
  const servingOf = (view: PortalView, library: LibraryView): Serving => ({
    api: {
      api: searches
        ? { ...view.api, search: (request) => searches.search(library, request) }
        : view.api,
      log,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      isThisComputer,
      userStoreWritableFor: options.userStoreWritableFor ?? isThisComputer,
    },
    files: {
      staticDir: options.staticDir,
      libraryDir: options.libraryDir,
      resolveDocumentFile: (id) => view.resolveDocumentFile(id),
      documentTitle: documentTitlesFrom(view.api),
      lists: readingListDownloadsFrom(view.api, (id) => options.portal.isShareable(id)),
      firstPages: options.firstPages,
    },
  });
  const thisComputer = servingOf(options.portal, 'whole');
  const visitors = servingOf(options.portal.sharedView, 'shareable');
  const server = createServer((req, res) => {
    if (!isAcceptedHost(req.headers.host, acceptedHostNames(host, machine))) {
      const message = `This server does not answer to the name ${req.headers.host ?? '(none)'}.`;
      return sendText(res, 421, message);
    }
    const client: HttpClient = { remoteAddress: req.socket.remoteAddress, host: req.headers.host };
    const fromThisComputer = isThisComputer(client);
    if (!passesRoomGate(req, res, gate, fromThisComputer)) return;
    if (!fromThisComputer && !withinSearchRate(req, res, searchRate)) return;
    route(req, res, client, fromThisComputer ? thisComputer : visitors).catch((error: unknown) => {
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

  server.once('close', () => void searches?.close());

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'EADDRINUSE'
          ? `Port ${options.port ?? DEFAULT_PORT} is already in use; choose another with --port.`
          : `Cannot listen on ${host}:${options.port ?? DEFAULT_PORT}: ${error.message}`;
      void searches?.close();
      reject(new Error(message, { cause: error }));
    });
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });

  const address = server.address();
  const port =
    typeof address === 'object' && address !== null ? address.port : (options.port ?? DEFAULT_PORT);
  const wildcard = host === '0.0.0.0' || host === '::';
  const localHost = wildcard ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const closed = new Promise<void>((resolve) => server.once('close', () => resolve()));
  const close = () =>
    new Promise<void>((resolve, reject) => {
      if (!server.listening) return resolve();
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  const stopTimer =
    options.stopAfterMs === undefined
      ? null
      : setTimeout(() => {
          log('The time set for serving is over: the server has stopped by itself.');
          void close();
        }, options.stopAfterMs);
  void closed.then(() => clearTimeout(stopTimer ?? undefined));
  return {
    url: `http://${localHost}:${port}/`,
    lanUrls: wildcard ? lanAddresses(networkInterfaces()).map((ip) => `http://${ip}:${port}/`) : [],
    port,
    roomCode,
    stopsAt: options.stopAfterMs === undefined ? null : new Date(Date.now() + options.stopAfterMs),
    closed,
    close,
  };
}

interface RoomGate {
  roomCode: string | null;
  attempts: RoomCodeAttempts;
}

/**
 * Answers a request the room code keeps out (the code page, or a redirect that keeps the code);
 * an address locked out by too many wrong codes gets 429 with when to try again.
 */
function passesRoomGate(
  req: IncomingMessage,
  res: ServerResponse,
  gate: RoomGate,
  fromThisComputer: boolean,
): boolean {
  const [pathname = '/', search = ''] = (req.url ?? '/').split('?', 2);
  const client = attemptClient(req.socket.remoteAddress);
  const decision = decideRoomAccess(
    { pathname, search, cookieHeader: req.headers.cookie, fromThisComputer, client },
    gate.roomCode,
    gate.attempts,
  );
  if (decision.kind === 'pass') return true;
  if (decision.kind === 'admit') {
    res.writeHead(303, {
      ...APP_SECURITY_HEADERS,
      Location: decision.location,
      'Set-Cookie': decision.setCookie,
      'Cache-Control': 'no-store',
      'Content-Length': '0',
    });
    res.end();
    return false;
  }
  const locked = decision.kind === 'locked';
  const retryAfterSeconds = locked ? Math.max(1, Math.ceil(decision.retryAfterMs / 1000)) : 0;
  const status = locked ? 429 : 401;
  const lockHeaders: Record<string, string> = locked
    ? { 'Retry-After': String(retryAfterSeconds) }
    : {};
  if (pathname.startsWith(API_PREFIX)) {
    const message = locked
      ? `Too many wrong room codes were tried from this device. Try again in ${retryAfterSeconds} seconds.`
      : 'This library is shared with a room code. Open the address with the code from the trainer first.';
    sendResult(res, failure('room-code-needed', message), status, lockHeaders);
    return false;
  }
  const page = roomCodePage(roomPageLanguage(req.headers['accept-language']), {
    action: pathname,
    wrongCode: decision.kind === 'refuse' && decision.wrongCode,
    ...(locked ? { retryInMinutes: Math.ceil(retryAfterSeconds / 60) } : {}),
  });
  send(res, status, 'text/html; charset=utf-8', req.method === 'HEAD' ? '' : page, lockHeaders);
  return false;
}

/**
 * Counts a visitor's search against its address; one beyond the rate gets 429 with when to try
 * again. Other requests (a PDF's ranges among them) are not counted.
 */
function withinSearchRate(req: IncomingMessage, res: ServerResponse, rate: SearchRate): boolean {
  const pathname = (req.url ?? '/').split(/[?#]/, 1)[0];
  if (pathname !== `${API_PREFIX}search` || req.method !== 'POST') return true;
  const waitMs = rate.take(attemptClient(req.socket.remoteAddress));
  if (waitMs === null) return true;
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const message = `Too many searches from this device. Try again in ${seconds} seconds.`;
  sendResult(res, failure('too-many-searches', message), 429, { 'Retry-After': String(seconds) });
  return false;
}

const PLAIN_REASONS: Partial<Record<number, string>> = {
  403: 'This address is not served.',
  404: 'Nothing is served at this address.',
};

/** What one kind of client is served: the API route and the files, over one view. */
interface Serving {
  api: ApiRouteOptions;
  files: AppFileSources;
}

type Answer =
  | { ok: true; status: number; headers: Record<string, string>; body: Readable | null }
  | { ok: false; status: number; message: string; headers: Record<string, string> };

/** A reading list's zip, or a file of the interface or the library. */
async function answerFor(
  req: IncomingMessage,
  pathname: string,
  search: string,
  everyList: boolean,
  sources: AppFileSources,
): Promise<Answer> {
  const method = req.method ?? '';
  if (isListDownload(pathname)) {
    const list = await answerListDownload({ method, pathname, everyList }, sources);
    return list.ok ? { ...list, status: 200 } : list;
  }
  const download = new URLSearchParams(search).get('download') === '1';
  const file = await answerFileRequest(
    { method, pathname, range: req.headers.range ?? null, download },
    sources,
  );
  if (!file.ok) return file;
  const { reply } = file;
  return {
    ok: true,
    status: reply.status,
    headers: reply.headers,
    body: reply.body && openReplyBody(reply.body),
  };
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  client: HttpClient,
  serving: Serving,
) {
  const [pathname = '/', search = ''] = (req.url ?? '/').split('#', 1)[0]!.split('?', 2);
  if (pathname.startsWith(API_PREFIX)) return handleApiRequest(req, res, pathname, serving.api);
  if (isFirstPageRequest(pathname)) return sendFirstPage(req, res, pathname, search, serving);
  // Whoever may read the user's reading lists downloads any of them; visitors, the shared ones.
  const everyList = serving.api.userStoreWritableFor(client);
  const answer = await answerFor(req, pathname, search, everyList, serving.files);
  if (!answer.ok) {
    // The detail may name the server's folders: it goes to the log, the browser gets the status.
    serving.api.log(`${req.method} ${pathname}: ${answer.message}`);
    return sendText(
      res,
      answer.status,
      PLAIN_REASONS[answer.status] ?? answer.message,
      answer.headers,
    );
  }
  res.writeHead(answer.status, answer.headers);
  if (answer.body) await pipeline(answer.body, res);
  else res.end();
}

async function sendFirstPage(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  search: string,
  serving: Serving,
) {
  const answer = await answerFirstPageRequest(
    {
      method: req.method ?? '',
      pathname,
      search,
      ifNoneMatch: req.headers['if-none-match'] ?? null,
    },
    serving.files,
  );
  if (!answer.ok) {
    if (answer.detail) serving.api.log(`${req.method} ${pathname}: ${answer.detail}`);
    return sendText(res, answer.status, answer.message, answer.headers);
  }
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body ?? undefined);
}

function sendText(
  res: ServerResponse,
  status: number,
  message: string,
  extraHeaders: Record<string, string> = {},
) {
  send(res, status, 'text/plain; charset=utf-8', message, extraHeaders);
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  extraHeaders: Record<string, string> = {},
) {
  res.writeHead(status, {
    ...APP_SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
