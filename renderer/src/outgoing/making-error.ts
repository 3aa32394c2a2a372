// An error from createPack or exportStaticCopy in the interface's language: a refusal the engine
// names (a key that cannot be read, a folder that is not empty…) is said in the user's words;
// anything else keeps the engine's own message.
import { useTranslation } from 'react-i18next';
import type { ApiError } from '#shared/api.ts';
import type { MakingRefusal } from '#shared/pack-types.ts';

const REFUSAL_KEYS = {
  'key-unreadable': 'outgoing.refusals.keyUnreadable',
  'key-invalid': 'outgoing.refusals.keyInvalid',
  'file-exists': 'outgoing.refusals.fileExists',
  'pack-too-large': 'outgoing.refusals.packTooLarge',
  'nothing-to-share': 'outgoing.refusals.nothingToShare',
  'folder-is-file': 'outgoing.refusals.folderIsFile',
  'folder-not-empty': 'outgoing.refusals.folderNotEmpty',
  'page-script-missing': 'outgoing.refusals.pageScriptMissing',
} as const satisfies Record<MakingRefusal, string>;

export function useMakingError(): (error: ApiError) => ApiError {
  const { t } = useTranslation();
  return (error) => (error.refusal ? { ...error, message: t(REFUSAL_KEYS[error.refusal]) } : error);
}
