import type { ExtractedDocument } from './extract-document.ts';

export interface ExtractRequest {
  id: number;
  path: string;
  bytes: ArrayBuffer;
}

export type ExtractResponse =
  | { id: number; ok: true; document: ExtractedDocument }
  | { id: number; ok: false; expected: boolean; message: string };
