// Carries out the plan for the folder's files in path order, stopping between files on cancel.
import type { ExtractionWindow } from './extract-files.ts';
import { record } from './ingest-report.ts';
import type { FileStep } from './plan-run.ts';
import { dropDocument } from './remove-documents.ts';
import type { RunContext } from './run-context.ts';
import { refreshDescription } from './write-document.ts';

export async function applyFileSteps(
  run: RunContext,
  steps: readonly FileStep[],
  extraction: ExtractionWindow,
  signal: AbortSignal | undefined,
): Promise<void> {
  const { report, progress } = run;
  for (const step of steps) {
    if (signal?.aborted) break;
    const { path } = step.file;
    switch (step.kind) {
      case 'unchanged':
        record(report, { path, outcome: 'unchanged', documentId: step.id });
        progress.count();
        progress.show(path);
        break;
      case 'refresh':
        refreshDescription(run, step);
        progress.count();
        progress.show(path);
        break;
      case 'duplicate':
        record(report, {
          path,
          outcome: 'skipped',
          documentId: step.id,
          message: `Same content as ${step.of ?? 'another file in this folder'}; indexed once.`,
        });
        progress.count();
        break;
      case 'unreadable':
        record(report, { path, outcome: 'skipped', message: step.message });
        progress.count();
        break;
      case 'moved':
        dropDocument(run, step.from.rowid);
        await extraction.add(step);
        break;
      case 'extract':
        await extraction.add(step);
        break;
    }
  }
  await extraction.drain();
}
