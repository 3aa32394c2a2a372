// The pdf.js getDocument options under which this project opens any PDF, in the indexer (Node)
// and in the reader (renderer) alike. Kept free of Node imports so the browser build can use it.
//
// pdf.js 6 has no `isEvalSupported` option any more: it never compiles code from a PDF (fonts and
// PostScript functions are interpreted). Document JavaScript only runs through pdf.js's scripting
// sandbox, which this project never loads (no `enableScripting` in the reader).
export const safePdfOptions = {
  /** XFA forms are an XML application with their own scripts; the static page content is enough. */
  enableXfa: false,
  /** Fonts embedded in the file are not handed to the platform's font engine (a classic attack surface). */
  disableFontFace: true,
  /** Nothing is looked up outside the file and the bundled pdf.js data. */
  useSystemFonts: false,
  /** A broken font or image on one page should cost that glyph or image, not the whole document. */
  stopAtErrors: false,
  /** Warnings about sloppy PDFs are routine; only errors are worth a line in the log. */
  verbosity: 0,
} as const;
