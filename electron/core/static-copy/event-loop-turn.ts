// The desktop app writes a static copy in its main process, which must keep answering its window:
// the exporter gives the event loop a turn between documents.
export const nextTurn = (): Promise<void> => new Promise((done) => setImmediate(done));
