import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '#main/app-origin.ts';
import { guardNavigation, navigationDecision, offerExternalLink } from '#main/navigation-guard.ts';
import type {
  ExternalLinkOpener,
  GuardedContents,
  NavigationEvent,
} from '#main/navigation-guard.ts';

describe('isAppUrl', () => {
  it.each(['app://portal/index.html', 'app://portal/files/abc', 'app://portal', 'APP://PORTAL/'])(
    '%s is the app',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );

  it.each([
    'app://portal.evil/x',
    'app://evil/x',
    'app://user@portal/x',
    'https://portal/x',
    'file:///etc/passwd',
    'not a url',
    '',
  ])('%s is not', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('navigationDecision', () => {
  it.each([
    ['app://portal/index.html', 'allow'],
    ['https://www.unodc.org/', 'open-externally'],
    ['http://example.org/report', 'open-externally'],
    ['mailto:focal.point@example.org', 'open-externally'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['data:text/html,<script>alert(1)</script>', 'deny'],
    ['app://evil/index.html', 'deny'],
    ['chrome://settings', 'deny'],
  ])('%s: %s', (url, decision) => {
    expect(navigationDecision(url)).toBe(decision);
  });
});

/** Records what the user was asked and what was opened, answering the question as told. */
function recordingOpener(answer: boolean) {
  const asked: string[] = [];
  const opened: string[] = [];
  const opener: ExternalLinkOpener = {
    confirm: async (url) => {
      asked.push(url);
      return answer;
    },
    open: async (url) => {
      opened.push(url);
    },
  };
  return { opener, asked, opened };
}

describe('offerExternalLink', () => {
  it('opens a web link only after the user agrees', async () => {
    const yes = recordingOpener(true);
    expect(await offerExternalLink('https://www.unodc.org/', yes.opener)).toBe(true);
    expect(yes.opened).toEqual(['https://www.unodc.org/']);
    const no = recordingOpener(false);
    expect(await offerExternalLink('https://www.unodc.org/', no.opener)).toBe(false);
    expect(no.asked).toEqual(['https://www.unodc.org/']);
    expect(no.opened).toEqual([]);
  });

  it('never offers other kinds of link', async () => {
    const yes = recordingOpener(true);
    expect(await offerExternalLink('file:///etc/passwd', yes.opener)).toBe(false);
    expect(yes.asked).toEqual([]);
  });
});

/**
 * Electron's WebContents cannot run outside Electron; this EventEmitter stands in for it at the
 * boundary: it takes the listeners the guard registers and lets the test fire Electron's events.
 */
class FakeContents extends EventEmitter implements GuardedContents {
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
    this.windowOpenHandler = handler;
  }
}

function navigationEvent(url: string): NavigationEvent & { prevented: boolean } {
  const event = {
    url,
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('guardNavigation', () => {
  it('keeps the window on the app and offers web links to the browser', async () => {
    const contents = new FakeContents();
    const user = recordingOpener(true);
    guardNavigation(contents, user.opener, (error) => {
      throw error;
    });

    const inApp = navigationEvent('app://portal/index.html');
    contents.emit('will-frame-navigate', inApp);
    expect(inApp.prevented).toBe(false);

    const web = navigationEvent('https://www.unodc.org/');
    contents.emit('will-frame-navigate', web);
    expect(web.prevented).toBe(true);

    const local = navigationEvent('file:///etc/passwd');
    contents.emit('will-frame-navigate', local);
    expect(local.prevented).toBe(true);

    const redirect = navigationEvent('https://example.org/');
    contents.emit('will-redirect', redirect);
    expect(redirect.prevented).toBe(true);

    const webview = navigationEvent('');
    contents.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);

    await settle();
    expect(user.asked).toEqual(['https://www.unodc.org/']);
    expect(user.opened).toEqual(['https://www.unodc.org/']);
  });

  it('never opens a new window', async () => {
    const contents = new FakeContents();
    const user = recordingOpener(false);
    guardNavigation(contents, user.opener, (error) => {
      throw error;
    });
    expect(contents.windowOpenHandler?.({ url: 'app://portal/index.html' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'https://www.unodc.org/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await settle();
    expect(user.asked).toEqual(['https://www.unodc.org/']);
    expect(user.opened).toEqual([]);
  });
});
