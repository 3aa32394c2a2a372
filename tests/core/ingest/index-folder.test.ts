import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortal } from '#core/portal.ts';
import type { Portal } from '#core/portal.ts';
import type { IngestReport } from '#shared/types.ts';
import { withDatabaseFile } from '../../helpers/database-file.ts';
import { tempFolder, writeFiles } from '../../helpers/temp-folder.ts';

const TAXONOMY = `version: 1
countries:
  - { code: VN, name: Viet Nam }
  - { code: LA, name: Lao PDR }
organisations:
  - { id: supreme-peoples-court, name: "Supreme People's Court", country: VN, kind: court }
themes:
  - { id: victim-rights, name: Victim rights and protection }
  - { id: forced-labour, name: Forced labour, facet: exploitation }
`;

const CATALOG = `version: 1
documents:
  - file: handbook.md
    type: handbook
    title: Handbook on Mutual Legal Assistance
    countries: [VN]
    organisations: [{ id: supreme-peoples-court, role: publisher }]
    themes: [victim-rights]
    language: en
    year: 2022
    summary: How requests for evidence abroad are drafted and sent.
  - file: missing.pdf
    type: report
    title: A report that is not in the folder
entries:
  - id: mou-2022
    type: event
    date: 2022-11-02
    title: Centre of Excellence memorandum signed
    countries: [LA]
    body: A memorandum of understanding was signed.
    documents: [handbook.md]
`;

const HANDBOOK = `# Handbook on Mutual Legal Assistance

## Requests

A request for mutual legal assistance asks another State to gather evidence.

## Victims

Victim protection comes first in every request.
`;

let portal: Portal | null = null;
let libraryDbPath = '';
afterEach(() => {
  portal?.close();
  portal = null;
});

function open(folder: string): Portal {
  const data = tempFolder();
  libraryDbPath = join(data, 'library.sqlite');
  portal = openPortal({
    libraryDbPath,
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder: folder,
  });
  return portal;
}

const outcome = (report: IngestReport, path: string) => report.entries.find((e) => e.path === path);

