import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodePathSegments,
  isInside,
  resolveFileInsideRoot,
  resolveUrlPathInsideRoot,
} from '#core/serving/safe-path.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

describe('decodePathSegments', () => {
  it('decodes ordinary paths', () => {
    expect(decodePathSegments('/assets/app%20one.js')).toEqual({
      ok: true,
      segments: ['assets', 'app one.js'],
    });
    expect(decodePathSegments('//a///b/')).toEqual({ ok: true, segments: ['a', 'b'] });
  });

  it.each([
    '/../x',
    '/a/%2e%2e/x',
    '/a/%2E%2E',
    '/..%2fx',
    '/a%5c..%5cx',
    '/%00',
    '/C:%5cx',
    '/c:',
    '/.',
    '/%zz',
  ])('refuses %s', (path) => {
    expect(decodePathSegments(path).ok).toBe(false);
  });
});

describe('isInside', () => {
  it('compares whole path segments', () => {
    expect(isInside('/srv/root', '/srv/root')).toBe(true);
    expect(isInside('/srv/root', '/srv/root/a.txt')).toBe(true);
    expect(isInside('/srv/root', '/srv/rootkit/a.txt')).toBe(false);
    expect(isInside('/srv/root', '/srv')).toBe(false);
  });
});

describe('resolving inside a root', () => {
  let root: string;
  let served: string;

  beforeAll(() => {
    root = tempFolderFor('safe-path');
    served = join(root, 'served');
    mkdirSync(join(served, 'sub'), { recursive: true });
    writeFileSync(join(served, 'sub', 'page.html'), 'inside');
    writeFileSync(join(root, 'secret.txt'), 'outside');
    symlinkSync(join(root, 'secret.txt'), join(served, 'leak.txt'));
    symlinkSync(join(served, 'sub', 'page.html'), join(served, 'alias.html'));
  });

  it('finds files, following links that stay inside', async () => {
    expect(await resolveUrlPathInsideRoot(served, '/sub/page.html')).toEqual({
      ok: true,
      path: join(served, 'sub', 'page.html'),
      size: 6,
    });
    expect(await resolveUrlPathInsideRoot(served, '/alias.html')).toMatchObject({
      ok: true,
      path: join(served, 'sub', 'page.html'),
    });
  });

  it('refuses links that lead outside, and traversal', async () => {
    expect(await resolveUrlPathInsideRoot(served, '/leak.txt')).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    expect(await resolveUrlPathInsideRoot(served, '/..%2fsecret.txt')).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    expect(await resolveFileInsideRoot(served, join(served, '..', 'secret.txt'))).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    expect(await resolveFileInsideRoot(served, '../secret.txt')).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    expect(await resolveFileInsideRoot(served, join(root, 'secret.txt'))).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
    expect(await resolveFileInsideRoot(served, 'sub/page.html\0.png')).toMatchObject({
      ok: false,
      reason: 'forbidden',
    });
  });

  it('reports folders and missing files as not found', async () => {
    expect(await resolveUrlPathInsideRoot(served, '/sub')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(await resolveUrlPathInsideRoot(served, '/')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(await resolveUrlPathInsideRoot(served, '/nothing.js')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
    expect(await resolveUrlPathInsideRoot(join(root, 'missing'), '/x')).toMatchObject({
      ok: false,
      reason: 'not-found',
    });
  });
});
