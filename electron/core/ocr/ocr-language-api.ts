// The API's methods for the languages scanned pages are read in: the list Settings shows, and
// adding or removing the user's own recognition data in the data folder.
import type { PortalApi, Result } from '#shared/api.ts';
import { addOcrData, listOcrLanguages, removeOcrData } from './added-ocr-data.ts';
import { OcrDataError } from './ocr-languages.ts';

type OcrLanguageMethod = 'listOcrLanguages' | 'addOcrLanguage' | 'removeOcrLanguage';

export function ocrLanguageApi(
  dataFolder: string | null,
  result: <T>(work: () => T | Promise<T>) => Promise<Result<T>>,
): Pick<PortalApi, OcrLanguageMethod> {
  const folder = () => {
    if (dataFolder === null)
      throw new OcrDataError('This app was started without a data folder for recognition data.');
    return dataFolder;
  };
  return {
    listOcrLanguages: () => result(() => listOcrLanguages(dataFolder)),
    addOcrLanguage: ({ file }) =>
      result(() => {
        addOcrData(folder(), file);
        return listOcrLanguages(folder());
      }),
    removeOcrLanguage: (code) =>
      result(() => {
        removeOcrData(folder(), code);
        return listOcrLanguages(folder());
      }),
  };
}
