import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..', '..');

/** The modules a fresh Node process loads when it imports `specifier`. */
function modulesLoadedBy(specifier: string): string[] {
  const script = `
    import { registerHooks } from 'node:module';
    const seen = [];
    registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });
    await import(${JSON.stringify(specifier)});
    console.log(JSON.stringify(seen));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(child.stderr).toBe('');
  return JSON.parse(child.stdout) as string[];
}

describe('the thread that writes the library while workers read the files', () => {
  it('never loads pdf.js or the file readers, which stay in the extraction workers', () => {
    const loaded = modulesLoadedBy('#core/ingest/index-folder.ts');
    expect(loaded.some((url) => url.endsWith('/ingest/index-folder.ts'))).toBe(true);
    expect(loaded.filter((url) => /pdfjs-dist|\/ingest\/extract-document\.ts$/.test(url))).toEqual(
      [],
    );
  });
});
