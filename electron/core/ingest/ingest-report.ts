// The report of an indexing run, which every step adds its outcomes to.
import type { IngestReport, IngestReportEntry } from '#shared/types.ts';

export function newReport(): IngestReport {
  return {
    entries: [],
    indexed: 0,
    replaced: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    skipped: 0,
    pages: 0,
    elapsedMs: 0,
    cancelled: false,
  };
}

export function record(report: IngestReport, entry: IngestReportEntry): void {
  report.entries.push(entry);
  report[entry.outcome]++;
  if (entry.outcome === 'indexed' || entry.outcome === 'replaced') report.pages += entry.pages ?? 0;
}

export function withWarnings(base: string | undefined, warnings: string[]): string | undefined {
  const all = [base, ...warnings].filter(Boolean);
  return all.length ? all.join(' ') : undefined;
}