describe('indexFolder', () => {
  it('indexes catalogued and uncatalogued files, news entries, and reports what it skipped', async () => {
    const folder = tempFolder();
    writeFiles(folder, {
      'taxonomy.yaml': TAXONOMY,
      'catalog.yaml': CATALOG,
      'handbook.md': HANDBOOK,
      'notes/field-notes.txt':
        'Field notes from the workshop\n\nDigital evidence was collected from phones.',
      'page.html':
        '<html lang="vi"><head><title>Bảo vệ nạn nhân</title><script>alert(1)</script></head><body><h1>Bảo vệ</h1><p>Nạn nhân mua bán người ở Đồng Nai.</p></body></html>',
      'picture.bmp': new Uint8Array([0x42, 0x4d, 0x00, 0x00]),
      'empty.txt': '',
      'fake.pdf': 'this is plain text pretending to be a PDF',
    });
    const p = open(folder);
    const report = await p.index(folder, { workers: 0 });

    expect(outcome(report, 'handbook.md')?.outcome).toBe('indexed');
    expect(outcome(report, 'notes/field-notes.txt')?.outcome).toBe('indexed');
    expect(outcome(report, 'page.html')?.outcome).toBe('indexed');
    expect(outcome(report, 'catalog entry mou-2022')?.outcome).toBe('indexed');
    expect(outcome(report, 'missing.pdf')).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/not in the library folder/),
    });
    expect(outcome(report, 'picture.bmp')).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/not supported/),
    });
    expect(outcome(report, 'empty.txt')).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/empty/),
    });
    expect(outcome(report, 'fake.pdf')).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/not a PDF/),
    });
    expect(report).toMatchObject({ indexed: 4, skipped: 4, removed: 0 });

    const docs = await p.api.listDocuments({});
    expect(docs.ok && docs.value.map((d) => d.title).sort()).toEqual([
      'Bảo vệ nạn nhân',
      'Centre of Excellence memorandum signed',
      'Field notes from the workshop',
      'Handbook on Mutual Legal Assistance',
    ]);
    const handbook = docs.ok ? docs.value.find((d) => d.type === 'handbook')! : null;
    expect(handbook).toMatchObject({
      countries: ['VN'],
      organisations: [
        { id: 'supreme-peoples-court', name: "Supreme People's Court", role: 'publisher' },
      ],
      themes: ['victim-rights'],
      year: 2022,
      language: 'en',
    });
    const html = docs.ok ? docs.value.find((d) => d.format === 'html')! : null;
    expect(html?.language).toBe('vi');
    const pages = await p.api.getPages(html!.id);
    expect(pages.ok && pages.value[0]!.text).not.toContain('alert');

    const event = docs.ok ? docs.value.find((d) => d.type === 'event')! : null;
    const detail = await p.api.getDocument(event!.id);
    expect(detail.ok && detail.value.related).toEqual([handbook!.id]);
    expect(detail.ok && detail.value.date).toBe('2022-11-02');
  });

  it('does no work on an unchanged folder, replaces changed files and drops removed ones', async () => {
    const folder = tempFolder();
    writeFiles(folder, {
      'a.md': '# Alpha\n\nFirst text about evidence.',
      'b.txt': 'Bravo\n\nSecond text about courts.',
    });
    const p = open(folder);
    const first = await p.index(folder, { workers: 0 });
    expect(first).toMatchObject({ indexed: 2 });

    const again = await p.index(folder, { workers: 0 });
    expect(again).toMatchObject({ indexed: 0, replaced: 0, unchanged: 2, removed: 0 });

    writeFileSync(join(folder, 'a.md'), '# Alpha\n\nRewritten text about interpreters.');
    rmSync(join(folder, 'b.txt'));
    const third = await p.index(folder, { workers: 0 });
    expect(third).toMatchObject({ replaced: 1, removed: 1, unchanged: 0 });

    const old = await p.api.search({ query: 'evidence' });
    expect(old.ok && old.value.total).toBe(0);
    const fresh = await p.api.search({ query: 'interpreters' });
    expect(fresh.ok && fresh.value.total).toBe(1);
    const courts = await p.api.search({ query: 'courts' });
    expect(courts.ok && courts.value.total).toBe(0);
    expect(
      withDatabaseFile(libraryDbPath, (db) =>
        db.prepare('SELECT count(*) FROM pages').pluck().get(),
      ),
    ).toBe(1);
  });

  it('keeps the indexed version when a file is replaced by a damaged one', async () => {
    const folder = tempFolder();
    writeFiles(folder, { 'guide.md': '# Guide\n\nInterviewing children with care.' });
    const p = open(folder);
    await p.index(folder, { workers: 0 });
    writeFileSync(join(folder, 'guide.md'), new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x00]));
    const report = await p.index(folder, { workers: 0 });
    expect(outcome(report, 'guide.md')).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/UTF-8.*previously indexed version is kept/),
    });
    const hit = await p.api.search({ query: 'children' });
    expect(hit.ok && hit.value.total).toBe(1);
  });

  it('applies a changed catalog description without re-reading the file', async () => {
    const folder = tempFolder();
    writeFiles(folder, {
      'taxonomy.yaml': TAXONOMY,
      'catalog.yaml': CATALOG,
      'handbook.md': HANDBOOK,
    });
    const p = open(folder);
    await p.index(folder, { workers: 0 });
    writeFileSync(
      join(folder, 'catalog.yaml'),
      CATALOG.replace('Handbook on Mutual Legal Assistance', 'MLA Handbook, second edition'),
    );
    const report = await p.index(folder, { workers: 0 });
    expect(outcome(report, 'handbook.md')?.outcome).toBe('updated');
    const found = await p.api.search({ query: '"second edition"' });
    expect(found.ok && found.value.hits[0]?.document.title).toBe('MLA Handbook, second edition');
  });

  it('reports a malformed catalog clearly and still indexes the files', async () => {
    const folder = tempFolder();
    writeFiles(folder, {
      'catalog.yaml': 'version: 1\ndocuments:\n  - file: a.md\n    title: [unclosed\n',
      'a.md': '# Alpha\n\nText.',
    });
    const p = open(folder);
    const report = await p.index(folder, { workers: 0 });
    expect(outcome(report, 'catalog.yaml')).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/could not be read as YAML/),
    });
    expect(outcome(report, 'a.md')?.outcome).toBe('indexed');
  });

  it('leaves out a catalog entry that breaks the schema, naming the field', async () => {
    const folder = tempFolder();
    writeFiles(folder, {
      'catalog.yaml': 'version: 1\ndocuments:\n  - file: a.md\n    title: Alpha\n    type: novel\n',
      'a.md': '# Alpha\n\nText.',
    });
    const p = open(folder);
    const report = await p.index(folder, { workers: 0 });
    expect(outcome(report, 'catalog.yaml')?.message).toMatch(
      /document #1 \(a\.md\) was left out: type/,
    );
    expect(outcome(report, 'a.md')?.outcome).toBe('indexed');
  });

  it('indexes real PDFs in worker threads, a password-protected one by its description, skipping corrupt, empty and truncated ones with reasons', async () => {
    const folder = tempFolder();
    const fixtures = resolve(import.meta.dirname, '..', '..', 'fixtures', 'pdf');
    for (const name of [
      'english-handbook.pdf',
      'thai-guide.pdf',
      'corrupt.pdf',
      'encrypted.pdf',
      'empty.pdf',
      'truncated.pdf',
      'not-a-pdf.pdf',
      'scanned-image-only.pdf',
    ]) {
      copyFileSync(join(fixtures, name), join(folder, name));
    }
    const p = open(folder);
    const report = await p.index(folder, { workers: 2 });
    expect(outcome(report, 'english-handbook.pdf')?.outcome).toBe('indexed');
    expect(outcome(report, 'thai-guide.pdf')?.outcome).toBe('indexed');
    expect(outcome(report, 'scanned-image-only.pdf')).toMatchObject({
      outcome: 'indexed',
      message: expect.stringMatching(/OCR/),
    });
    expect(outcome(report, 'encrypted.pdf')).toMatchObject({
      outcome: 'indexed',
      pages: 0,
      message: expect.stringMatching(/^Password protected/),
    });
    for (const [name, reason] of [
      ['corrupt.pdf', /damaged|corrupt|invalid|not a PDF/i],
      ['empty.pdf', /empty/i],
      ['truncated.pdf', /truncated|damaged|incomplete/i],
      ['not-a-pdf.pdf', /not a PDF/i],
    ] as const) {
      expect(outcome(report, name), name).toMatchObject({
        outcome: 'skipped',
        message: expect.stringMatching(reason),
      });
    }
    const thai = await p.api.search({ query: 'ผู้เสียหาย' });
    expect(thai.ok && thai.value.hits[0]?.document.language).toBe('th');
  });

  it("takes a document's language from the catalog, else from its text, the PDF's /Lang only settling what the text cannot", async () => {
    const folder = tempFolder();
    const fixtures = resolve(import.meta.dirname, '..', '..', 'fixtures', 'pdf');
    for (const name of [
      'khmer-lang-en-us.pdf',
      'vietnamese-cover-lang-vi-vn.pdf',
      'hand-written-standard-font.pdf',
    ]) {
      copyFileSync(join(fixtures, name), join(folder, name));
    }
    writeFiles(folder, {
      'catalog.yaml': `version: 1
documents:
  - file: hand-written-standard-font.pdf
    type: report
    title: Victim protection
    language: vi
`,
    });
    const p = open(folder);
    await p.index(folder, { workers: 0 });
    const docs = await p.api.listDocuments({});
    const languageOf = (format: string, title: RegExp) =>
      docs.ok
        ? docs.value.find((d) => d.format === format && title.test(d.title))?.language
        : undefined;
    expect(languageOf('pdf', /ការការពារជនរងគ្រោះ/)).toBe('km');
    expect(languageOf('pdf', /Sổ tay/)).toBe('vi');
    expect(languageOf('pdf', /Victim protection/)).toBe('vi');
  });

  it('indexes a Word file from the folder, skips a truncated one with its reason, and goes on with the rest', async () => {
    const folder = tempFolder();
    const handbook = readFileSync(
      resolve(import.meta.dirname, '..', '..', 'fixtures', 'docx', 'handbook.docx'),
    );
    writeFiles(folder, {
      'handbook.docx': handbook,
      'damaged.docx': handbook.subarray(0, Math.floor(handbook.length / 2)),
      'notes.md': '# Field notes\n\nShelters in Dong Thap were visited.',
    });
    const p = open(folder);
    const report = await p.index(folder, { workers: 1 });
    expect(outcome(report, 'handbook.docx')?.outcome).toBe('indexed');
    expect(outcome(report, 'notes.md')?.outcome).toBe('indexed');
    expect(outcome(report, 'damaged.docx')).toMatchObject({
      outcome: 'skipped',
      message: expect.stringMatching(/Word document is damaged or incomplete/),
    });
    expect(report).toMatchObject({ indexed: 2, skipped: 1 });

    const found = await p.api.search({ query: 'Dong Nai' });
    expect(
      found.ok &&
        found.value.hits.map((h) => [
          h.document.title,
          h.document.format,
          h.pages.map((pg) => pg.page),
        ]),
    ).toEqual([['Protecting Victims during Investigation and Trial', 'docx', [1]]]);
  });

  it('reads again what an older engine indexed, keeping what a person wrote and when it was added', async () => {
    const folder = tempFolder();
    writeFiles(folder, {
      'taxonomy.yaml': TAXONOMY,
      'catalog.yaml': CATALOG,
      'handbook.md': HANDBOOK,
      'notes/field-notes.txt': 'Field notes on referral of victims.',
    });
    const p = open(folder);
    await p.index(folder, { workers: 0 });
    const notes = outcome(await p.index(folder, { workers: 0 }), 'notes/field-notes.txt');
    expect(notes?.outcome).toBe('unchanged');
    const edited = await p.api.updateMetadata({
      id: notes!.documentId!,
      title: 'Referral notes from the field',
      type: 'research',
      countries: ['LA'],
      organisations: [],
      themes: ['victim-rights'],
      language: 'en',
      year: 2021,
      summary: 'Written up after the workshop.',
    });
    expect(edited.ok).toBe(true);
    const mouId = (await p.index(folder, { workers: 0 })).entries.find(
      (e) => e.path === 'catalog entry mou-2022',
    )!.documentId!;
    const event = await p.api.getDocument(mouId);
    if (!event.ok) throw new Error(event.error.message);
    const { id, title, type, countries, organisations, themes, language, year, summary } =
      event.value;
    const editedEvent = await p.api.updateMetadata({
      id,
      title: `${title} (Vientiane)`,
      type,
      countries,
      organisations: organisations.map((o) => ({ id: o.id, role: o.role })),
      themes,
      language,
      year,
      summary,
    });
    expect(editedEvent.ok).toBe(true);
    const before = await p.api.listDocuments({});
    // As a library indexed before the text version was recorded (migration 0002) looks.
    withDatabaseFile(libraryDbPath, (db) =>
      db.prepare("UPDATE documents SET text_version = 0, outline = '[]'").run(),
    );

    const report = await p.index(folder, { workers: 0 });
    expect(report).toMatchObject({ indexed: 0, replaced: 0, updated: 3, unchanged: 0 });
    expect(outcome(report, 'handbook.md')?.message).toMatch(/Read again/);
    expect(outcome(report, 'catalog entry mou-2022')?.outcome).toBe('updated');
    const after = await p.api.listDocuments({});
    expect(after).toEqual(before);
    const handbook = await p.api.getDocument(outcome(report, 'handbook.md')!.documentId!);
    expect(handbook.ok && handbook.value.outline.map((o) => o.title)).toContain('Requests');
    const found = await p.api.search({ query: 'referral notes' });
    expect(found.ok && found.value.hits[0]?.document.title).toBe('Referral notes from the field');
    const event2 = await p.api.getDocument(mouId);
    expect(event2.ok && event2.value.title).toBe(
      'Centre of Excellence memorandum signed (Vientiane)',
    );
    expect(await p.index(folder, { workers: 0 })).toMatchObject({ updated: 0, unchanged: 3 });
  });

  it('refuses a folder that does not exist', async () => {
    const p = open(tempFolder());
    await expect(p.index('/nonexistent/folder')).rejects.toThrow(/does not exist/);
  });
});
