import { describe, expect, it } from 'vitest';
import type { Result } from '#shared/api.ts';
import { browserFallback } from '#renderer/api/browser-fallback.ts';

const refused: Result<string> = { ok: false, error: { code: 'forbidden', message: 'visitor' } };
const failed: Result<string> = { ok: false, error: { code: 'failed', message: 'disk full' } };

describe('browserFallback', () => {
  it('keeps to the API until it refuses the client, then to the browser for good', async () => {
    const fallback = browserFallback('library');
    let asked = 0;
    const remote = async (answer: Result<string>) => {
      asked++;
      return answer;
    };
    expect(
      await fallback.run(
        () => remote({ ok: true, value: 'server' }),
        () => failed,
      ),
    ).toEqual({
      ok: true,
      value: 'server',
    });
    // A failure that is no refusal is the answer: nothing moves to the browser.
    expect(
      await fallback.run(
        () => remote(failed),
        () => ({ ok: true, value: 'b' }),
      ),
    ).toBe(failed);
    expect(fallback.keptIn()).toBe('library');

    expect(
      await fallback.run(
        () => remote(refused),
        () => ({ ok: true, value: 'browser' }),
      ),
    ).toEqual({ ok: true, value: 'browser' });
    expect(fallback.keptIn()).toBe('browser');
    await fallback.run(
      () => remote(refused),
      () => ({ ok: true, value: 'browser' }),
    );
    expect(asked).toBe(3);
  });

  it('starts in the browser for a client the server said is a visitor', async () => {
    const fallback = browserFallback('browser');
    let asked = false;
    const answer = await fallback.run(
      async () => {
        asked = true;
        return { ok: true, value: 'server' };
      },
      () => ({ ok: true, value: 'browser' }),
    );
    expect(answer).toEqual({ ok: true, value: 'browser' });
    expect(asked).toBe(false);
  });
});
