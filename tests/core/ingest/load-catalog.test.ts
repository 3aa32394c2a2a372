import { describe, expect, it } from 'vitest';
import { isCatalogFile, loadCatalog } from '#core/ingest/load-catalog.ts';
import { tempFolder, writeFiles } from '../../helpers/temp-folder.ts';

const OWN_TAXONOMY = `version: 1
countries:
  - { code: VN, name: Viet Nam }
themes:
  - { id: courts, name: Courts and trials }
`;

const PACK_TAXONOMY = `version: 1
countries:
  - { code: VN, name: Vietnam (as the pack names it) }
  - { code: KH, name: Cambodia }
themes:
  - { id: victim-protection, name: Victim protection }
`;

describe('loadCatalog with imported packs', () => {
  it("reads each imported pack's catalog and taxonomy beside the library's own, which wins", () => {
    const folder = tempFolder();
    writeFiles(folder, {
      'taxonomy.yaml': OWN_TAXONOMY,
      'catalog.yaml':
        'version: 1\ndocuments:\n  - { file: imported/pack-1/guide.md, type: handbook, title: The owner says }\n',
      'imported/pack-1/taxonomy.yaml': PACK_TAXONOMY,
      'imported/pack-1/catalog.yaml': `version: 1
documents:
  - { file: imported/pack-1/guide.md, type: handbook, title: The pack says }
  - { file: imported/pack-1/notes/brief.md, type: report, title: A brief, countries: [KH] }
  - { file: handbook.md, type: handbook, title: Outside the pack }
`,
    });
    const loaded = loadCatalog(folder);
    expect(loaded.documents?.get('imported/pack-1/guide.md')?.title).toBe('The owner says');
    expect(loaded.documents?.get('imported/pack-1/notes/brief.md')?.title).toBe('A brief');
    expect(loaded.documents?.has('handbook.md')).toBe(false);
    expect(loaded.problems).toEqual([
      {
        file: 'imported/pack-1/catalog.yaml',
        message: expect.stringMatching(/handbook\.md is outside the pack's folder; left out/),
      },
    ]);
    expect(loaded.taxonomy?.countries.map((c) => [c.code, c.name])).toEqual([
      ['VN', 'Viet Nam'],
      ['KH', 'Cambodia'],
    ]);
    expect(loaded.taxonomy?.themes.map((t) => t.id)).toEqual(['courts', 'victim-protection']);
  });

  it("keeps the stored taxonomy when the library's own taxonomy cannot be read", () => {
    const folder = tempFolder();
    writeFiles(folder, {
      'taxonomy.yaml': 'version: 1\ncountries: [ {',
      'imported/pack-1/taxonomy.yaml': PACK_TAXONOMY,
    });
    expect(loadCatalog(folder).taxonomy).toBeNull();
  });

  it("tells catalog files, the library's and its packs', from documents", () => {
    expect(isCatalogFile('catalog.yaml')).toBe(true);
    expect(isCatalogFile('imported/pack-1/taxonomy.yaml')).toBe(true);
    expect(isCatalogFile('imported/pack-1/docs/catalog.yaml')).toBe(false);
    expect(isCatalogFile('reports/catalog.yaml')).toBe(false);
  });
});

describe('loadCatalog on what a person may have written', () => {
  it('lists a YAML warning among the problems instead of printing it', () => {
    const folder = tempFolder();
    writeFiles(folder, {
      'catalog.yaml':
        'version: 1\ndocuments:\n  - { file: guide.md, type: handbook, title: !!js/function "x" }\n',
    });
    const printed: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => printed.push(args);
    try {
      const loaded = loadCatalog(folder);
      expect(loaded.problems).toContainEqual({
        file: 'catalog.yaml',
        message: expect.stringMatching(/^catalog\.yaml: .*js\/function/),
      });
    } finally {
      console.warn = warn;
    }
    expect(printed).toEqual([]);
  });

  it('takes the years the edit form takes, so that a saved description always packs', () => {
    const folder = tempFolder();
    writeFiles(folder, {
      'catalog.yaml':
        'version: 1\ndocuments:\n  - { file: law.md, type: legislation, title: An old law, year: 1850 }\n',
    });
    const loaded = loadCatalog(folder);
    expect(loaded.problems).toEqual([]);
    expect(loaded.documents?.get('law.md')?.year).toBe(1850);
  });
});
