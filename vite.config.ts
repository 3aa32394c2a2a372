// Builds the interface (renderer/) into dist/renderer, with relative asset URLs so the same files
// load from the desktop app's custom protocol, from `portal serve` and from a USB stick.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const pdfjsDir = resolve(here, 'node_modules', 'pdfjs-dist');

/** pdf.js's data files, which it fetches by folder URL: standard fonts, CMaps, colour profiles, decoders. */
const PDFJS_RESOURCES: { folder: string; keep: (name: string) => boolean }[] = [
  { folder: 'standard_fonts', keep: (name) => !name.startsWith('LICENSE') },
  { folder: 'cmaps', keep: (name) => name.endsWith('.bcmap') },
  { folder: 'iccs', keep: (name) => name.endsWith('.icc') },
  // The image decoders, without the scripting engine (scripting stays off).
  { folder: 'wasm', keep: (name) => !name.startsWith('quickjs') && !name.startsWith('LICENSE') },
];

function pdfjsResources(): Plugin {
  return {
    name: 'pdfjs-resources',
    apply: 'build',
    generateBundle() {
      for (const { folder, keep } of PDFJS_RESOURCES) {
        for (const name of readdirSync(join(pdfjsDir, folder)).filter(keep)) {
          this.emitFile({
            type: 'asset',
            fileName: `pdfjs/${folder}/${name}`,
            source: readFileSync(join(pdfjsDir, folder, name)),
          });
        }
      }
    },
  };
}

export default defineConfig({
  root: resolve(here, 'renderer'),
  base: './',
  plugins: [react(), pdfjsResources()],
  build: {
    outDir: resolve(here, 'dist', 'renderer'),
    emptyOutDir: true,
    // Everything is read from disk: no size warnings for the PDF worker and the fonts.
    chunkSizeWarningLimit: 4096,
    // Fonts and the PDF worker stay files, never data: URLs.
    assetsInlineLimit: 0,
  },
  // The PDF worker is started as a module worker (see pdf-worker-port.ts).
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
