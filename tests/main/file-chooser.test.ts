import { describe, expect, it } from 'vitest';
import {
  chooseFiles,
  openDialogOptions,
  packFileName,
  saveDialogOptions,
  saveUserDataOptions,
} from '#main/file-chooser.ts';
import type { OpenDialogLike, SaveDialogLike, SystemDialogs } from '#main/file-chooser.ts';

// Electron's dialogs cannot open here: stand-ins record what the chooser asks of them.
function dialogAnswering(answer: { canceled: boolean; filePaths: string[] } | Error) {
  const asked: Parameters<OpenDialogLike>[0][] = [];
  const saves: Parameters<SaveDialogLike>[0][] = [];
  const dialog: SystemDialogs = {
    open: async (options) => {
      asked.push(options);
      if (answer instanceof Error) throw answer;
      return answer;
    },
    save: async (options) => {
      saves.push(options);
      if (answer instanceof Error) throw answer;
      return { canceled: answer.canceled, filePath: answer.filePaths[0] };
    },
  };
  return { dialog, asked, saves };
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

  it('asks for a signing key file, and for a folder that may be made new for a static copy', () => {
    expect(openDialogOptions({ signingKey: true })).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['pem'] }, { extensions: ['*'] }],
    });
    expect(openDialogOptions({ copyFolder: true }).properties).toEqual([
      'openDirectory',
      'createDirectory',
      'promptToCreate',
    ]);
  });

  it("saves a new pack under a name made from the list's, asking before it replaces a file", async () => {
    expect(saveDialogOptions('Week 1: evidence / interviews')).toMatchObject({
      defaultPath: 'Week 1 evidence interviews.pack',
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      filters: [{ extensions: ['pack'] }],
    });
    const picked = dialogAnswering({ canceled: false, filePaths: ['/media/usb/week1.pack'] });
    expect(await chooseFiles(picked.dialog, { savePack: { name: 'Week 1' } })).toEqual({
      ok: true,
      value: ['/media/usb/week1.pack'],
    });
    expect(picked.asked).toEqual([]);
    expect(picked.saves[0]?.defaultPath).toBe('Week 1.pack');
    const cancelled = dialogAnswering({ canceled: true, filePaths: [] });
    expect(await chooseFiles(cancelled.dialog, { savePack: { name: 'x' } })).toEqual({
      ok: true,
      value: [],
    });
  });

  it('asks for a file of notes and lists to import, and where to export one', async () => {
    expect(openDialogOptions({ userData: true })).toMatchObject({
      properties: ['openFile'],
      filters: [{ extensions: ['json'] }],
    });
    expect(saveUserDataOptions(new Date('2026-12-07T11:00:00Z'))).toMatchObject({
      defaultPath: 'portal-notes-and-lists-2026-12-07.json',
      properties: ['createDirectory', 'showOverwriteConfirmation'],
      filters: [{ extensions: ['json'] }],
    });
    const picked = dialogAnswering({ canceled: false, filePaths: ['/media/usb/notes.json'] });
    expect(await chooseFiles(picked.dialog, { saveUserData: true })).toEqual({
      ok: true,
      value: ['/media/usb/notes.json'],
    });
    expect(picked.saves[0]?.defaultPath).toMatch(/^portal-notes-and-lists-\d{4}-\d\d-\d\d\.json$/);
  });

  it('makes a file name every system takes', () => {
    expect(packFileName('CON?*<>|"\u0007. ')).toBe('CON.pack');
    expect(packFileName(' .. ')).toBe('library.pack');
    expect(packFileName('Thai ฝึกอบรม')).toBe('Thai ฝึกอบรม.pack');
    expect(packFileName('x'.repeat(300))).toHaveLength(120 + '.pack'.length);
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
