import { describe, expect, it } from 'vitest';
import { parseByteRange, planFileReply } from '#core/serving/file-reply.ts';

describe('parseByteRange', () => {
  it.each([
    ['bytes=0-99', 1000, { start: 0, end: 99 }],
    ['bytes=100-', 1000, { start: 100, end: 999 }],
    ['bytes=-100', 1000, { start: 900, end: 999 }],
    ['bytes=-5000', 1000, { start: 0, end: 999 }],
    ['bytes=900-5000', 1000, { start: 900, end: 999 }],
  ] as const)('%s of %i bytes', (header, size, expected) => {
    expect(parseByteRange(header, size)).toEqual(expected);
  });

  it.each([
    ['bytes=1000-', 1000],
    ['bytes=-0', 1000],
    ['bytes=0-', 0],
  ] as const)('%s of %i bytes cannot be satisfied', (header, size) => {
    expect(parseByteRange(header, size)).toBe('unsatisfiable');
  });

  it.each([null, '', 'bytes=5-1', 'bytes=0-1,5-9', 'items=0-1', 'bytes=-', 'bytes=a-b'])(
    'ignores %s',
    (header) => {
      expect(parseByteRange(header, 1000)).toBeNull();
    },
  );
});

describe('planFileReply', () => {
  const file = { path: '/library/report.pdf', size: 1000 };

  it('sends the whole file with its type and length', () => {
    expect(planFileReply(file, { method: 'GET', range: null }, { 'X-Test': '1' })).toEqual({
      status: 200,
      headers: {
        'X-Test': '1',
        'Content-Type': 'application/pdf',
        'Accept-Ranges': 'bytes',
        'Content-Length': '1000',
      },
      body: { path: file.path, start: 0, end: 999 },
    });
  });

  it('sends a range as 206 with Content-Range', () => {
    const reply = planFileReply(file, { method: 'GET', range: 'bytes=10-19' }, {});
    expect(reply.status).toBe(206);
    expect(reply.headers['Content-Range']).toBe('bytes 10-19/1000');
    expect(reply.headers['Content-Length']).toBe('10');
    expect(reply.body).toEqual({ path: file.path, start: 10, end: 19 });
  });

  it('answers HEAD and unsatisfiable ranges without a body', () => {
    expect(planFileReply(file, { method: 'HEAD', range: null }, {}).body).toBeNull();
    const refused = planFileReply(file, { method: 'GET', range: 'bytes=5000-' }, {});
    expect(refused.status).toBe(416);
    expect(refused.headers['Content-Range']).toBe('bytes */1000');
    expect(refused.body).toBeNull();
  });

  it('sends an empty file without a body', () => {
    expect(
      planFileReply({ path: '/library/empty.txt', size: 0 }, { method: 'GET', range: null }, {})
        .body,
    ).toBeNull();
  });
});
