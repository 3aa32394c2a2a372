// Builds the desktop app's main process (with its worker threads and child processes) and its preload into
// dist/electron. `vite build -c vite.main.config.ts` builds the main process;
// `--mode preload` builds the preload, which Electron's sandbox needs as one CommonJS file.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import type { Plugin, UserConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const packageJson = JSON.parse(readFileSync(resolve(here, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};
const dependencies = Object.keys(packageJson.dependencies);

// Dependencies stay in node_modules (native better-sqlite3, pdf.js and its worker among them).
const isExternal = (id: string) =>
  id === 'electron' ||
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  dependencies.some((name) => id === name || id.startsWith(`${name}/`));

// Each worker thread and child process (the classroom's, indexing's, drawing pages for OCR, the OCR run's) is its
// own entry, built beside index.js under the same name.
const WORKER_ENTRIES = {
  'ingest-process': resolve(here, 'electron/core/ingest-host/ingest-process.ts'),
  'extract-worker': resolve(here, 'electron/core/ingest/extract-worker.ts'),
  'classroom-process': resolve(here, 'electron/core/classroom/classroom-process.ts'),
  'copy-worker': resolve(here, 'electron/core/outgoing/copy-worker.ts'),
  'search-worker': resolve(here, 'electron/core/search/search-worker.ts'),
  'render-page-process': resolve(here, 'electron/core/ocr/render-page-process.ts'),
  'ocr-run-process': resolve(here, 'electron/core/ocr-run/ocr-run-process.ts'),
};

/**
 * Sources start workers with `new URL('./name.ts', import.meta.url)`, which Node runs directly in
 * development and tests. In the bundle every entry sits in one folder as name.js.
 */
function workerEntryUrls(): Plugin {
  const names = Object.keys(WORKER_ENTRIES);
  return {
    name: 'portal-worker-entry-urls',
    enforce: 'pre',
    transform(code) {
      let changed = code;
      for (const name of names) {
        changed = changed.replaceAll(
          `new URL('./${name}.ts', import.meta.url)`,
          `new URL('./${name}.js', import.meta.url)`,
        );
      }
      return changed === code ? null : { code: changed, map: null };
    },
  };
}

const mainConfig: UserConfig = {
  publicDir: false,
  plugins: [workerEntryUrls()],
  build: {
    ssr: true,
    target: 'node22',
    outDir: resolve(here, 'dist/electron/main'),
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    rollupOptions: {
      input: { index: resolve(here, 'electron/main/index.ts'), ...WORKER_ENTRIES },
      external: isExternal,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
};

const preloadConfig: UserConfig = {
  publicDir: false,
  build: {
    target: 'chrome140',
    outDir: resolve(here, 'dist/electron/preload'),
    emptyOutDir: true,
    minify: false,
    lib: {
      entry: resolve(here, 'electron/preload/index.ts'),
      formats: ['cjs'],
      fileName: () => 'index.cjs',
    },
    rollupOptions: { external: ['electron'] },
  },
};

export default defineConfig(({ mode }) => (mode === 'preload' ? preloadConfig : mainConfig));
