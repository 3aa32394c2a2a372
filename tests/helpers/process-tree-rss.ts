// The resident memory of a process and every process under it, read from /proc (Linux), and its
// peak while a test runs: what a person's computer gives up while a file is read, whichever of
// the processes (a child host, its helpers) holds it.
import { readdirSync, readFileSync } from 'node:fs';

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    // The process ended between listing and reading.
    return null;
  }
}

/** Each running process's parent, by pid. */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = readProc(`/proc/${name}/stat`);
    // The command name (field 2) may hold spaces and parentheses: fields count from its last ")".
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields?.[1]) parentOf.set(Number(name), Number(fields[1]));
  }
  return parentOf;
}

/** `pid` and all its descendants that are running. */
export function processTree(pid: number): number[] {
  const parentOf = parents();
  const tree = [pid];
  for (let i = 0; i < tree.length; i++)
    for (const [child, parent] of parentOf) if (parent === tree[i]) tree.push(child);
  return tree;
}

/** A status field in bytes ("VmRSS", "VmHWM"), or 0 when the process is gone. */
function statusBytes(pid: number, field: string): number {
  const match = readProc(`/proc/${pid}/status`)?.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  return match ? Number(match[1]) * 1024 : 0;
}

/** The resident memory of `pid` and its descendants together, in bytes. */
export function treeRss(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + statusBytes(p, 'VmRSS'), 0);
}

export interface RssSampler {
  /** The highest total seen so far, in bytes. */
  peak(): number;
  /** Stops sampling; the peak. */
  stop(): number;
}

/**
 * Samples the tree's resident memory every `intervalMs` until stopped. Between samples the kernel's
 * own high-water mark of each process (VmHWM) is taken too, so a short spike in one process is not
 * missed; summing those marks can only overstate the tree's peak, never understate it.
 */
export function sampleTreeRss(pid: number, intervalMs = 25): RssSampler {
  let peak = 0;
  const highWater = new Map<number, number>();
  const sample = () => {
    let total = 0;
    for (const p of processTree(pid)) {
      total += statusBytes(p, 'VmRSS');
      highWater.set(p, Math.max(highWater.get(p) ?? 0, statusBytes(p, 'VmHWM')));
    }
    peak = Math.max(
      peak,
      total,
      [...highWater.values()].reduce((a, b) => a + b, 0),
    );
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    peak: () => peak,
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
