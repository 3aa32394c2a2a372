// The window's view of sharing: what the header and the sharing page show comes from one place,
// asked again while shown, and a failed start keeps its reason beside the status the app gives.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '#shared/api.ts';
import type { SharingStatus } from '#shared/classroom-sharing.ts';
import { createSharingStore } from '#renderer/sharing/sharing-store.ts';

const ON: SharingStatus = {
  state: 'on',
  addresses: ['http://192.0.2.10:8765/?room=K7P2QX'],
  roomCode: 'K7P2QX',
  port: 8765,
  startedAt: '2026-12-07T09:00:00.000Z',
  stopsAt: '2026-12-07T13:00:00.000Z',
};

/** The app's side of the three methods, as the main process answers them. */
function appSide(startAnswer: Result<SharingStatus> = { ok: true, value: ON }) {
  let status: SharingStatus = { state: 'off', ended: 'never-started' };
  return {
    set: (next: SharingStatus) => (status = next),
    api: {
      sharingStatus: vi.fn(async (): Promise<Result<SharingStatus>> => ({
        ok: true,
        value: status,
      })),
      startSharing: vi.fn(async () => {
        if (startAnswer.ok) status = startAnswer.value;
        else status = { state: 'off', ended: 'failed', message: startAnswer.error.message };
        return startAnswer;
      }),
      stopSharing: vi.fn(async (): Promise<Result<SharingStatus>> => {
        status = { state: 'off', ended: 'stopped' };
        return { ok: true, value: status };
      }),
    },
  };
}

afterEach(() => vi.useRealTimers());

describe('the sharing store', () => {
  it('asks the app while shown, and again every few seconds', async () => {
    vi.useFakeTimers();
    const app = appSide();
    const store = createSharingStore(app.api, 5_000);
    expect(store.snapshot().status).toBeNull();
    const unsubscribe = store.subscribe(() => {});
    await vi.advanceTimersByTimeAsync(0);
    expect(store.snapshot().status).toEqual({ state: 'off', ended: 'never-started' });

    // Stopped from the app's menu: the window learns it at the next question.
    app.set({ state: 'off', ended: 'time-up' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(store.snapshot().status).toEqual({ state: 'off', ended: 'time-up' });

    unsubscribe();
    const asked = app.api.sharingStatus.mock.calls.length;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(app.api.sharingStatus.mock.calls.length).toBe(asked);
  });

  it('shows starting, then sharing, then stopped', async () => {
    const app = appSide();
    const store = createSharingStore(app.api);
    const seen: (string | undefined)[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.snapshot().status?.state));
    await store.start(60);
    expect(app.api.startSharing).toHaveBeenCalledWith({ minutes: 60 });
    expect(store.snapshot()).toEqual({ status: ON, error: null });
    await store.stop();
    expect(store.snapshot().status).toEqual({ state: 'off', ended: 'stopped' });
    expect(seen).toContain('starting');
    unsubscribe();
  });

  it('keeps the reason a start failed beside the status the app gives now', async () => {
    const error = { code: 'failed' as const, message: 'Cannot listen on 0.0.0.0:8765' };
    const app = appSide({ ok: false, error });
    const store = createSharingStore(app.api);
    await store.start(30);
    expect(store.snapshot()).toEqual({
      status: { state: 'off', ended: 'failed', message: error.message },
      error,
    });
  });
});
