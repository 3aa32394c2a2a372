// Builds the static copy's page script (renderer/static-copy) into dist/static-copy as one classic
// script with its stylesheet: Chromium runs no module scripts from file://, where copies open.
// `portal export-site` copies both files into every copy it writes.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: resolve(here, 'dist', 'static-copy'),
    emptyOutDir: true,
    cssCodeSplit: false,
    lib: {
      entry: resolve(here, 'renderer/static-copy/main.ts'),
      formats: ['iife'],
      name: 'portalStaticCopy',
      fileName: () => 'static-copy.js',
      cssFileName: 'static-copy',
    },
  },
});
