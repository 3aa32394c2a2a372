// What the installers carry: electron-builder.yml's file patterns keep out what the interface's
// bundle already holds, and keep in what the desktop app loads at run time, OCR's page drawing
// (the native canvas) and recogniser with its language data included.
import { readFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from '#scripts/portal-ui/renderer-build.ts';

const { files } = parse(readFileSync(join(REPO_ROOT, 'electron-builder.yml'), 'utf8')) as {
  files: string[];
};
const exclusions = files.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
const packaged = (path: string) => !exclusions.some((pattern) => matchesGlob(path, pattern));

describe('electron-builder.yml files', () => {
  it.each([
    'node_modules/@napi-rs/canvas/index.js',
    'node_modules/@napi-rs/canvas-linux-x64-gnu/skia.linux-x64-gnu.node',
    'node_modules/tesseract.js/src/index.js',
    'node_modules/@tesseract.js-data/tha/4.0.0_best_int/tha.traineddata.gz',
    'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    'node_modules/pdfjs-dist/legacy/build/pdf.mjs',
  ])('packages %s', (path) => {
    expect(packaged(path)).toBe(true);
  });

  it.each(['node_modules/react/index.js', 'node_modules/@fontsource/noto-sans/400.css'])(
    'leaves out %s, already in the interface bundle',
    (path) => {
      expect(packaged(path)).toBe(false);
    },
  );
});
