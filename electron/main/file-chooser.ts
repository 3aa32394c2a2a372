// "Choose files", "Choose a folder" and "Import a library pack" with the system's own dialog. The
// renderer never sees the file system: it gets back the paths the user picked, which addFiles,
// verifyPack and importPack then check like any other.
import type { ChooseFilesRequest, Result } from '#shared/api.ts';
import { SUPPORTED_EXTENSIONS } from '#core/ingest/file-format.ts';

/** What the chooser reads from Electron's dialog.showOpenDialog. */
export interface OpenDialogLike {
  (options: {
    title: string;
    properties: ('openFile' | 'openDirectory' | 'multiSelections')[];
    filters?: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export function openDialogOptions(request: ChooseFilesRequest): Parameters<OpenDialogLike>[0] {
  if (request.pack) {
    return {
      title: 'Choose a library pack',
      properties: ['openFile'],
      filters: [{ name: 'Library packs', extensions: ['pack', 'zip'] }],
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

export async function chooseFiles(
  showOpenDialog: OpenDialogLike,
  request: ChooseFilesRequest,
): Promise<Result<string[]>> {
  try {
    const picked = await showOpenDialog(openDialogOptions(request));
    return { ok: true, value: picked.canceled ? [] : picked.filePaths };
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
