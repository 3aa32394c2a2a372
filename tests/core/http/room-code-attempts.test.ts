import { describe, expect, it } from 'vitest';
import { attemptClient, createRoomCodeAttempts } from '#core/http/room-code-attempts.ts';

const MINUTE = 60_000;
const LIMITS = { maxWrong: 3, windowMs: 10 * MINUTE, maxClients: 4 };

/** A table on a clock the test moves. */
function table(limits = LIMITS) {
  let time = 1_000_000;
  const attempts = createRoomCodeAttempts(limits, () => time);
  return { attempts, pass: (ms: number) => (time += ms) };
}

describe('createRoomCodeAttempts', () => {
  it('locks an address at its last allowed wrong code, until its window passes', () => {
    const { attempts, pass } = table();
    attempts.wrong('10.0.0.7', 'AAAAAA');
    pass(MINUTE);
    attempts.wrong('10.0.0.7', 'BBBBBB');
    expect(attempts.lockedFor('10.0.0.7')).toBeNull();
    pass(MINUTE);
    attempts.wrong('10.0.0.7', 'CCCCCC');
    expect(attempts.lockedFor('10.0.0.7')).toBe(8 * MINUTE);
    expect(attempts.lockedFor('10.0.0.8')).toBeNull();
    pass(8 * MINUTE - 1);
    expect(attempts.lockedFor('10.0.0.7')).toBe(1);
    pass(1);
    expect(attempts.lockedFor('10.0.0.7')).toBeNull();
    attempts.wrong('10.0.0.7', 'DDDDDD');
    expect(attempts.lockedFor('10.0.0.7')).toBeNull();
  });

  it('counts a code given again once, however it is typed', () => {
    const { attempts } = table();
    for (const code of ['OLDONE', 'oldone', 'OLD-ONE', 'old one', 'OLDONE'])
      attempts.wrong('10.0.0.7', code);
    attempts.wrong('10.0.0.7', 'AAAAAA');
    expect(attempts.lockedFor('10.0.0.7')).toBeNull();
    attempts.wrong('10.0.0.7', 'BBBBBB');
    expect(attempts.lockedFor('10.0.0.7')).not.toBeNull();
  });

  it('forgets the wrong codes of an address that gives the right one', () => {
    const { attempts } = table();
    attempts.wrong('10.0.0.7', 'AAAAAA');
    attempts.wrong('10.0.0.7', 'BBBBBB');
    attempts.right('10.0.0.7');
    attempts.wrong('10.0.0.7', 'CCCCCC');
    attempts.wrong('10.0.0.7', 'DDDDDD');
    expect(attempts.lockedFor('10.0.0.7')).toBeNull();
  });

  it('forgets windows that have passed and tracks no more addresses than its cap', () => {
    const { attempts, pass } = table();
    attempts.wrong('10.0.0.1', 'AAAAAA');
    attempts.wrong('10.0.0.2', 'AAAAAA');
    pass(10 * MINUTE);
    attempts.wrong('10.0.0.3', 'AAAAAA');
    expect(attempts.size()).toBe(1);
    for (let n = 4; n <= 20; n += 1) attempts.wrong(`10.0.0.${n}`, 'AAAAAA');
    expect(attempts.size()).toBe(4);
    // The newest addresses are kept, the oldest forgotten.
    for (const code of ['BBBBBB', 'CCCCCC']) attempts.wrong('10.0.0.20', code);
    expect(attempts.lockedFor('10.0.0.20')).not.toBeNull();
    for (const code of ['BBBBBB', 'CCCCCC']) attempts.wrong('10.0.0.3', code);
    expect(attempts.lockedFor('10.0.0.3')).toBeNull();
  });
});

describe('attemptClient', () => {
  it('counts an IPv4 client under one address however the socket reports it', () => {
    expect(attemptClient('::ffff:192.168.1.23')).toBe('192.168.1.23');
    expect(attemptClient('192.168.1.23')).toBe('192.168.1.23');
    expect(attemptClient('fe80::1')).toBe('fe80::1');
    expect(attemptClient(undefined)).toBe('');
  });
});
