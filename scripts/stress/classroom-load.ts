// Classroom load (not a test): a library served by the desktop app's own classroom process, and
// N participants on loopback who take the room code as a phone does (the address with the code,
// then the cookie) and, for T seconds, search in several languages, read documents' pages, fetch
// byte ranges of PDFs and now and then send the costly query. Prints requests, errors by kind,
// 429 answers as "limited", latency percentiles and the server's memory.
// Usage: npm run stress:load [-- --clients 50 --seconds 60 --costly-share 0.05 --folder DIR]
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { formatLoadReport, runClassroomLoad } from './classroom-load-runner.ts';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '30' },
    'costly-share': { type: 'string', default: '0.05' },
    seed: { type: 'string', default: '1' },
    folder: { type: 'string' },
    work: { type: 'string', default: join(tmpdir(), 'portal-classroom-load') },
  },
});

const flags = z
  .object({
    clients: z.coerce.number().int().min(1).max(250),
    seconds: z.coerce.number().positive().max(3600),
    'costly-share': z.coerce.number().min(0).max(1),
    seed: z.coerce.number().int().min(0),
  })
  .safeParse(values);
if (!flags.success) {
  const issue = flags.error.issues[0]!;
  process.stderr.write(`--${issue.path.join('.')}: ${issue.message}\n`);
  process.exit(2);
}

const log = (line: string) => process.stdout.write(`${line}\n`);
const report = await runClassroomLoad({
  clients: flags.data.clients,
  seconds: flags.data.seconds,
  costlyShare: flags.data['costly-share'],
  seed: flags.data.seed,
  folder: values.folder,
  work: values.work,
  log,
});
log(formatLoadReport(report));
process.exitCode = report.ordinaryErrors > 0 ? 1 : 0;
