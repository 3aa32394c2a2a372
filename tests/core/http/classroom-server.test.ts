// The classroom behind its room code: real HTTP requests to a real server in front of the real
// engine. A visitor from the network is played from 127.0.0.1 by telling the server that no
// client is this computer.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Portal } from '#core/portal.ts';
import { startServer } from '#core/http/http-server.ts';
import { createRoomCodeAttempts, DEFAULT_ATTEMPT_LIMITS } from '#core/http/room-code-attempts.ts';
import type { RunningServer, ServerOptions } from '#core/http/http-server.ts';
import { attachmentDisposition } from '#shared/download-name.ts';
import { rawHttpRequest } from '../../helpers/raw-http.ts';
import type { RawRequest } from '../../helpers/raw-http.ts';
import { openIndexedPortal } from '../../helpers/indexed-portal.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

const FIXTURE_PDF = resolve(import.meta.dirname, '../../fixtures/pdf/english-handbook.pdf');
const CODE = 'K7P2QX';

let portal: Portal;
let options: ServerOptions;
let visitors: RunningServer;
let pdfId: string;
let pdfTitle: string;

async function get(target: RunningServer, path: string, init: RawRequest = {}) {
  const answer = await rawHttpRequest(target.port, path, init);
  return { ...answer, body: answer.body.toString('utf8') };
}

const everyRoute = () => [
  { path: '/' },
  { path: '/search' },
  { path: '/assets/app-1234.js' },
  { path: `/files/${pdfId}` },
  { path: `/files/${pdfId}?download=1` },
  {
    path: '/api/getPages',
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ args: [pdfId] }),
  },
  {
    path: '/api/sessionInfo',
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: '{"args":[]}',
  },
];

const withCookie = (route: ReturnType<typeof everyRoute>[number], cookie: string) => ({
  ...route,
  headers: { ...route.headers, Cookie: cookie },
});

