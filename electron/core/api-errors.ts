// The engine's failures that the API reports with their own codes (not-found, invalid-argument)
// rather than as a general failure, shared by portal.ts and the engine modules it spreads in.

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

export class InvalidArgumentError extends Error {
  override name = 'InvalidArgumentError';
}
