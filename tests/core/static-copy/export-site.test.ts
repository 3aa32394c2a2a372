import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Portal } from '#core/portal.ts';
import { copyFileName } from '#core/static-copy/copy-file-names.ts';
import { DOCUMENT_PAGE_POLICY, escapeHtml } from '#core/static-copy/copy-html.ts';
import { COPY_GLOBALS, COPY_PATHS } from '#shared/static-copy/copy-format.ts';
import { tempFolder, writeFiles } from '../../helpers/temp-folder.ts';
import {
  exportForTest,
  indexedPortal,
  readCopy,
  readDataScript,
} from '../../helpers/static-copy.ts';

const FIXTURE_PDF = resolve(
  import.meta.dirname,
  '..',
  '..',
  'fixtures',
  'pdf',
  'english-handbook.pdf',
);

/** Names in one language beside the English ones, which the copy's names follow. */
const TAXONOMY =
  'version: 1\ncountries:\n  - { code: TH, name: Thailand, names: { vi: Thái Lan } }\n  - { code: KH, name: Cambodia }\n';

async function libraryOf(files: Record<string, string>): Promise<Portal> {
  const folder = tempFolder();
  writeFiles(folder, { ...files, 'taxonomy.yaml': TAXONOMY });
  copyFileSync(FIXTURE_PDF, join(folder, 'handbook.pdf'));
  return indexedPortal(tempFolder(), folder);
}

const FILES = {
  'notes/Tái hòa nhập (final).md': '# Tái hòa nhập cộng đồng\n\nHỗ trợ nạn nhân trở về.',
  'thai.txt': 'การคัดแยกผู้เสียหายจากการค้ามนุษย์',
  'unsafe.html':
    '<html><head><title>Unsafe page</title></head><body><h2>Rules</h2><p>Shelter &lt;b&gt; rules & "quotes"</p><script>alert(1)</script><img src=x onerror="alert(2)" alt="A shelter"><a href="javascript:alert(3)">bad</a> <a href="https://example.org/" onclick="x()">site</a><table background="http://x/y.png"><tr><td>cell</td></tr></table><iframe src="https://x"></iframe><xmp><script>alert(4)</script></xmp><form action="https://x"><input name="a"></form></body></html>',
};

async function withLibrary(work: (portal: Portal, folder: string) => Promise<void>) {
  const portal = await libraryOf(FILES);
  try {
    await work(portal, join(tempFolder(), 'copy'));
  } finally {
    portal.close();
  }
}

