import { generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signingKeyFingerprint } from '#core/packs/publisher-keys.ts';
import { parseApiArguments } from '#shared/api-arguments.ts';
import type { TestLibrary } from '../../helpers/pack-library.ts';
import {
  documentIds,
  indexedLibrary,
  makeSmallLibrary,
  writeTestPack,
} from '../../helpers/pack-library.ts';
import { tempFolderFor } from '../../helpers/temp-folder.ts';

let work: string;
let library: TestLibrary;
let key: KeyObject;
let signed: string;
let unsigned: string;

beforeAll(async () => {
  work = tempFolderFor('pack-signers');
  library = await indexedLibrary(makeSmallLibrary(join(work, 'library')), join(work, 'data'));
  key = generateKeyPairSync('ed25519').privateKey;
  const ids = await documentIds(library.portal, 'shelter');
  signed = (await writeTestPack(library.portal, join(work, 'signed.pack'), ids, key)).out;
  unsigned = (await writeTestPack(library.portal, join(work, 'unsigned.pack'), ids)).out;
});

afterAll(() => library.portal.close());

describe('who signed a pack', () => {
  it('tells a trusted key by its label, an unknown key by its fingerprint, and no signature', async () => {
    const fingerprint = signingKeyFingerprint(key);
    expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){9}$/);

    expect(await library.portal.api.verifyPack({ file: signed })).toMatchObject({
      ok: true,
      value: { publisher: 'ASEAN-ACT', signer: { state: 'unknown-key', fingerprint } },
    });
    expect(await library.portal.api.verifyPack({ file: unsigned })).toMatchObject({
      ok: true,
      value: { signer: { state: 'unsigned' } },
    });

    const typed = parseApiArguments('addTrustedKey', [
      {
        fingerprint: fingerprint.replaceAll(' ', '').toLowerCase(),
        label: 'ASEAN-ACT training team',
      },
    ]);
    if (!typed.ok) throw new Error(typed.message);
    const added = await library.portal.api.addTrustedKey(...typed.args);
    expect(added).toMatchObject({ ok: true, value: { fingerprint } });
    expect(await library.portal.api.verifyPack({ file: signed })).toMatchObject({
      ok: true,
      value: { signer: { state: 'trusted', fingerprint, label: 'ASEAN-ACT training team' } },
    });
    expect(await library.portal.api.listTrustedKeys()).toMatchObject({
      ok: true,
      value: [{ fingerprint, label: 'ASEAN-ACT training team' }],
    });

    expect(await library.portal.api.removeTrustedKey(fingerprint)).toEqual({
      ok: true,
      value: true,
    });
    expect(await library.portal.api.verifyPack({ file: signed })).toMatchObject({
      ok: true,
      value: { signer: { state: 'unknown-key' } },
    });
  });

  it('imports a pack whose signer is trusted for this import when a signature is required', async () => {
    const target = await indexedLibrary(join(work, 'target'), join(work, 'target-data'));
    try {
      const imported = await target.portal.importPack({
        file: signed,
        requireSignature: true,
        trust: [signingKeyFingerprint(key)],
      });
      expect(imported).toMatchObject({
        ok: true,
        value: { pack: { signer: { state: 'trusted' } }, ingest: { indexed: 1 } },
      });
    } finally {
      target.portal.close();
    }
  });
});