beforeAll(async () => {
  const root = tempFolderFor('classroom');
  const library = join(root, 'library');
  const staticDir = join(root, 'renderer');
  mkdirSync(library, { recursive: true });
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  copyFileSync(FIXTURE_PDF, join(library, 'handbook.pdf'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Portal interface</title>');
  writeFileSync(join(staticDir, 'assets', 'app-1234.js'), 'console.log("portal interface")');
  const opened = await openIndexedPortal(root, library);
  portal = opened.portal;
  pdfId = opened.documents[0]!.id;
  pdfTitle = opened.documents[0]!.title;
  options = {
    portal,
    staticDir,
    libraryDir: library,
    port: 0,
    roomCode: CODE,
  };
  visitors = await startServer({ ...options, isThisComputer: () => false });
}, 60_000);

afterAll(async () => {
  await visitors?.close();
  portal?.close();
});

describe('a visitor without the room code', () => {
  it('gets nothing but the page asking for it, on every route', async () => {
    for (const route of everyRoute()) {
      const answer = await get(visitors, route.path, route);
      expect(answer.status, route.path).toBe(401);
      expect(answer.headers['set-cookie'], route.path).toBeUndefined();
      expect(answer.body, route.path).not.toMatch(/portal interface|Digital|%PDF|visitor/);
    }
    const page = await get(visitors, '/', { headers: { 'Accept-Language': 'km-KH,km;q=0.9' } });
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('លេខកូដបន្ទប់');
    const api = await get(visitors, '/api/stats', everyRoute()[5]);
    expect(JSON.parse(api.body)).toMatchObject({
      ok: false,
      error: { code: 'room-code-needed' },
    });
  });

  it('is told by the API that the room code is needed when its cookie holds an old one', async () => {
    const api = await get(
      visitors,
      '/api/search',
      withCookie({ ...everyRoute()[5]!, path: '/api/search' }, 'portal_room=OLDONE'),
    );
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toEqual({
      ok: false,
      error: {
        code: 'room-code-needed',
        message:
          'This library is shared with a room code. Open the address with the code from the trainer first.',
      },
    });
  });

  it('is refused with an old or wrong code, and told so when it was typed', async () => {
    const old = await get(visitors, '/', { headers: { Cookie: 'portal_room=AAAAAA' } });
    expect(old.status).toBe(401);
    const typed = await get(visitors, '/?room=AAAAAA');
    expect(typed.status).toBe(401);
    expect(typed.body).toContain('role="alert"');
    expect(typed.headers['set-cookie']).toBeUndefined();
  });
});

describe('a visitor with the room code', () => {
  it('has it kept in a cookie and is sent on to the address without it', async () => {
    const answer = await get(visitors, `/files/${pdfId}?room=${CODE.toLowerCase()}&download=1`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe(`/files/${pdfId}?download=1`);
    expect(answer.headers['set-cookie']).toEqual([
      `portal_room=${CODE}; HttpOnly; SameSite=Strict; Path=/`,
    ]);
    expect(answer.body).toBe('');
  });

  it('is served every route with the cookie, and told it is a visitor', async () => {
    for (const route of everyRoute()) {
      const answer = await get(visitors, route.path, withCookie(route, `portal_room=${CODE}`));
      expect(answer.status, route.path).toBe(200);
    }
    const session = await get(
      visitors,
      '/api/sessionInfo',
      withCookie(everyRoute()[6]!, `lang=th; portal_room=${CODE}`),
    );
    expect(JSON.parse(session.body)).toEqual({ ok: true, value: { visitor: true } });
  });

  it('can save a document under its title', async () => {
    const answer = await get(visitors, `/files/${pdfId}?download=1`, {
      headers: { Cookie: `portal_room=${CODE}` },
    });
    expect(answer.headers['content-disposition']).toBe(attachmentDisposition(pdfTitle, '.pdf'));
    expect(answer.headers['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"/);
    const shown = await get(visitors, `/files/${pdfId}`, {
      headers: { Cookie: `portal_room=${CODE}` },
    });
    expect(shown.headers['content-disposition']).toBeUndefined();
  });
});

describe('an address that guesses room codes', () => {
  it('is refused with 429 after ten wrong codes, the right one too, until ten minutes have passed', async () => {
    let time = 0;
    const guarded = await startServer({
      ...options,
      isThisComputer: () => false,
      roomCodeAttempts: createRoomCodeAttempts(DEFAULT_ATTEMPT_LIMITS, () => time),
    });
    try {
      const guesses = Array.from({ length: 10 }, (_, n) => `GUESS${n}`);
      const statuses: number[] = [];
      for (const guess of guesses) statuses.push((await get(guarded, `/?room=${guess}`)).status);
      expect(statuses).toEqual([...Array<number>(9).fill(401), 429]);

      time += 3 * 60_000;
      const right = await get(guarded, `/?room=${CODE}`, {
        headers: { 'Accept-Language': 'vi-VN,vi;q=0.9' },
      });
      expect(right.status).toBe(429);
      expect(right.headers['retry-after']).toBe(String(7 * 60));
      expect(right.headers['set-cookie']).toBeUndefined();
      expect(right.body).toContain('Thiết bị này đã thử quá nhiều mã sai. Hãy thử lại sau 7 phút.');
      const api = await get(
        guarded,
        '/api/sessionInfo',
        withCookie(everyRoute()[6]!, `portal_room=${CODE}`),
      );
      expect(api.status).toBe(429);
      expect(api.headers['retry-after']).toBe(String(7 * 60));
      expect(JSON.parse(api.body)).toMatchObject({
        ok: false,
        error: { code: 'room-code-needed', message: /Too many wrong room codes/ },
      });

      time += 7 * 60_000;
      const later = await get(guarded, `/?room=${CODE}`);
      expect(later.status).toBe(303);
      expect(later.headers['set-cookie']).toBeDefined();
    } finally {
      await guarded.close();
    }
  });
});

describe('a browser on this computer', () => {
  it('needs no room code and is no visitor', async () => {
    const here = await startServer(options);
    try {
      for (const route of everyRoute()) {
        const answer = await get(here, route.path, route);
        expect(answer.status, route.path).toBe(200);
      }
      const session = await get(here, '/api/sessionInfo', everyRoute()[6]);
      expect(JSON.parse(session.body)).toEqual({ ok: true, value: { visitor: false } });
    } finally {
      await here.close();
    }
  });
});

describe('serving the LAN', () => {
  it('makes a room code of its own unless given one', async () => {
    const lan = await startServer({ ...options, roomCode: undefined, lan: true });
    const local = await startServer({ ...options, roomCode: undefined });
    try {
      expect(lan.roomCode).toMatch(/^[2-9A-Z]{6}$/);
      expect(local.roomCode).toBeNull();
    } finally {
      await Promise.all([lan.close(), local.close()]);
    }
  });

  it('stops by itself after the time it was given', async () => {
    const logged: string[] = [];
    const started = Date.now();
    const brief = await startServer({ ...options, stopAfterMs: 150, log: (l) => logged.push(l) });
    expect(brief.stopsAt!.getTime()).toBeGreaterThanOrEqual(started + 150);
    expect((await get(brief, '/')).status).toBe(200);
    await brief.closed;
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await expect(get(brief, '/')).rejects.toThrow(/ECONNREFUSED/);
    expect(logged.join('\n')).toMatch(/stopped by itself/);
  });

  it('stops at once when asked, with no timer left behind', async () => {
    const server = await startServer({ ...options, stopAfterMs: 60_000 });
    await server.close();
    await server.closed;
    await expect(get(server, '/')).rejects.toThrow(/ECONNREFUSED/);
  });
});
