// A short classroom load: two participants with the room code for three seconds, over the
// multilingual fixture served by the classroom process. Ordinary requests all succeed, and the
// figures are printed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COSTLY_QUERY,
  formatLoadReport,
  ORDINARY_KINDS,
  runClassroomLoad,
} from '#scripts/stress/classroom-load-runner.ts';
import { tempFolder } from '../../helpers/temp-folder.ts';

describe('the classroom load', () => {
  it('sends the costly query as 330 one-letter prefixes the API accepts', () => {
    expect(COSTLY_QUERY.split(' ')).toHaveLength(330);
    expect(COSTLY_QUERY).toMatch(/^(?:[a-z]\* )+[a-z]\*$/);
    expect(COSTLY_QUERY.length).toBeLessThanOrEqual(1000);
  });

  it('serves two participants for three seconds without an error in ordinary requests', async () => {
    const lines: string[] = [];
    const report = await runClassroomLoad({
      clients: 2,
      seconds: 3,
      costlyShare: 0.2,
      seed: 1,
      library: { fixture: true, handbooks: 0, handbookChars: 0, seed: 1 },
      work: join(tempFolder('portal-classroom-load-'), 'work'),
      log: (line) => lines.push(line),
    });
    for (const kind of ORDINARY_KINDS) {
      expect(report.kinds[kind].requests, kind).toBeGreaterThan(0);
      expect(report.kinds[kind].errors, kind).toEqual({});
    }
    expect(report.ordinaryErrors).toBe(0);
    expect(report.documents).toBe(40);
    expect(report.memory.peakMb).toBeGreaterThan(0);
    expect(lines.join('\n')).toMatch(/2 participants .* for 3 s/);
    const printed = formatLoadReport(report);
    expect(printed).toMatch(/^2 participants, 3 s: \d+ requests/);
    for (const kind of ['search', 'pages', 'file', 'costly'])
      expect(printed).toMatch(new RegExp(`  ${kind} +\\d+ requests, .*p50 .*p95 .*p99 `));
    expect(printed).toMatch(/server memory \(RSS\): \d+ MB before, peak \d+ MB/);
  }, 180_000);
});
