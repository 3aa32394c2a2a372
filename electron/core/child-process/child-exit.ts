// How a child process ended, as both ways of starting one (Node's fork, Electron's utility
// process) can tell it.

export interface ChildExit {
  /** The exit code, or null when a signal ended the process. */
  code: number | null;
  /** The signal that ended the process (Node's fork tells it; Electron's utility process does not). */
  signal: NodeJS.Signals | null;
  /** V8 stopped the process because its heap was full. */
  outOfMemory: boolean;
}
