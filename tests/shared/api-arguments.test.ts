import { describe, expect, it } from 'vitest';
import { argumentNames, parseApiArguments } from '#shared/api-arguments.ts';
import { isPortalMethod, PORTAL_METHODS } from '#shared/api-methods.ts';
import { DOCUMENT_ID, invalidArguments, validArguments } from '../helpers/portal-fixtures.ts';

describe('API argument schemas', () => {
  it('cover every method of the contract', () => {
    expect([...PORTAL_METHODS].sort()).toEqual(Object.keys(validArguments).sort());
    for (const method of PORTAL_METHODS)
      expect(argumentNames(method)).toHaveLength(validArguments[method].length);
    expect(isPortalMethod('search')).toBe(true);
    expect(isPortalMethod('toString')).toBe(false);
    expect(isPortalMethod('__proto__')).toBe(false);
  });

  it.each(PORTAL_METHODS)('%s accepts valid arguments and refuses invalid ones', (method) => {
    expect(parseApiArguments(method, validArguments[method])).toEqual({
      ok: true,
      args: validArguments[method],
    });
    expect(parseApiArguments(method, invalidArguments[method]).ok).toBe(false);
  });

  it('names the field at fault', () => {
    expect(
      parseApiArguments('search', [{ query: 'x', filters: { countries: ['la'] }, extra: 1 }]),
    ).toEqual({
      ok: false,
      message:
        'search: request.filters.countries[0] must be a two-letter country code in upper case, like LA; request has unknown field(s): extra',
    });
    expect(parseApiArguments('search', [{}])).toEqual({
      ok: false,
      message: 'search: request.query is required',
    });
    expect(
      parseApiArguments('saveBookmark', [{ documentId: DOCUMENT_ID, page: 0, note: '' }]),
    ).toEqual({
      ok: false,
      message: 'saveBookmark: input.page must be 1 or more',
    });
  });

  it('explains a wrong number of arguments', () => {
    expect(parseApiArguments('stats', [1])).toEqual({
      ok: false,
      message: 'stats takes no arguments; received 1',
    });
    expect(parseApiArguments('getDocument', [])).toEqual({
      ok: false,
      message: 'getDocument takes 1 (id); received 0',
    });
    expect(parseApiArguments('getDocument', 'abc')).toEqual({
      ok: false,
      message: 'getDocument: the arguments must be a list, like [id]',
    });
  });

  it('asks the system dialog for one kind of file at a time', () => {
    expect(parseApiArguments('chooseFiles', [{ savePack: { name: 'Week 1' } }]).ok).toBe(true);
    expect(parseApiArguments('chooseFiles', [{ folder: true, signingKey: true }])).toEqual({
      ok: false,
      message:
        'chooseFiles: request asks for one kind of file at a time: folder, pack, signingKey, copyFolder, savePack, userData, saveUserData or ocrData',
    });
  });

  it('makes a pack or a static copy of a reading list or a search, never both', () => {
    const pack = (source: unknown) =>
      parseApiArguments('createPack', [
        { source, file: '/media/usb/week.pack', publisher: 'Trainer', signingKeyFile: null },
      ]);
    expect(pack({ listId: 3 }).ok).toBe(true);
    expect(pack({ query: '' }).ok).toBe(true);
    expect(pack({ query: 'forced labour', filters: { countries: ['VN'] } }).ok).toBe(true);
    expect(pack({ listId: 3, query: 'x' })).toEqual({
      ok: false,
      message:
        'createPack: request.source must be a reading list ({ listId }) or a search ({ query, filters })',
    });
    expect(
      parseApiArguments('exportStaticCopy', [
        { source: { listId: 1 }, folder: '/media/usb/copy', madeBy: 'x'.repeat(201) },
      ]),
    ).toEqual({
      ok: false,
      message: 'exportStaticCopy: request.madeBy must be at most 200 characters',
    });
  });

  it('accepts absolute paths on every platform and refuses the rest', () => {
    const paths = (list: string[]) => parseApiArguments('addFiles', [{ paths: list }]).ok;
    expect(paths(['/home/a.pdf', 'C:\\Users\\a.pdf', 'D:/a.pdf', '\\\\server\\share\\a.pdf'])).toBe(
      true,
    );
    expect(paths(['a.pdf'])).toBe(false);
    expect(paths(['/a\0.pdf'])).toBe(false);
    expect(paths([])).toBe(false);
  });
});