describe('portal export-site: the exporter', () => {
  it('indexes the tokens of the app text pipeline: folded words, and Thai clusters with their pairs', async () => {
    await withLibrary(async (portal, folder) => {
      await exportForTest(portal, folder);
      const { catalog, index } = readCopy(folder);
      const serialised = readDataScript(folder, COPY_PATHS.index, COPY_GLOBALS.index) as {
        pipeline: unknown[];
        invertedIndex: [string, unknown][];
      };
      expect(serialised.pipeline).toEqual([]);
      const terms = new Set(serialised.invertedIndex.map(([term]) => term));
      for (const term of ['tai', 'hoa', 'nhap', 'shelter', 'quotes', 'คั', 'คั_ด', 'ร_คั'])
        expect(terms, term).toContain(term);
      expect(terms).not.toContain('tái');
      expect(catalog.documents).toHaveLength(4);
      const untoned = index.query((q) => q.term('nhap', { usePipeline: false }));
      expect(untoned.map((r) => catalog.documents[Number(r.ref)]!.title)).toEqual([
        'Tái hòa nhập cộng đồng',
      ]);
    });
  });

  it('copies each PDF byte for byte under a safe name and writes the other documents as sanitised pages with a Content-Security-Policy', async () => {
    await withLibrary(async (portal, folder) => {
      const report = await exportForTest(portal, folder);
      expect(report).toMatchObject({ documents: 4, pdfs: 1, textPages: 3, leftOut: [] });
      const { catalog } = readCopy(folder);
      const pdf = catalog.documents.find((d) => d.format === 'pdf')!;
      expect(pdf.href).toMatch(/^documents\/handbook-[0-9a-f]{12}\.pdf$/);
      const bytes = readFileSync(join(folder, pdf.href));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(pdf.id);

      const unsafe = catalog.documents.find((d) => d.title === 'Unsafe page')!;
      const html = readFileSync(join(folder, unsafe.href), 'utf8');
      expect(html).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${DOCUMENT_PAGE_POLICY}">`,
      );
      expect(DOCUMENT_PAGE_POLICY).toMatch(/default-src 'none'/);
      expect(DOCUMENT_PAGE_POLICY).not.toMatch(/script-src/);
      expect(html).not.toMatch(
        /<script|<img|onerror|onclick|javascript:|<iframe|<form|<input|background=/i,
      );
      // Kept as HTML to read: headings, paragraphs, tables, web links; a picture by its text.
      expect(html).toContain('<h2>Rules</h2><p>Shelter &lt;b&gt; rules &amp; "quotes"</p>');
      expect(html).toContain('<span>A shelter</span>');
      expect(html).toContain(
        '<a href="https://example.org/" rel="noopener noreferrer" target="_blank">site</a>',
      );
      expect(html).toContain('<table><tr><td>cell</td></tr></table>');
      const markdown = catalog.documents.find((d) => d.title === 'Tái hòa nhập cộng đồng')!;
      expect(readFileSync(join(folder, markdown.href), 'utf8')).toContain(
        '<h1>Tái hòa nhập cộng đồng</h1>\n<p>Hỗ trợ nạn nhân trở về.</p>',
      );
      const names = readdirSync(join(folder, COPY_PATHS.documents));
      for (const name of names) expect(name).toMatch(/^[a-z0-9-]+\.(pdf|html)$/);
      expect(names.some((n) => n.startsWith('tai-hoa-nhap-final-'))).toBe(true);
    });
  });

  it('writes the home page with what the copy holds, who made it and when, the fonts and the page script', async () => {
    await withLibrary(async (portal, folder) => {
      await exportForTest(portal, folder);
      const home = readFileSync(join(folder, 'index.html'), 'utf8');
      expect(home).toContain('This copy holds 4 documents');
      expect(home).toContain('Made by Test Team on March 1, 2026.');
      expect(home).toMatch(/script-src 'self'/);
      for (const path of [COPY_PATHS.catalog, COPY_PATHS.index, COPY_PATHS.script])
        expect(home).toContain(`<script defer src="${path}">`);
      const fonts = readFileSync(join(folder, COPY_PATHS.fonts), 'utf8');
      for (const family of [
        'Noto Sans',
        'Noto Sans Thai',
        'Noto Sans Lao',
        'Noto Sans Khmer',
        'Noto Sans Myanmar',
      ])
        expect(fonts).toContain(`font-family: '${family}'`);
      for (const [, name] of fonts.matchAll(/url\(fonts\/([^)]+)\)/g))
        expect(existsSync(join(folder, 'assets', 'fonts', name!)), name).toBe(true);
      expect(fonts).not.toMatch(/url\((?!fonts\/)/);
    });
  });

  it('opens on a reading list: its note on top, its documents in its order, with its titles and notes', async () => {
    await withLibrary(async (portal, folder) => {
      const listed = await portal.api.search({ query: '', limit: 10 });
      if (!listed.ok) throw new Error(listed.error.message);
      const [first, second] = listed.value.hits.map((h) => h.document);
      const report = await exportForTest(portal, folder, {
        selection: {
          list: {
            title: 'Week one <reading>',
            note: 'Bring the case file.\n\n<script>alert(1)</script> & "quotes"',
            items: [
              { documentId: second!.id, note: 'Read before the workshop.' },
              { documentId: first!.id, title: 'Start here' },
            ],
          },
        },
      });
      expect(report.documents).toBe(2);
      const { catalog } = readCopy(folder);
      expect(catalog.list).toEqual({ title: 'Week one <reading>' });
      expect(catalog.documents.map((d) => [d.id, d.title, d.note])).toEqual([
        [second!.id, second!.title, 'Read before the workshop.'],
        [first!.id, 'Start here', undefined],
      ]);
      const home = readFileSync(join(folder, 'index.html'), 'utf8');
      expect(home).toContain('the reading list “Week one &lt;reading&gt;”: 2 documents');
      const note = /<main>\n(<section class="copy-list-note"[^]*?<\/section>)\n<form/.exec(home);
      expect(note?.[1]).toBe(
        '<section class="copy-list-note" id="copy-list-note" aria-label="Note on this reading list">\n' +
          '<p>Bring the case file.</p>\n' +
          '<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;</p>\n</section>',
      );
      expect(home).not.toContain('<script>alert');
    });
  });

  it('writes its pages in the language chosen for it, with the taxonomy’s names in that language', async () => {
    await withLibrary(async (portal, folder) => {
      await exportForTest(portal, folder, {
        language: 'vi',
        selection: { filters: { languages: ['th'] } },
      });
      const home = readFileSync(join(folder, 'index.html'), 'utf8');
      expect(home).toContain('<html lang="vi">');
      expect(home).toContain('<title>Cổng tài liệu TIP — bản sao tĩnh</title>');
      expect(home).toContain(
        'Bản sao này gồm 1 tài liệu của thư viện Cổng tài liệu TIP (Tiếng Thái).',
      );
      expect(home).toContain('Do Test Team tạo ngày 1 tháng 3, 2026.');
      expect(home).toContain('<label for="copy-query">Tìm kiếm</label>');
      const { catalog } = readCopy(folder);
      expect(catalog.language).toBe('vi');
      expect(catalog.names.countries).toEqual({ TH: 'Thái Lan', KH: 'Cambodia' });
      const text = catalog.documents.find((d) => d.format !== 'pdf');
      if (text) {
        const page = readFileSync(join(folder, text.href), 'utf8');
        expect(page).toContain(
          '<p lang="vi"><a href="../index.html">Quay lại trang tìm kiếm của bản sao</a></p>',
        );
      }
    });
  });

  it('exports only the documents the filters choose', async () => {
    await withLibrary(async (portal, folder) => {
      const report = await exportForTest(portal, folder, {
        selection: { filters: { languages: ['th'] } },
      });
      expect(report.documents).toBe(1);
      expect(readFileSync(join(folder, 'index.html'), 'utf8')).not.toContain('copy-list-note');
      expect(readCopy(folder).catalog.holds).toMatch(/1 document of .*Thai/);
    });
  });

  it('leaves out a document marked "do not share", and says so', async () => {
    await withLibrary(async (portal, folder) => {
      const thai = await portal.api.search({ query: '', filters: { languages: ['th'] } });
      const id = thai.ok ? thai.value.hits[0]!.document.id : '';
      expect(await portal.api.setDoNotShare({ id, doNotShare: true })).toEqual({
        ok: true,
        value: true,
      });
      const report = await exportForTest(portal, folder);
      expect(report.documents).toBe(Object.keys(FILES).length);
      expect(report.leftOut).toEqual([
        expect.objectContaining({ id, reason: 'marked "do not share"' }),
      ]);
      expect(JSON.stringify(readCopy(folder).catalog)).not.toContain(id);
    });
  });

  it('refuses a folder that is not empty, and replaces only a copy made before', async () => {
    await withLibrary(async (portal, folder) => {
      writeFiles(folder, { 'thesis.docx': 'my own work' });
      await expect(exportForTest(portal, folder)).rejects.toThrow(/is not empty.*--replace/);
      await expect(exportForTest(portal, folder, { replace: true })).rejects.toThrow(
        /holds no static copy/,
      );
      expect(readFileSync(join(folder, 'thesis.docx'), 'utf8')).toBe('my own work');

      const again = join(folder, '..', 'again');
      await exportForTest(portal, again);
      writeFileSync(join(again, 'stale.txt'), 'left from before');
      await exportForTest(portal, again, { replace: true });
      expect(existsSync(join(again, 'stale.txt'))).toBe(false);
      expect(existsSync(join(again, 'index.html'))).toBe(true);
    });
  });
});

describe('copy file names', () => {
  const id = 'ab'.repeat(32);
  it('keeps ASCII letters, digits and dashes of the library name, then the start of the id', () => {
    expect(copyFileName('added/Tài liệu hướng dẫn (final).PDF', id, 'pdf')).toBe(
      'tai-lieu-huong-dan-final-abababababab.pdf',
    );
    expect(copyFileName('../../etc/passwd', id, 'html')).toBe('passwd-abababababab.html');
    expect(copyFileName('คู่มือ.pdf', id, 'pdf')).toBe('document-abababababab.pdf');
    expect(copyFileName(null, id, 'html')).toBe('document-abababababab.html');
    expect(copyFileName(`${'x'.repeat(300)}.pdf`, id, 'pdf')).toHaveLength(60 + 1 + 12 + 4);
  });

  it('escapes every character that could open markup or an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;',
    );
  });
});
