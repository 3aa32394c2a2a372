// The languages scanned pages can be read in, as Settings lists them: the data that ships with
// the app, the data the user added, and the library's languages with no data yet (Khmer until its
// file is added).

/** shipped: its data comes with the app; added: the user's own file; missing: no data yet. */
export type OcrLanguageState = 'shipped' | 'added' | 'missing';

export interface OcrLanguage {
  /** The recogniser's code for the data: eng, khm, … */
  code: string;
  /** The library's language code (en, km, …), or null for data of a language it does not list. */
  language: string | null;
  state: OcrLanguageState;
  /** The size of the data file, or null when it is missing. */
  bytes: number | null;
}

export interface OcrLanguageList {
  languages: OcrLanguage[];
  /** Files in the user's folder that were refused, each with why. */
  problems: string[];
}
