/**
 * A file that cannot be indexed, with a message for the person who gave it to us.
 * Ingest catches these per file, reports them and goes on with the rest.
 */
export class IngestError extends Error {
  override name = 'IngestError';
}

/** A file whose reading was stopped because the run was cancelled: not a fault of the file. */
export class ReadingCancelled extends IngestError {
  override name = 'ReadingCancelled';
}
