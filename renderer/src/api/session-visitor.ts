// Whether this front door serves a classroom visitor, from the API's sessionInfo: only the server
// knows who is asking, so its answer is the one every part of the interface follows.
import type { Result } from '#shared/api.ts';
import type { SessionInfo } from '#shared/session-info.ts';
import type { PortalMode } from './index.ts';

/** A browser that cannot tell is treated as a visitor: it is shown only what anyone may use. */
export function isVisitorSession(session: Result<SessionInfo>, mode: PortalMode): boolean {
  return session.ok ? session.value.visitor : mode === 'browser';
}
