// The engine's failures that the API reports with their own codes (not-found, invalid-argument,
// query-too-broad)
// rather than as a general failure, shared by portal.ts and the engine modules it spreads in.
import type { MakingRefusal } from '#shared/pack-types.ts';

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class InvalidArgumentError extends Error {
  override name = 'InvalidArgumentError';
}

/** A search that would cost too much to run: its message says which part of the query, and why. */
export class QueryTooBroadError extends Error {
  override name = 'QueryTooBroadError';
}

/**
 * A pack or a static copy that could not be made. Its refusal names the reason in a word the
 * interface says in its own language; the message says it in English with the details.
 */
export class MakingError extends Error {
  readonly refusal: MakingRefusal | null;

  constructor(message: string, refusal: MakingRefusal | null = null) {
    super(message);
    this.refusal = refusal;
  }
}
