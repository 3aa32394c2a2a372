// What to send for a file: status, headers and which bytes. Deciding is separate from sending,
// so the desktop app's protocol handler and the HTTP server answer alike, ranges included
// (pdf.js asks for byte ranges of large PDFs).
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { contentTypeFor } from './content-type.ts';

export interface FileReply {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  /** Inclusive byte range of the file to send, or null for no body (HEAD, 416, empty file). */
  body: { path: string; start: number; end: number } | null;
}

export type ByteRange = { start: number; end: number };

/**
 * Reads a Range header for a file of the given size. Only one range is honoured; anything this
 * does not understand is ignored (the whole file is sent), as RFC 9110 allows.
 */
export function parseByteRange(
  header: string | null,
  size: number,
): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size) return 'unsatisfiable';
  if (end < start) return null;
  return { start, end };
}

export function planFileReply(
  file: { path: string; size: number },
  request: { method: string; range: string | null },
  headers: Readonly<Record<string, string>>,
): FileReply {
  const base = { ...headers, 'Content-Type': contentTypeFor(file.path), 'Accept-Ranges': 'bytes' };
  const range = parseByteRange(request.range, file.size);
  const withBody = request.method !== 'HEAD';
  if (range === 'unsatisfiable') {
    return {
      status: 416,
      headers: { ...base, 'Content-Range': `bytes */${file.size}`, 'Content-Length': '0' },
      body: null,
    };
  }
  if (range) {
    return {
      status: 206,
      headers: {
        ...base,
        'Content-Range': `bytes ${range.start}-${range.end}/${file.size}`,
        'Content-Length': String(range.end - range.start + 1),
      },
      body: withBody ? { path: file.path, ...range } : null,
    };
  }
  return {
    status: 200,
    headers: { ...base, 'Content-Length': String(file.size) },
    body: withBody && file.size > 0 ? { path: file.path, start: 0, end: file.size - 1 } : null,
  };
}

export function openReplyBody(body: NonNullable<FileReply['body']>): Readable {
  return createReadStream(body.path, { start: body.start, end: body.end });
}

/** A stream as a fetch Response, for hosts that answer with one (Electron's protocol.handle). */
export function streamAsResponse(
  body: Readable | null,
  status: number,
  headers: Record<string, string>,
): Response {
  const web = body ? (Readable.toWeb(body) as NodeReadableStream<Uint8Array>) : null;
  return new Response(web as ReadableStream<Uint8Array> | null, { status, headers });
}

/** The reply as a fetch Response. */
export function replyAsResponse(reply: FileReply): Response {
  return streamAsResponse(reply.body && openReplyBody(reply.body), reply.status, reply.headers);
}
