// The whole indexing's memory: the process that asks (here the test's, in the app the main
// process) and the indexing process it starts, with the extraction threads inside it, sampled
// from /proc while the fixture library is indexed with the engine's default number of threads.
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forkIngestHost } from '#core/ingest-host/fork-ingest-host.ts';
import type { IngestReport } from '#shared/types.ts';
import { sampleTreeRss, treeRss } from '../../helpers/process-tree-rss.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

const FIXTURE_LIBRARY = resolve(import.meta.dirname, '../../fixtures/multilingual/library');
const BUDGET_BYTES = 600 * 1024 * 1024;
const MB = 1024 * 1024;

describe('the memory of indexing in its own process', () => {
  it('keeps the app and its indexing process together under 600 MB', async () => {
    const root = tempFolder('portal-ingest-memory-');
    const libraryFolder = join(root, 'library');
    cpSync(FIXTURE_LIBRARY, libraryFolder, { recursive: true });

    const before = treeRss(process.pid);
    const peak = sampleTreeRss(process.pid);
    const result = await forkIngestHost().start<IngestReport>({
      libraryDbPath: join(root, 'library.sqlite'),
      userDbPath: join(root, 'user.sqlite'),
      libraryFolder,
      task: { kind: 'index' },
    }).finished;
    const peakBytes = peak.stop();

    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.indexed).toBeGreaterThanOrEqual(38);
    console.log(
      `Indexing ${result.value.indexed} documents (${result.value.pages} pages): peak RSS of the ` +
        `test's process and the indexing process together ${(peakBytes / MB).toFixed(0)} MB ` +
        `(the test's process alone ${(before / MB).toFixed(0)} MB before)`,
    );
    expect(peakBytes).toBeLessThan(BUDGET_BYTES);
  }, 180_000);
});
