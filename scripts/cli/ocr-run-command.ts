// Reading a library's scanned pages from the command line: `portal index --ocr` after indexing,
// and `portal ocr run` on its own. The run is the desktop's (electron/core/ocr-run/): a process of
// its own, at the lowest priority, that indexes each document again as its pages are done.
// Ctrl+C stops it cleanly: the page being read is given back, what was read stays searchable.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { OcrRunProgress, OcrRunReport } from '#shared/ocr-run-types.ts';
import { ocrDataFolders } from '#core/ocr/ocr-languages.ts';
import { forkOcrRunChild } from '#core/ocr-run/fork-ocr-run.ts';
import { MAX_RUN_WORKERS } from '#core/ocr-run/ocr-run-messages.ts';
import { startOcrRun } from '#core/ocr-run/ocr-run-host.ts';
import { UsageError, parse } from './commands.ts';
import type { Flags } from './commands.ts';
import { dataFolder } from './default-paths.ts';

/** Pages read at once from the command line: two recognisers, about 300 MB. */
export const CLI_OCR_WORKERS = 2;

const err = (s: string) => process.stderr.write(`${s}\n`);

/** --ocr-data DIR, checked: a folder that exists. */
export function ocrDataFlag(flags: Flags): string | undefined {
  const value = flags['ocr-data'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '')
    throw new UsageError('--ocr-data must name a folder of .traineddata files.');
  const folder = resolve(value);
  const stat = statSync(folder, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`--ocr-data: the folder ${folder} does not exist.`);
  if (!stat.isDirectory())
    throw new UsageError(`--ocr-data: ${folder} is a file; name the folder that holds it.`);
  return folder;
}

function ocrWorkers(flags: Flags): number {
  if (flags['ocr-workers'] === undefined) return CLI_OCR_WORKERS;
  return parse(
    z.coerce
      .number({ error: '--ocr-workers must be a number' })
      .int('--ocr-workers must be a whole number')
      .min(1, '--ocr-workers must be at least 1')
      .max(MAX_RUN_WORKERS, `--ocr-workers must be at most ${MAX_RUN_WORKERS}`),
    flags['ocr-workers'],
  );
}

/** Checks the OCR flags before any work starts, so a typo fails at once, not after indexing. */
export function checkOcrFlags(flags: Flags): void {
  if (
    flags.ocr === false &&
    (flags['ocr-workers'] !== undefined || flags['ocr-data'] !== undefined)
  )
    throw new UsageError('--no-ocr cannot go with --ocr-workers or --ocr-data.');
  for (const flag of ['ocr-workers', 'ocr-data'])
    if (!flags.ocr && flags[flag] !== undefined)
      throw new UsageError(`--${flag} goes with --ocr (or portal ocr run).`);
  ocrWorkers(flags);
  ocrDataFlag(flags);
}

function progressLine(p: OcrRunProgress): string {
  const at = p.current ? ` ${p.current}, page ${p.page}` : '';
  return `OCR [${p.done}/${p.total}]${at}`.slice(0, 100);
}

export function describeOcrReport(report: OcrRunReport): string {
  const lines = [
    `OCR: ${report.recognised} page${report.recognised === 1 ? '' : 's'} read, ${report.failed.length} failed, ${report.reindexed} document${report.reindexed === 1 ? '' : 's'} indexed again with the words read, in ${(report.elapsedMs / 1000).toFixed(1)} s.`,
  ];
  for (const f of report.failed)
    lines.push(`  failed: ${f.documentId.slice(0, 12)} page ${f.page}: ${f.message}`);
  if (report.stopped)
    lines.push(
      'Stopped: the pages left are read by the next `portal ocr run` or `portal index --ocr`.',
    );
  return lines.join('\n');
}

/** Runs OCR over the library's waiting pages with progress on stderr; Ctrl+C stops it. */
export async function runOcrFromCli(
  libraryDbPath: string,
  libraryFolder: string,
  flags: Flags,
): Promise<OcrRunReport> {
  const tty = process.stderr.isTTY;
  let lastShown = 0;
  const job = startOcrRun(
    forkOcrRunChild(),
    {
      libraryDbPath,
      libraryFolder,
      dataFolders: ocrDataFolders({ dataFolder: dataFolder(), ocrDataFlag: ocrDataFlag(flags) }),
      cacheFolder: join(dataFolder(), 'ocr-cache'),
      workers: ocrWorkers(flags),
      drawInProcess: false,
    },
    {
      onProgress: (p) => {
        const now = Date.now();
        if (now - lastShown < (tty ? 200 : 5000) && p.done !== p.total) return;
        lastShown = now;
        if (tty) process.stderr.write(`\r\u001b[2K${progressLine(p)}`);
        else err(progressLine(p));
      },
    },
  );
  const stop = () => {
    err('\nStopping OCR after giving back the page being read...');
    job.stop();
  };
  process.once('SIGINT', stop);
  try {
    const result = await job.finished;
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  } finally {
    process.off('SIGINT', stop);
    if (tty && lastShown) process.stderr.write('\r\u001b[2K');
  }
}
