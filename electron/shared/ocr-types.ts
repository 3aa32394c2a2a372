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
}

export interface OcrEngine {
  recognise(image: Uint8Array, languages: string[]): Promise<OcrPage>;
  close(): Promise<void>;
}
