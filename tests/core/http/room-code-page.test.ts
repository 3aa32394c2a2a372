import { describe, expect, it } from 'vitest';
import { ROOM_PAGE_LANGUAGES, roomCodePage, roomPageLanguage } from '#core/http/room-code-page.ts';

describe('roomPageLanguage', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['fr-FR,fr;q=0.9', 'en'],
    ['th-TH,th;q=0.9,en;q=0.8', 'th'],
    ['vi', 'vi'],
    ['fr;q=1, km;q=0.5, en;q=0.3', 'km'],
    ['en;q=0.2, lo;q=0.9', 'lo'],
    ['id-ID', 'id'],
    ['my-MM,en;q=0.5', 'my'],
    ['ms-MY', 'ms'],
    ['fil-PH,en;q=0.8', 'fil'],
    ['th;q=0, vi;q=0.5', 'vi'],
  ])('%j → %s', (header, expected) => {
    expect(roomPageLanguage(header)).toBe(expected);
  });
});

describe('roomCodePage', () => {
  it('is written in each of the interface languages', () => {
    const pages = ROOM_PAGE_LANGUAGES.map((language) =>
      roomCodePage(language, { action: '/', wrongCode: false }),
    );
    expect(new Set(pages).size).toBe(ROOM_PAGE_LANGUAGES.length);
    expect(pages[2]).toContain('<html lang="th">');
    expect(pages[2]).toContain('รหัสห้อง');
  });

  it('asks for the code in a labelled field, sent back to the address asked for', () => {
    const page = roomCodePage('en', { action: '/files/abc', wrongCode: false });
    expect(page).toContain('<form method="get" action="/files/abc">');
    expect(page).toContain('<label for="room">Room code</label>');
    expect(page).toMatch(/<input id="room" name="room"/);
    expect(page).not.toContain('role="alert"');
    expect(page).not.toContain('<script');
  });

  it('says when the code was wrong, tied to the field', () => {
    const page = roomCodePage('vi', { action: '/', wrongCode: true });
    expect(page).toContain('role="alert"');
    expect(page).toContain('aria-describedby="room-error"');
  });

  it('escapes the address it sends the form to', () => {
    const page = roomCodePage('en', { action: '/"><script>x</script>', wrongCode: false });
    expect(page).not.toContain('<script>');
    expect(page).toContain('action="/&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
  });

  it('says in each language that too many codes were tried, and in how many minutes to try again', () => {
    const pages = ROOM_PAGE_LANGUAGES.map((language) =>
      roomCodePage(language, { action: '/', wrongCode: true, retryInMinutes: 7 }),
    );
    for (const page of pages) {
      expect(page).toMatch(/<p class="error" id="room-error" role="alert">[^<]*\b7\b[^<]*<\/p>/);
      expect(page).toContain('aria-describedby="room-error"');
    }
    expect(new Set(pages).size).toBe(ROOM_PAGE_LANGUAGES.length);
    expect(pages[0]).toContain(
      'Too many wrong codes were tried from this device. Try again in 7 minutes.',
    );
    expect(roomCodePage('en', { action: '/', wrongCode: false, retryInMinutes: 1 })).toContain(
      'Try again in 1 minute.',
    );
    expect(pages[0]).not.toContain('That is not this room’s code');
  });
});
