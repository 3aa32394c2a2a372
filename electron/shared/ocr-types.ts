// What optical character recognition makes of one page image: shared by the recognising engine,
// the library that stores its words, and the pages that show where the text came from.

export interface OcrWord {
  text: string;
  box: [x0: number, y0: number, x1: number, y1: number];
  confidence: number;
}

export interface OcrPage {
  text: string;
  words: OcrWord[];
  confidence: number;
  width: number;
  height: number;
  languages: string[];
  model: string;
  /**
   * Degrees (clockwise) the image was turned to stand upright before it was read; the boxes,
   * width and height are those of the turned image. 0 for a page scanned the right way up.
   */
  rotation?: 0 | 90 | 180 | 270;
}

/** One model's trial reading of a few lines of a page, as language detection weighed it. */
export interface LanguageTrial {
  /** The library's code of the language whose model read: 'vi' stands for every Latin one. */
  language: string;
  /** The recogniser's mean word confidence, 0 to 100. */
  confidence: number;
  /** Letters of the reading, and how many of them stand in the language's common words. */
  letters: number;
  commonWords: number;
  /** Milliseconds the reading took, the model's loading included. */
  ms: number;
}

/** Which language a scanned page is in, by trial readings of a strip of its lines. */
export interface LanguageDetection {
  /** The library's language code ('en', 'th', …): the language read best. */
  language: string;
  /** False when no model read clearly better than the others: `language` is then a guess. */
  sure: boolean;
  trials: LanguageTrial[];
  /** Milliseconds the whole detection took. */
  ms: number;
}

export interface OcrEngine {
  recognise(image: Uint8Array /* PNG or JPEG */, languages: string[]): Promise<OcrPage>;
  /** The language a page is in, for a document whose language nothing else names. */
  detectLanguage(image: Uint8Array /* PNG or JPEG */): Promise<LanguageDetection>;
  close(): Promise<void>;
}

/** A page and the document it belongs to, as the API's page methods take them. */
export interface PageRequest {
  id: string;
  page: number;
}

/**
 * What OCR recognised on one page, for the reader to lay over the page image: the words with their
 * boxes in pixels of the image as read (width × height, after its turn by `rotation`).
 */
export interface PageWords {
  page: number;
  words: OcrWord[];
  width: number;
  height: number;
  rotation: 0 | 90 | 180 | 270;
  model: string;
  confidence: number;
  languages: string[];
}

/** A page image the document's file cannot be shown as (a TIFF frame), as a PNG. */
export interface PageImage {
  page: number;
  width: number;
  height: number;
  /** The PNG's bytes, in base64. */
  png: string;
}
