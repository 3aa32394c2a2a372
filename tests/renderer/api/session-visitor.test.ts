import { describe, expect, it } from 'vitest';
import { isVisitorSession } from '#renderer/api/session-visitor.ts';

const failed = {
  ok: false as const,
  error: { code: 'failed' as const, message: 'The library server cannot be reached.' },
};

describe('isVisitorSession', () => {
  it('follows the server’s sessionInfo answer, in a browser and on the desktop', () => {
    expect(isVisitorSession({ ok: true, value: { visitor: true } }, 'browser')).toBe(true);
    expect(isVisitorSession({ ok: true, value: { visitor: false } }, 'browser')).toBe(false);
    expect(isVisitorSession({ ok: true, value: { visitor: false } }, 'desktop')).toBe(false);
  });

  it('treats a browser without an answer as a visitor, and the desktop window as its owner', () => {
    expect(isVisitorSession(failed, 'browser')).toBe(true);
    expect(isVisitorSession(failed, 'desktop')).toBe(false);
  });
});
