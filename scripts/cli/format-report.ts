import type { IngestReport } from '#shared/types.ts';

export function formatReport(report: IngestReport): string {
  const lines: string[] = [];
  const notable = report.entries.filter((e) => e.outcome === 'skipped' || e.message);
  for (const e of notable)
    lines.push(`  ${e.outcome.padEnd(9)} ${e.path}${e.message ? `: ${e.message}` : ''}`);
  const seconds = report.elapsedMs / 1000;
  lines.push(
    `${report.cancelled ? 'Cancelled. ' : ''}Indexed ${report.indexed}, replaced ${report.replaced}, updated ${report.updated}, ` +
      `unchanged ${report.unchanged}, removed ${report.removed}, skipped ${report.skipped}; ` +
      `${report.pages} pages in ${seconds.toFixed(1)} s` +
      (report.pages > 0 && seconds > 0 ? ` (${Math.round(report.pages / seconds)} pages/s).` : '.'),
  );
  return lines.join('\n');
}
