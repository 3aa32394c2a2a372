// The fonts the app bundles (@fontsource's Noto Sans for Latin and Vietnamese, Thai, Lao, Khmer
// and Burmese, regular and semibold), copied into the copy with one stylesheet: court laptops
// often lack fonts for these scripts, and a copy must never reach for the network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FAMILIES = [
  'noto-sans',
  'noto-sans-thai',
  'noto-sans-lao',
  'noto-sans-khmer',
  'noto-sans-myanmar',
];
const WEIGHTS = [400, 600];
const FONT_URL =
  /url\(\.\/files\/([\w.-]+\.woff2)\) format\('woff2'\)(?:, url\([^)]*\) format\('woff'\))?/g;

export interface CopyFonts {
  css: string;
  /** Font files by name, to be written beside the stylesheet under fonts/. */
  files: Map<string, string>;
}

export function collectFonts(): CopyFonts {
  const require = createRequire(import.meta.url);
  const files = new Map<string, string>();
  const sheets: string[] = [];
  for (const family of FAMILIES) {
    for (const weight of WEIGHTS) {
      const sheetPath = require.resolve(`@fontsource/${family}/${weight}.css`);
      const sheet = readFileSync(sheetPath, 'utf8');
      sheets.push(
        sheet.replace(FONT_URL, (_, name: string) => {
          files.set(name, join(dirname(sheetPath), 'files', name));
          return `url(fonts/${name}) format('woff2')`;
        }),
      );
    }
  }
  return { css: sheets.join('\n'), files };
}
