// The rule that keeps SQL behind the typed stores: a statement prepared anywhere else in the
// code is refused, in the store it passes.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: REPO_ROOT });
const CODE =
  "export const count = (db: { prepare(sql: string): unknown }) => db.prepare('SELECT 1');\n";

async function refusals(filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(CODE, { filePath: resolve(REPO_ROOT, filePath) });
  return result!.messages
    .filter((message) => message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

describe('statements are prepared in the stores only', () => {
  it.each([
    'electron/core/portal.ts',
    'electron/core/search/search.ts',
    'electron/core/ingest/index-folder.ts',
    'electron/main/library-session.ts',
    'scripts/cli/commands.ts',
    'scripts/bench/engine-bench.ts',
  ])('refused in %s', async (file) => {
    expect(await refusals(file)).toEqual([expect.stringContaining('electron/core/store only')]);
  });

  it.each(['electron/core/store/library/documents.ts', 'tests/core/search/search.test.ts'])(
    'allowed in %s',
    async (file) => {
      expect(await refusals(file)).toEqual([]);
    },
  );
});
