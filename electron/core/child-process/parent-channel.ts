// A child process's line to the app that started it (the classroom, indexing): Electron's utility
// process gives it a parentPort, Node's child_process.fork an IPC channel on process itself. The
// rest of the process sees only this.

export interface ParentChannel {
  onMessage(listener: (message: unknown) => void): void;
  /** Settles once the message has been handed over. */
  post(message: unknown): Promise<void>;
  /** Ends the line, so that the process can exit once its work is done. */
  close(): void;
  /**
   * Called once if the app that started the process is gone (Node's fork loses its IPC channel;
   * Electron ends its utility processes itself when the app quits).
   */
  onParentGone(listener: () => void): void;
}

/** The part of Electron's utility-process parentPort used here (its types come with Electron). */
interface UtilityParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

export function parentChannel(): ParentChannel {
  const parentPort = (process as { parentPort?: UtilityParentPort }).parentPort;
  if (parentPort) {
    return {
      onMessage: (listener) => parentPort.on('message', (event) => listener(event.data)),
      post: async (message) => parentPort.postMessage(message),
      close: () => process.exit(0),
      onParentGone: () => {},
    };
  }
  const send = process.send?.bind(process);
  if (!send) throw new Error('This process must be started by the app.');
  let closing = false;
  return {
    onMessage: (listener) => process.on('message', listener),
    post: (message) =>
      new Promise((resolve) => {
        if (!process.connected) return resolve();
        send(message, undefined, undefined, () => resolve());
      }),
    close: () => {
      closing = true;
      if (process.connected) process.disconnect();
    },
    onParentGone: (listener) => {
      process.once('disconnect', () => {
        if (!closing) listener();
      });
    },
  };
}
