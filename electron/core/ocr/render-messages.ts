// What the page-drawing process is asked and answers (render-pdf-page.ts, render-page-process.ts).

export interface RenderRequest {
  path: string;
  /** 1-based. */
  page: number;
  dpi: number;
}

export type RenderReply =
  | { ok: true; png: Uint8Array; width: number; height: number; dpi: number }
  | { ok: false; error: string };
