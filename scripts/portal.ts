#!/usr/bin/env node
// The portal command line: index, search, stats, show, serve, export-site, library packs, the
// user's own notes and lists, and reading scanned pages.
import { parseArgs } from 'node:util';
import { IngestError } from '#core/ingest/ingest-error.ts';
import { DEFAULT_READ_LIMITS } from '#core/ingest/read-limits.ts';
import {
  indexCommand,
  searchCommand,
  showCommand,
  statsCommand,
  UsageError,
} from './cli/commands.ts';
import type { Flags } from './cli/commands.ts';
import { doNotShareCommand, keysCommand, packCommand } from './cli/pack-commands.ts';
import { userCommand } from './cli/user-commands.ts';

const USAGE = `Usage: portal <command> [options]

  index <folder> [--db FILE] [--workers N] [--replace] [--json]
        [--max-pages-per-file N] [--max-seconds-per-file N]
        [--ocr [--ocr-workers N] [--ocr-data DIR] | --no-ocr]
      Index a library folder (documents plus optional catalog.yaml and taxonomy.yaml). A file is
      read for at most ${DEFAULT_READ_LIMITS.pagesPerFile} pages and ${DEFAULT_READ_LIMITS.secondsPerFile} seconds; raise these for a known long document.
      --ocr then reads the scanned pages (2 at a time unless --ocr-workers says; Ctrl+C stops
      cleanly) and indexes their documents again; without it (or with --no-ocr) they wait.
  search "<query>" [--country CODE] [--org NAME] [--theme NAME] [--type T] [--lang L]
         [--year Y] [--sort relevance|year|title] [--limit N] [--offset N] [--json] [--db FILE]
      Words, "phrases", prefix*, -exclusion and OR. Filters take comma-separated values.
  stats [--db FILE] [--json]
  show <document-id> [--db FILE] [--json]
  serve [--port N] [--lan] [--stop-after 4h] [--db FILE]
      Serve the portal to browsers: on this computer only, or with --lan to the local network,
      where visitors need the room code (the printed address and QR code carry it). Stops by
      itself after --stop-after (hours, minutes or seconds: 3h, 90m, 1h30m; 4h unless given).
  keys generate <file>
      Make a publisher's signing key; prints its fingerprint to read out to those who import.
  pack create <out-file> --publisher NAME [--query "<words>"] [the search filters | --list NAME]
              [--sign KEYFILE] [--db FILE]
      Pack the documents a search finds (the whole library without one), or a reading list's in
      its order, leaving out those marked "do not share".
  pack verify <file> [--db FILE]
      Check every file of a pack and say who signed it.
  pack import <file> [--require-signature] [--trust FINGERPRINT] [--db FILE]
      Check, then add a pack's documents to the library (under imported/) and index them.
  do-not-share <document-id> [--clear] [--db FILE]
      Keep a document out of every pack (court decisions that name victims).
  export-site <folder> [--country CODE] [--org NAME] [--theme NAME] [--type T] [--lang L]
              [--year Y] [--list NAME] [--made-by NAME] [--copy-language CODE] [--replace]
              [--json] [--db FILE]
      Write the library, the documents the filters choose, or a reading list (opening on the list
      and its notes), as a static copy that opens from index.html in any browser (run npm run
      build first). Its pages speak English, or the interface language --copy-language names
      (en, vi, th, lo, km, id, my, ms, fil).
  user backups [--json] | user back-up | user restore <backup-name>
      The copies of your notes and lists (bookmarks, highlights, reading lists, trusted keys)
      kept in backups/ beside the user database: list them, make one now, or put one back (what
      is there is copied first, so a restore can be undone).
  user export <file> | user import <file>
      Everything you wrote as one file, and such a file added to what is here (nothing twice).
  ocr languages [--ocr-data DIR] [--json]
      The languages scanned pages can be read in: the shipped data, and .traineddata files added
      to the data folder's ocr-data/ or the folder --ocr-data names (Khmer comes only that way).
  ocr add <file.traineddata> | ocr remove <code>
      Check a language's recognition data file (.traineddata or .traineddata.gz) and copy it into
      the data folder's ocr-data/, or remove one added (a shipped language's data comes back).
  ocr read <image-or-pdf> [--lang L] [--page N] [--dpi N] [--ocr-data DIR] [--json]
      Read one scanned page (a PNG or JPEG, or a PDF page drawn at --dpi, 300 unless given) in
      the languages given (en unless given; English is always read beside them).
  ocr run [--db FILE] [--ocr-workers N] [--ocr-data DIR] [--json]
      Read the library's scanned pages that wait for OCR (as index --ocr does after indexing);
      pages read before are never read again.

Without --db, the library in your user data folder is used; it is built from the sample library
on first use.`;

const COMMANDS: Record<string, (args: string[], flags: Flags) => Promise<number>> = {
  index: indexCommand,
  search: searchCommand,
  stats: statsCommand,
  show: showCommand,
  serve: async (args, flags) => (await import('./cli/serve-command.ts')).serveCommand(args, flags),
  keys: keysCommand,
  pack: packCommand,
  'do-not-share': doNotShareCommand,
  'export-site': async (args, flags) =>
    (await import('./cli/export-site-command.ts')).exportSiteCommand(args, flags),
  user: userCommand,
  ocr: async (args, flags) => (await import('./cli/ocr-command.ts')).ocrCommand(args, flags),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    allowNegative: true,
    strict: true,
    options: {
      db: { type: 'string' },
      workers: { type: 'string' },
      'max-pages-per-file': { type: 'string' },
      'max-seconds-per-file': { type: 'string' },
      replace: { type: 'boolean' },
      json: { type: 'boolean' },
      country: { type: 'string', multiple: true },
      org: { type: 'string', multiple: true },
      theme: { type: 'string', multiple: true },
      type: { type: 'string', multiple: true },
      lang: { type: 'string', multiple: true },
      year: { type: 'string', multiple: true },
      sort: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
      port: { type: 'string' },
      lan: { type: 'boolean' },
      'stop-after': { type: 'string' },
      publisher: { type: 'string' },
      query: { type: 'string' },
      sign: { type: 'string' },
      'require-signature': { type: 'boolean' },
      trust: { type: 'string', multiple: true },
      clear: { type: 'boolean' },
      'made-by': { type: 'string' },
      'copy-language': { type: 'string' },
      list: { type: 'string' },
      'ocr-data': { type: 'string' },
      ocr: { type: 'boolean' },
      'ocr-workers': { type: 'string' },
      page: { type: 'string' },
      dpi: { type: 'string' },
    },
  });
  return run(positionals, values as Flags);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const expected =
      error instanceof UsageError ||
      error instanceof IngestError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`portal: ${(error as Error).message}\n`);
    if (!expected && process.env.PORTAL_DEBUG) process.stderr.write(`${(error as Error).stack}\n`);
    process.exitCode = expected ? 2 : 1;
  },
);
