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
