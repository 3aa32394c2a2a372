import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOverHttp, createHttpClient } from '#renderer/api/http-client.ts';

// A real HTTP server that answers the way `portal serve` does: a Result in JSON for every status.
let server: Server;
let baseUrl: string;
const received: { url: string; method: string; contentType: string; body: unknown }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({
        url: req.url ?? '',
        method: req.method ?? '',
        contentType: req.headers['content-type'] ?? '',
        body: JSON.parse(text || 'null'),
      });
      const reply = (status: number, body: string) => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(body);
      };
      if (req.url === '/portal/api/stats')
        return reply(200, JSON.stringify({ ok: true, value: { documents: 3 } }));
      if (req.url === '/portal/api/addFiles') {
        return reply(
          403,
          JSON.stringify({
            ok: false,
            error: { code: 'forbidden', message: 'The library is read-only over HTTP.' },
          }),
        );
      }
      if (req.url === '/portal/api/getPages') return reply(502, '<html>Bad gateway</html>');
      return reply(200, JSON.stringify({ something: 'else' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no address');
  baseUrl = `http://127.0.0.1:${address.port}/portal/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the HTTP client of the API contract', () => {
  it('posts the arguments as JSON to api/<method> beside the page', async () => {
    const api = createHttpClient({ baseUrl });
    expect(await api.stats()).toEqual({ ok: true, value: { documents: 3 } });
    await api.search({ query: 'digital evidence', limit: 5 });
    expect(received.at(-2)).toEqual({
      url: '/portal/api/stats',
      method: 'POST',
      contentType: 'application/json',
      body: { args: [] },
    });
    expect(received.at(-1)?.body).toEqual({ args: [{ query: 'digital evidence', limit: 5 }] });
  });

  it('passes on the error a server gives, whatever the status', async () => {
    const result = await createHttpClient({ baseUrl }).addFiles({ paths: ['/tmp/a.pdf'] });
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'The library is read-only over HTTP.' },
    });
  });

  it('turns answers that are not results into failures', async () => {
    const pages = await createHttpClient({ baseUrl }).getPages('a'.repeat(64));
    expect(pages.ok || pages.error.code).toBe('failed');
    expect(pages.ok || pages.error.message).toMatch(/502/);
    const other = await callOverHttp('taxonomy', [], { baseUrl });
    expect(other.ok || other.error.message).toMatch(/not a result/);
  });

  it('turns a server that cannot be reached into a failure', async () => {
    const result = await callOverHttp('stats', [], { baseUrl: 'http://127.0.0.1:9/' });
    expect(result.ok).toBe(false);
    expect(result.ok || result.error.message).toMatch(/cannot be reached/);
    // Marked so the interface can say so in the reader's language and offer to try again.
    expect(result.ok || result.error.unreachable).toBe(true);
  });
});
