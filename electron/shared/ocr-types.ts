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

export interface OcrEngine {
  recognise(image: Uint8Array /* PNG or JPEG */, languages: string[]): Promise<OcrPage>;
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
