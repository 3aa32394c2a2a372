// A static copy written by the exporter for tests, and its data scripts read back in Node.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import lunr from 'lunr';
import { openPortal, type Portal } from '#core/portal.ts';
import { exportSite, type ExportSiteOptions } from '#core/static-copy/export-site.ts';
import { COPY_GLOBALS, COPY_PATHS, type CopyCatalog } from '#shared/static-copy/copy-format.ts';
import { writeFiles } from './temp-folder.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const BUILT_PAGE_DIR = join(REPO_ROOT, 'dist', 'static-copy');

/** Builds the copy's page script and stylesheet into `outDir` (as `npm run build` does into dist). */
export function buildPageAssets(outDir: string): { script: string; style: string } {
  const assets = { script: join(outDir, 'static-copy.js'), style: join(outDir, 'static-copy.css') };
  if (existsSync(assets.script) && existsSync(assets.style)) return assets;
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '-c', 'vite.static-copy.config.ts', '--outDir', outDir, '--logLevel', 'warn'],
    { cwd: REPO_ROOT, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`Building the copy's page script failed:\n${run.stderr}`);
  return assets;
}

/** A library of `libraryFolder` indexed into databases in `data`. */
export async function indexedPortal(data: string, libraryFolder: string): Promise<Portal> {
  const portal = openPortal({
    libraryDbPath: join(data, 'library.sqlite'),
    userDbPath: join(data, 'user.sqlite'),
    libraryFolder,
  });
  await portal.index(libraryFolder, { workers: 0 });
  return portal;
}

/** Writes a copy of `portal`'s library into `folder`, with placeholder page assets. */
export async function exportForTest(
  portal: Portal,
  folder: string,
  options: Partial<ExportSiteOptions> = {},
) {
  const assets = `${folder}-assets`;
  writeFiles(assets, { 'page.js': '// page script\n', 'page.css': '/* page style */\n' });
  return exportSite(portal.api, {
    folder,
    selection: { filters: {} },
    madeBy: 'Test Team',
    language: 'en',
    madeAt: new Date('2026-03-01T09:30:00Z'),
    pageAssets: { script: join(assets, 'page.js'), style: join(assets, 'page.css') },
    documentFile: (id) => portal.resolveDocumentFile(id),
    isShareable: (id) => portal.isShareable(id),
    ...options,
  });
}

/** Runs one of the copy's data scripts and returns what it assigned to `global`. */
export function readDataScript(folder: string, path: string, global: string): unknown {
  const sandbox: Record<string, unknown> = {};
  runInNewContext(readFileSync(join(folder, path), 'utf8'), sandbox);
  return sandbox[global];
}

export function readCopy(folder: string): { catalog: CopyCatalog; index: lunr.Index } {
  return {
    catalog: readDataScript(folder, COPY_PATHS.catalog, COPY_GLOBALS.catalog) as CopyCatalog,
    index: lunr.Index.load(readDataScript(folder, COPY_PATHS.index, COPY_GLOBALS.index) as object),
  };
}
