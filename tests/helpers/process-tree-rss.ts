// The resident memory of a process and every process it started, read from Linux's /proc: a
// process's RSS is VmRSS in /proc/<pid>/status, and its children are listed per thread in
// /proc/<pid>/task/<tid>/children (a child belongs to the thread that started it).
import { readdirSync, readFileSync } from 'node:fs';

const readOrNull = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // The process ended between listing and reading.
    return null;
  }
};

/** Resident bytes of one process, or 0 once it has ended. */
export function processRssBytes(pid: number): number {
  const status = readOrNull(`/proc/${pid}/status`);
  const kib = status?.match(/^VmRSS:\s+(\d+)\s+kB$/m)?.[1];
  return kib ? Number(kib) * 1024 : 0;
}

export function childPids(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((tid) =>
    (readOrNull(`/proc/${pid}/task/${tid}/children`) ?? '').split(' ').filter(Boolean).map(Number),
  );
}

/** The process and all its descendants. */
export function processTree(pid: number): number[] {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...childPids(tree[i]!));
  return tree;
}

/** Resident bytes of the process and all its descendants, now. */
export function processTreeRssBytes(pid: number): number {
  return processTree(pid).reduce((sum, each) => sum + processRssBytes(each), 0);
}

export interface PeakRss {
  /** Stops sampling and gives the highest total seen, with the number of samples taken. */
  stop(): { peakBytes: number; samples: number };
}

/** Samples the tree's total every `intervalMs` until stopped, keeping the highest. */
export function samplePeakRss(pid: number, intervalMs = 25): PeakRss {
  let peakBytes = 0;
  let samples = 0;
  const sample = () => {
    peakBytes = Math.max(peakBytes, processTreeRssBytes(pid));
    samples++;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakBytes, samples };
    },
  };
}
