// The desktop window's view of "Share with the room": the last status the app gave, kept in one
// place so the header's indicator and the sharing page agree. While anything shows it, the
// status is asked again every few seconds: sharing also stops by the app's menu or its timer.
import type { ApiError, PortalApi, Result } from '#shared/api.ts';
import type { SharingStatus } from '#shared/classroom-sharing.ts';
import { settle } from '../api/settle.ts';

export interface SharingSnapshot {
  /** Null until the app has answered once. */
  status: SharingStatus | null;
  /** Why the last question or request failed, until the next one succeeds. */
  error: ApiError | null;
}

export interface SharingStore {
  subscribe(listener: () => void): () => void;
  snapshot(): SharingSnapshot;
  start(minutes: number): Promise<void>;
  stop(): Promise<void>;
  refresh(): Promise<void>;
}

export const SHARING_POLL_MS = 5_000;

type SharingApi = Pick<PortalApi, 'sharingStatus' | 'startSharing' | 'stopSharing'>;

export function createSharingStore(api: SharingApi, pollMs = SHARING_POLL_MS): SharingStore {
  let snapshot: SharingSnapshot = { status: null, error: null };
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setInterval> | null = null;

  const publish = (next: SharingSnapshot) => {
    snapshot = next;
    for (const listener of listeners) listener();
  };
  const take = (answer: Result<SharingStatus>) =>
    publish(
      answer.ok
        ? { status: answer.value, error: null }
        : { status: snapshot.status, error: answer.error },
    );
  const refresh = async () => take(await settle(() => api.sharingStatus()));

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) {
        void refresh();
        timer = setInterval(() => void refresh(), pollMs);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && timer !== null) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
    snapshot: () => snapshot,
    async start(minutes) {
      take({ ok: true, value: { state: 'starting' } });
      const started = await settle(() => api.startSharing({ minutes }));
      if (started.ok) return take(started);
      // The status the app gives now (off), with the reason the start failed.
      const now = await settle(() => api.sharingStatus());
      publish({ status: now.ok ? now.value : null, error: started.error });
    },
    async stop() {
      take(await settle(() => api.stopSharing()));
    },
    refresh,
  };
}
