// The system's own dialogs for what the interface asks the user to pick: documents or a folder of
// them, a library pack to import, a publisher's signing key, where to save a new pack, the
// folder for a static copy, the file of the user's notes and lists to import or export, and a
// language's recognition data for scanned pages. The renderer never sees the file system: it gets back the paths the
// user picked, which the API's methods then check like any other.
import type { ChooseFilesRequest, Result } from '#shared/api.ts';
import { SUPPORTED_EXTENSIONS } from '#core/ingest/file-format.ts';

/** What the chooser reads from Electron's dialog.showOpenDialog. */
export interface OpenDialogLike {
  (options: {
    title: string;
    properties: (
      'openFile' | 'openDirectory' | 'multiSelections' | 'createDirectory' | 'promptToCreate'
    )[];
    filters?: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** What the chooser reads from Electron's dialog.showSaveDialog. */
export interface SaveDialogLike {
  (options: {
    title: string;
    defaultPath: string;
    properties: ('createDirectory' | 'showOverwriteConfirmation')[];
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string }>;
}

export interface SystemDialogs {
  open: OpenDialogLike;
  save: SaveDialogLike;
}

const PACK_EXTENSION = 'pack';
const USER_DATA_FILTERS = [{ name: 'Notes and lists', extensions: ['json'] }];
// Characters no file system on Windows, macOS or Linux takes in a name, and control characters.
// eslint-disable-next-line no-control-regex
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]+/g;
const MAX_NAME = 120;

/** A pack's file name from a reading list's or a search's name: safe on every system. */
export function packFileName(name: string): string {
  const safe = name
    .replace(NOT_IN_FILE_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME)
    .replace(/[\s.]+$/, '');
  return `${safe === '' ? 'library' : safe}.${PACK_EXTENSION}`;
}

export function openDialogOptions(request: ChooseFilesRequest): Parameters<OpenDialogLike>[0] {
  if (request.pack) {
    return {
      title: 'Choose a library pack',
      properties: ['openFile'],
      filters: [{ name: 'Library packs', extensions: [PACK_EXTENSION, 'zip'] }],
    };
  }
  if (request.userData) {
    return {
      title: 'Choose a file of notes and lists to import',
      properties: ['openFile'],
      filters: USER_DATA_FILTERS,
    };
  }
  if (request.ocrData) {
    return {
      title: 'Choose recognition data for a language',
      properties: ['openFile'],
      filters: [
        { name: 'Recognition data', extensions: ['traineddata', 'gz'] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
  }
  if (request.signingKey) {
    return {
      title: 'Choose your signing key',
      properties: ['openFile'],
      filters: [
        { name: 'Signing keys', extensions: ['pem'] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
  }
  if (request.copyFolder) {
    return {
      title: 'Choose a new or empty folder for the static copy',
      properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
    };
  }
  if (request.folder) {
    return { title: 'Choose a folder of documents', properties: ['openDirectory'] };
  }
  return {
    title: 'Choose documents',
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: 'Documents', extensions: SUPPORTED_EXTENSIONS.map((ext) => ext.slice(1)) }],
  };
}

export function saveDialogOptions(suggestedName: string): Parameters<SaveDialogLike>[0] {
  return {
    title: 'Save the library pack',
    defaultPath: packFileName(suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: [{ name: 'Library packs', extensions: [PACK_EXTENSION] }],
  };
}

/** Where to export the user's notes and lists, suggesting a name with the day's date. */
export function saveUserDataOptions(now: Date): Parameters<SaveDialogLike>[0] {
  return {
    title: 'Export your notes and lists',
    defaultPath: `portal-notes-and-lists-${now.toISOString().slice(0, 10)}.json`,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    filters: USER_DATA_FILTERS,
  };
}

async function pickedPaths(dialogs: SystemDialogs, request: ChooseFilesRequest) {
  const save = request.savePack
    ? saveDialogOptions(request.savePack.name)
    : request.saveUserData
      ? saveUserDataOptions(new Date())
      : null;
  if (save) {
    const saved = await dialogs.save(save);
    return saved.canceled || !saved.filePath ? [] : [saved.filePath];
  }
  const picked = await dialogs.open(openDialogOptions(request));
  return picked.canceled ? [] : picked.filePaths;
}

export async function chooseFiles(
  dialogs: SystemDialogs,
  request: ChooseFilesRequest,
): Promise<Result<string[]>> {
  try {
    return { ok: true, value: await pickedPaths(dialogs, request) };
  } catch (error) {
    return {
      ok: false,
      error: {
        code: 'failed',
        message: `The file dialog could not open: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}
