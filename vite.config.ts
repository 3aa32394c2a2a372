// Builds the interface (renderer/) into dist/renderer, with relative asset URLs so the same files
// load from the desktop app's custom protocol, from `portal serve` and from a USB stick.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, defineConfig } from 'vite';
import type { Plugin, Rolldown } from 'vite';

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

/**
 * The page's head script (renderer/src/first-page-preload.ts), built apart as one classic script
 * and put in the page's head, loaded async: a module script would wait for the whole page and its
 * stylesheets before running.
 */
function headScript(): Plugin {
  let fileName = '';
  return {
    name: 'head-script',
    apply: 'build',
    async buildStart() {
      const built = await build({
        configFile: false,
        logLevel: 'warn',
        publicDir: false,
        build: {
          write: false,
          lib: {
            entry: resolve(here, 'renderer', 'src', 'first-page-preload.ts'),
            formats: ['iife'],
            name: 'firstPagePreload',
          },
        },
      });
      // One format: one output, whether or not Vite wraps it in a list.
      const [output] = [built].flat() as Rolldown.RolldownOutput[];
      const code = output!.output[0].code;
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
      fileName = `assets/first-page-preload-${hash}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    // Ahead of the interface's script, whose tag Vite writes last: its request goes out first.
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const appScript = '<script type="module"';
        if (!html.includes(appScript)) throw new Error('The page has no module script to precede.');
        return html.replace(
          appScript,
          `<script async src="./${fileName}"></script>\n    ${appScript}`,
        );
      },
    },
  };
}

export default defineConfig({
  root: resolve(here, 'renderer'),
  base: './',
  plugins: [react(), pdfjsResources(), headScript()],
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
