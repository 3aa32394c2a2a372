// OCR benchmark (not a test): the engine (tesseract.js, WebAssembly, 2 worker threads) against
// Debian's tesseract command on the same fixture pages in the same run: pages per second, and
// the character error rate per language against each page's source text. Both read the same
// data: the shipped files gunzipped into a --tessdata-dir for the command, Debian's Khmer data
// added to the engine as the person's own file. The command runs as two processes at once with
// OMP_THREAD_LIMIT=1 (one core each, as the engine's two workers), --oem 1 --psm 3.
// Targets: the engine's error rate no worse than the command's + 1 point, under 3% for English
// and Vietnamese at 200 dpi; its throughput at least 0.7 × the command's.
// Needs tesseract-ocr (and tesseract-ocr-khm). Usage: npm run bench:ocr [-- --rounds 2]
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { characterErrorRate } from '#core/ocr/character-error-rate.ts';
import { ocrDataFolders, scanOcrData, tesseractLanguages } from '#core/ocr/ocr-languages.ts';
import { createOcrEngine } from '#core/ocr/recognise-page.ts';
import { OCR_FIXTURES } from '../fixtures/ocr-fixture-pages.ts';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures', 'ocr');
const DEBIAN_TESSDATA = '/usr/share/tesseract-ocr/5/tessdata';
const PROCESSES = 2;

const { values: args } = parseArgs({ options: { rounds: { type: 'string', default: '1' } } });
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error('--rounds must be a whole number from 1.');

const run = promisify(execFile);
const work = join(tmpdir(), `ocr-bench-${process.pid}`);
const tessdata = join(work, 'tessdata');
const userData = join(work, 'data');
mkdirSync(tessdata, { recursive: true });
mkdirSync(join(userData, 'ocr-data'), { recursive: true });

// Pages scanned upright only: the command with --psm 3 does not turn sideways pages.
const fixtures = OCR_FIXTURES.filter((fixture) => !fixture.rotate);
const pages = fixtures.map((fixture) => ({
  ...fixture,
  codes: tesseractLanguages([fixture.language]),
  image: readFileSync(join(FIXTURES, `${fixture.name}.png`)),
  source: readFileSync(join(FIXTURES, `${fixture.name}.txt`), 'utf8'),
}));

// The same data for both.
copyFileSync(
  join(DEBIAN_TESSDATA, 'khm.traineddata'),
  join(userData, 'ocr-data', 'khm.traineddata'),
);
const dataFolders = ocrDataFolders({ dataFolder: userData });
const { files } = scanOcrData(dataFolders);
for (const code of new Set(pages.flatMap((page) => page.codes))) {
  const file = files.get(code)!;
  const bytes = readFileSync(file.path);
  writeFileSync(join(tessdata, `${code}.traineddata`), file.gzip ? gunzipSync(bytes) : bytes);
}

/** Runs the tasks with `limit` at once; the wall time in seconds. */
async function timed(tasks: (() => Promise<void>)[], limit: number): Promise<number> {
  const start = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: limit }, lane));
  return (performance.now() - start) / 1000;
}

const commandText = new Map<string, string>();
const engineText = new Map<string, string>();
const repeated = Array.from({ length: rounds }, () => pages).flat();

const commandSeconds = await timed(
  repeated.map((page) => async () => {
    const { stdout } = await run(
      'tesseract',
      [
        join(FIXTURES, `${page.name}.png`),
        '-',
        '--tessdata-dir',
        tessdata,
        '-l',
        page.codes.join('+'),
        '--oem',
        '1',
        '--psm',
        '3',
      ],
      { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 16 * 1024 * 1024 },
    );
    commandText.set(page.name, stdout);
  }),
  PROCESSES,
);

const started = performance.now();
const engine = await createOcrEngine({
  dataFolders,
  cacheFolder: join(work, 'cache'),
  workers: PROCESSES,
});
const startSeconds = (performance.now() - started) / 1000;
let engineSeconds: number;
try {
  engineSeconds = await timed(
    repeated.map((page) => async () => {
      engineText.set(page.name, (await engine.recognise(page.image, [page.language])).text);
    }),
    PROCESSES,
  );
} finally {
  await engine.close();
  rmSync(work, { recursive: true, force: true });
}

const pct = (value: number) => `${value.toFixed(2)}%`;
console.log(`OCR benchmark: ${pages.length} pages × ${rounds} round(s), ${PROCESSES} at once\n`);
console.log('page                 lang  dpi  engine CER  command CER  target');
let allMet = true;
for (const page of pages) {
  const engineCer = characterErrorRate(engineText.get(page.name)!, page.source);
  const commandCer = characterErrorRate(commandText.get(page.name)!, page.source);
  const ceiling =
    ['en', 'vi'].includes(page.language) && page.dpi === 200
      ? Math.min(3, commandCer + 1)
      : commandCer + 1;
  const met = engineCer <= ceiling;
  allMet &&= met;
  console.log(
    `${page.name.padEnd(20)} ${page.language.padEnd(5)} ${String(page.dpi).padEnd(4)} ${pct(engineCer).padStart(10)} ${pct(commandCer).padStart(12)}  ≤ ${pct(ceiling)} ${met ? 'met' : 'MISSED'}`,
  );
}
const enginePps = repeated.length / engineSeconds;
const commandPps = repeated.length / commandSeconds;
const ratio = enginePps / commandPps;
console.log(
  `\nthroughput: engine ${enginePps.toFixed(3)} pages/s (orientation checked where needed; start ${startSeconds.toFixed(1)} s not counted), command ${commandPps.toFixed(3)} pages/s: ${ratio.toFixed(2)} × (target ≥ 0.70 ${ratio >= 0.7 ? 'met' : 'MISSED'})`,
);
console.log(`error-rate targets: ${allMet ? 'all met' : 'not all met'}`);
