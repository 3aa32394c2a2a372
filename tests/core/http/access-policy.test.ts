import { describe, expect, it } from 'vitest';
import {
  hostName,
  httpAccess,
  isLoopbackAddress,
  isSameMachineClient,
  isSameOriginRequest,
} from '#core/http/access-policy.ts';
import { PORTAL_METHODS } from '#shared/api-methods.ts';

describe('isLoopbackAddress', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])(
    '%s is this machine',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(true);
    },
  );

  it.each([
    '192.168.1.20',
    '10.0.0.5',
    '::ffff:192.168.1.20',
    'fe80::1',
    '128.0.0.1',
    '127.0.0.1.evil',
    '',
    undefined,
  ])('%s is not', (address) => {
    expect(isLoopbackAddress(address)).toBe(false);
  });
});

describe('hostName', () => {
  it('drops the port and keeps IPv6 brackets', () => {
    expect(hostName('127.0.0.1:8765')).toBe('127.0.0.1');
    expect(hostName('[::1]:8765')).toBe('[::1]');
    expect(hostName('LocalHost')).toBe('localhost');
    expect(hostName(undefined)).toBeNull();
    expect(hostName('bad host')).toBeNull();
  });
});

describe('isSameMachineClient', () => {
  it('needs a loopback address and a loopback host name', () => {
    expect(isSameMachineClient({ remoteAddress: '127.0.0.1', host: '127.0.0.1:8765' })).toBe(true);
    expect(isSameMachineClient({ remoteAddress: '::1', host: 'localhost:8765' })).toBe(true);
    expect(isSameMachineClient({ remoteAddress: '::ffff:127.0.0.1', host: '[::1]:8765' })).toBe(
      true,
    );
  });

  it('refuses LAN visitors and pages that reached 127.0.0.1 under another name', () => {
    expect(isSameMachineClient({ remoteAddress: '192.168.1.20', host: '192.168.1.10:8765' })).toBe(
      false,
    );
    expect(isSameMachineClient({ remoteAddress: '192.168.1.20', host: 'localhost:8765' })).toBe(
      false,
    );
    expect(isSameMachineClient({ remoteAddress: '127.0.0.1', host: 'attacker.example:8765' })).toBe(
      false,
    );
    expect(isSameMachineClient({ remoteAddress: '127.0.0.1', host: undefined })).toBe(false);
  });
});

describe('isSameOriginRequest', () => {
  it('accepts requests without Origin and from the page itself', () => {
    expect(isSameOriginRequest(undefined, '127.0.0.1:8765')).toBe(true);
    expect(isSameOriginRequest('http://127.0.0.1:8765', '127.0.0.1:8765')).toBe(true);
  });

  it('refuses other origins, opaque ones included', () => {
    expect(isSameOriginRequest('http://evil.example', '127.0.0.1:8765')).toBe(false);
    expect(isSameOriginRequest('null', '127.0.0.1:8765')).toBe(false);
    expect(isSameOriginRequest('http://127.0.0.1:8765', undefined)).toBe(false);
  });
});

describe('httpAccess', () => {
  const writes = [
    'updateMetadata',
    'chooseFiles',
    'addFiles',
    'cancelIngest',
    // The background OCR run's setting and controls.
    'setOcrEnabled',
    'pauseOcr',
    'resumeOcr',
    'cancelOcr',
    'readDocumentNow',
    'verifyPack',
    'importPack',
    'setDoNotShare',
    // Sharing with the room is started and stopped from the desktop window alone.
    'sharingStatus',
    'startSharing',
    'stopSharing',
    'createPack',
    'exportStaticCopy',
    // The desktop menu's language.
    'setMenuLanguage',
    // The copies of the user database and the file of everything the user wrote.
    'listUserBackups',
    'restoreUserBackup',
    'exportUserData',
    'importUserData',
    // Recognition data added to or removed from this computer's data folder.
    'addOcrLanguage',
    'removeOcrLanguage',
  ];
  const userStore = [
    'listBookmarks',
    'saveBookmark',
    'deleteBookmark',
    'listReadingLists',
    'getReadingList',
    'createReadingList',
    'updateReadingList',
    'deleteReadingList',
    'addReadingListItem',
    'setReadingListItemNote',
    'removeReadingListItem',
    'reorderReadingList',
    'listTrustedKeys',
    'addTrustedKey',
    'removeTrustedKey',
    'listHighlights',
    'saveHighlight',
    'updateHighlight',
    'deleteHighlight',
    'listOcrLanguages',
  ];

  it.each(PORTAL_METHODS)('decides %s for this machine and for visitors', (method) => {
    const local = httpAccess(method, true);
    const visitor = httpAccess(method, false);
    expect(local.allowed).toBe(!writes.includes(method));
    expect(visitor.allowed).toBe(!writes.includes(method) && !userStore.includes(method));
  });

  it('says why', () => {
    expect(httpAccess('addFiles', true)).toEqual({
      allowed: false,
      message: expect.stringContaining('read-only'),
    });
    expect(httpAccess('saveBookmark', false)).toEqual({
      allowed: false,
      message: expect.stringContaining('not available to visitors'),
    });
  });
});
