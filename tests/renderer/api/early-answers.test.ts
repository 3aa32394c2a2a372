import { describe, expect, it } from 'vitest';
import { askEarly, takeEarlyAnswer } from '#renderer/api/early-answers.ts';

describe('early answers', () => {
  it('hands the answer over once, then leaves the screen to ask again', async () => {
    let calls = 0;
    const load = async () => ({ ok: true as const, value: ++calls });
    askEarly('taxonomy-once', load);
    expect(calls).toBe(1);
    expect(await takeEarlyAnswer<number>('taxonomy-once')).toEqual({ ok: true, value: 1 });
    expect(takeEarlyAnswer('taxonomy-once')).toBeNull();
    expect(takeEarlyAnswer('never-asked')).toBeNull();
  });

  it('hands over the latest answer when asked again before a screen took one', async () => {
    let calls = 0;
    const load = async () => ({ ok: true as const, value: ++calls });
    askEarly('document:entered-twice', load);
    askEarly('document:entered-twice', load);
    expect(calls).toBe(2);
    expect(await takeEarlyAnswer<number>('document:entered-twice')).toEqual({ ok: true, value: 2 });
    expect(takeEarlyAnswer('document:entered-twice')).toBeNull();
  });

  it('turns a broken call into a failed answer instead of a rejection', async () => {
    askEarly('broken', () => Promise.reject(new Error('bridge gone')));
    expect(await takeEarlyAnswer('broken')).toEqual({
      ok: false,
      error: { code: 'failed', message: 'bridge gone' },
    });
  });
});
