import type { ExtractedDocument } from './extract-document.ts';
import type { ReadLimits } from './read-limits.ts';

export interface ExtractRequest {
  id: number;
  path: string;
  bytes: ArrayBuffer;
  limits: ReadLimits;
}

export type ExtractResponse =
  | { id: number; ok: true; document: ExtractedDocument }
  | { id: number; ok: false; expected: boolean; message: string };
