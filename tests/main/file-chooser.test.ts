import { describe, expect, it } from 'vitest';
import { chooseFiles, openDialogOptions } from '#main/file-chooser.ts';
import type { OpenDialogLike } from '#main/file-chooser.ts';

// Electron's dialog cannot open here: a stand-in records what the chooser asks of it.
function dialogAnswering(answer: { canceled: boolean; filePaths: string[] } | Error) {
  const asked: Parameters<OpenDialogLike>[0][] = [];
  const dialog: OpenDialogLike = async (options) => {
    asked.push(options);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { dialog, asked };
}

describe('file chooser', () => {
  it('asks for several documents of the kinds the library reads', () => {
    const options = openDialogOptions({ folder: false });
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters?.[0]?.extensions).toEqual(
      expect.arrayContaining(['pdf', 'docx', 'md', 'html', 'txt']),
    );
    expect(options.filters?.[0]?.extensions.every((ext) => !ext.startsWith('.'))).toBe(true);
  });

  it('asks for one folder', () => {
    expect(openDialogOptions({ folder: true }).properties).toEqual(['openDirectory']);
  });

  it('asks for one library pack', () => {
    expect(openDialogOptions({ folder: false, pack: true })).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['pack', 'zip'] }],
    });
  });

  it('gives the picked paths, and nothing when the user cancels', async () => {
    const picked = dialogAnswering({ canceled: false, filePaths: ['/media/usb/handbook.pdf'] });
    expect(await chooseFiles(picked.dialog, { folder: false })).toEqual({
      ok: true,
      value: ['/media/usb/handbook.pdf'],
    });
    const cancelled = dialogAnswering({ canceled: true, filePaths: ['/ignored'] });
    expect(await chooseFiles(cancelled.dialog, { folder: true })).toEqual({ ok: true, value: [] });
    expect(cancelled.asked[0]?.properties).toEqual(['openDirectory']);
  });

  it('returns a dialog that fails as an error value', async () => {
    const broken = dialogAnswering(new Error('no display'));
    expect(await chooseFiles(broken.dialog, { folder: false })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The file dialog could not open: no display' },
    });
  });
});
