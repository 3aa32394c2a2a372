import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibraryDb } from '#core/db/open-database.ts';
import { knownLanguages } from '#core/ingest/detect-language.ts';
import { extractDocument } from '#core/ingest/extract-document.ts';
import { fileLanguage, knownLanguageOf } from '#core/ingest/file-language.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const fixtures = resolve(import.meta.dirname, '..', '..', 'fixtures', 'pdf');
const extractFixture = (name: string) =>
  extractDocument(name, new Uint8Array(readFileSync(join(fixtures, name))));

describe('knownLanguageOf', () => {
  it('reduces a declared tag to the base code of a language the library knows', () => {
    expect(knownLanguageOf('en-US')).toBe('en');
    expect(knownLanguageOf('vi-VN')).toBe('vi');
    expect(knownLanguageOf('km_KH')).toBe('km');
    expect(knownLanguageOf(' TH ')).toBe('th');
    expect(knownLanguageOf('fil-PH')).toBe('fil');
  });

  it('reads the older codes tools still write for Filipino and Indonesian', () => {
    expect(knownLanguageOf('tl-PH')).toBe('fil');
    expect(knownLanguageOf('in-ID')).toBe('id');
  });

  it('gives null for languages the library does not know and for no tag', () => {
    for (const tag of ['zh-CN', 'fr', 'x-none', '', null, undefined])
      expect(knownLanguageOf(tag)).toBeNull();
  });

  it('knows exactly the languages of the library database', () => {
    const db = openLibraryDb(join(tempFolder(), 'library.sqlite'));
    try {
      const codes = (db.prepare('SELECT code FROM languages').all() as { code: string }[]).map(
        (r) => r.code,
      );
      expect([...knownLanguages].sort()).toEqual(codes.sort());
    } finally {
      db.close();
    }
  });
});

describe('fileLanguage', () => {
  it('goes by the text when the text decides, whatever the file declares', () => {
    expect(fileLanguage('en-US', { language: 'km', candidates: ['km'] })).toBe('km');
  });

  it('takes the declared language when the text cannot tell', () => {
    const tooShort = {
      language: 'en',
      candidates: ['en', 'vi', 'id', 'ms', 'fil', 'th', 'lo', 'km', 'my'],
    };
    expect(fileLanguage('vi-VN', tooShort)).toBe('vi');
    expect(fileLanguage(null, tooShort)).toBe('en');
    expect(fileLanguage('zh-CN', tooShort)).toBe('en');
  });

  it('lets the declared language choose only among the languages the text fits', () => {
    const malayOrIndonesian = { language: 'id', candidates: ['id', 'ms'] };
    expect(fileLanguage('ms-MY', malayOrIndonesian)).toBe('ms');
    expect(fileLanguage('en-US', malayOrIndonesian)).toBe('id');
  });
});

describe('the language of a real PDF', () => {
  it("is the text's when the office suite declared its own locale (Khmer exported in an English locale says en-US)", async () => {
    const khmer = await extractFixture('khmer-lang-en-us.pdf');
    expect(khmer.metadata.language).toBe('en-US');
    expect(khmer.language).toBe('km');
  });

  it('is the declared /Lang, as a base code, when the text is too short to tell', async () => {
    const cover = await extractFixture('vietnamese-cover-lang-vi-vn.pdf');
    expect(cover.metadata.language).toBe('vi-VN');
    expect(cover.language).toBe('vi');
  });

  it('is a base code the library knows even when text and declaration agree (en-GB)', async () => {
    const page = await extractFixture('hand-written-standard-font.pdf');
    expect(page.metadata.language).toBe('en-GB');
    expect(page.language).toBe('en');
  });
});
