// The one place that knows how a page's text is stored: compressed, in pages.packed_text, with its
// UTF-8 length in pages.text_bytes for the totals (migration 0012). Every read and write of page
// text goes through here.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';
import { statement } from '../statement-cache.ts';

/** The first byte of a stored page says how the rest holds the text. */
const STORED_AS_IS = 0;
const DEFLATED = 1;

/**
 * Pages are a few kilobytes: zlib's default level compresses them about as well as its highest
 * and brotli's (measured on the bench's pages), and inflates a page in some 20 µs, so a search's
 * snippets stay cheap.
 */
const DEFLATE_LEVEL = 6;

export interface PackedPage {
  packed: Buffer;
  textBytes: number;
}

/** A page's text as stored: empty for an empty page, else compressed unless that saves nothing. */
export function packPageText(text: string): PackedPage {
  const utf8 = Buffer.from(text, 'utf8');
  if (utf8.length === 0) return { packed: Buffer.alloc(0), textBytes: 0 };
  const deflated = deflateRawSync(utf8, { level: DEFLATE_LEVEL });
  const packed =
    deflated.length < utf8.length
      ? Buffer.concat([Buffer.of(DEFLATED), deflated])
      : Buffer.concat([Buffer.of(STORED_AS_IS), utf8]);
  return { packed, textBytes: utf8.length };
}

export function unpackPageText(packed: Uint8Array): string {
  if (packed.length === 0) return '';
  const body = Buffer.from(packed.buffer, packed.byteOffset + 1, packed.length - 1);
  if (packed[0] === DEFLATED) return inflateRawSync(body).toString('utf8');
  if (packed[0] === STORED_AS_IS) return body.toString('utf8');
  throw new Error(
    `A page's stored text has an unknown form (${packed[0]}): the library was written by a newer version of the Resource Portal.`,
  );
}

/**
 * pack_page_text(text) and unpack_page_text(packed) for SQL on this connection: for converting
 * stored pages in one statement, and for views over the pages' text.
 */
export function registerPageTextFunctions(db: Database.Database): void {
  db.function(
    'pack_page_text',
    { deterministic: true },
    (text) => packPageText(String(text)).packed,
  );
  db.function('unpack_page_text', { deterministic: true }, (packed) =>
    unpackPageText(packed as Buffer),
  );
}

/** Stores a page's text and printed label. Call inside the document's transaction. */
export function insertPage(
  db: Database.Database,
  rowid: number,
  text: string,
  label: string | null,
): void {
  const { packed, textBytes } = packPageText(text);
  statement(
    db,
    'INSERT INTO pages (rowid, packed_text, text_bytes, label) VALUES (?, ?, ?, ?)',
  ).run(rowid, packed, textBytes, label);
}

/** A page's original text, or undefined when there is no such page. */
export function readPageText(db: Database.Database, rowid: number): string | undefined {
  const packed = statement<[number], Buffer>(db, 'SELECT packed_text FROM pages WHERE rowid = ?')
    .pluck()
    .get(rowid);
  return packed === undefined ? undefined : unpackPageText(packed);
}

export interface StoredPage {
  rowid: number;
  text: string;
  label: string | null;
}

/** The pages stored with rowids from `first` to `last`, in order. */
export function readPagesBetween(db: Database.Database, first: number, last: number): StoredPage[] {
  return statement<[number, number], { rowid: number; packed_text: Buffer; label: string | null }>(
    db,
    'SELECT rowid, packed_text, label FROM pages WHERE rowid BETWEEN ? AND ? ORDER BY rowid',
  )
    .all(first, last)
    .map((row) => ({ rowid: row.rowid, text: unpackPageText(row.packed_text), label: row.label }));
}
