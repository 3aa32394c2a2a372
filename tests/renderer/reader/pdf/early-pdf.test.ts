import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPdfEarly, takeEarlyPdf } from '#renderer/reader/pdf/early-pdf.ts';

// A real server: a PDF, a page that is not one (as a login portal or an error page would be),
// and a missing file.
let server: Server;
let base = '';
const PDF = Buffer.from('%PDF-1.7\n%early\n');

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/files/report') {
      res.writeHead(200, { 'Content-Type': 'application/pdf' });
      return res.end(PDF);
    }
    if (req.url === '/files/portal') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      return res.end('<html>sign in</html>');
    }
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
});

afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('early PDF bytes', () => {
  it('hands a PDF’s bytes over once', async () => {
    fetchPdfEarly(`${base}/files/report`);
    expect(Buffer.from((await takeEarlyPdf(`${base}/files/report`))!)).toEqual(PDF);
    expect(takeEarlyPdf(`${base}/files/report`)).toBeNull();
  });

  it('leaves what is not a PDF unread, and a missing file to the reader to report', async () => {
    fetchPdfEarly(`${base}/files/portal`);
    fetchPdfEarly(`${base}/files/missing`);
    fetchPdfEarly('http://127.0.0.1:1/unreachable');
    expect(await takeEarlyPdf(`${base}/files/portal`)).toBeNull();
    expect(await takeEarlyPdf(`${base}/files/missing`)).toBeNull();
    expect(await takeEarlyPdf('http://127.0.0.1:1/unreachable')).toBeNull();
  });
});
