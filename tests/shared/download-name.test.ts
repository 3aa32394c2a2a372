import { describe, expect, it } from 'vitest';
import { asciiFileName, attachmentDisposition, downloadFileName } from '#shared/download-name.ts';

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('attachmentDisposition', () => {
  it.each([
    [
      'Handbook on digital evidence',
      `attachment; filename="Handbook on digital evidence.pdf"; filename*=UTF-8''Handbook%20on%20digital%20evidence.pdf`,
    ],
    [
      'Hướng dẫn điều tra mua bán người',
      `attachment; filename="Huong dan dieu tra mua ban nguoi.pdf"; filename*=UTF-8''${encodeURIComponent('Hướng dẫn điều tra mua bán người')}.pdf`,
    ],
    [
      'คู่มือการสอบสวน',
      `attachment; filename="document.pdf"; filename*=UTF-8''${encodeURIComponent('คู่มือการสอบสวน')}.pdf`,
    ],
    [
      'សៀវភៅណែនាំ 2024',
      `attachment; filename="2024.pdf"; filename*=UTF-8''${encodeURIComponent('សៀវភៅណែនាំ 2024')}.pdf`,
    ],
    ['CON', `attachment; filename="_CON.pdf"; filename*=UTF-8''_CON.pdf`],
    ['nul.draft', `attachment; filename="_nul.draft.pdf"; filename*=UTF-8''_nul.draft.pdf`],
    ['LPT1 ', `attachment; filename="_LPT1.pdf"; filename*=UTF-8''_LPT1.pdf`],
    ['Com9', `attachment; filename="_Com9.pdf"; filename*=UTF-8''_Com9.pdf`],
    [
      'Console guide',
      `attachment; filename="Console guide.pdf"; filename*=UTF-8''Console%20guide.pdf`,
    ],
    [
      'Report 2023...',
      `attachment; filename="Report 2023.pdf"; filename*=UTF-8''Report%202023.pdf`,
    ],
    ['.hidden', `attachment; filename="hidden.pdf"; filename*=UTF-8''hidden.pdf`],
    [
      'Victims/Witnesses: a guide',
      `attachment; filename="Victims - Witnesses - a guide.pdf"; filename*=UTF-8''Victims%20-%20Witnesses%20-%20a%20guide.pdf`,
    ],
    [
      'C:\\Windows\\evil',
      `attachment; filename="C - Windows - evil.pdf"; filename*=UTF-8''C%20-%20Windows%20-%20evil.pdf`,
    ],
    [
      '"Quoted" <title> | a*b?',
      `attachment; filename="Quoted - title - a - b.pdf"; filename*=UTF-8''Quoted%20-%20title%20-%20a%20-%20b.pdf`,
    ],
    [
      "Victims' rights (2024)",
      `attachment; filename="Victims' rights (2024).pdf"; filename*=UTF-8''Victims%27%20rights%20%282024%29.pdf`,
    ],
    [
      'Line\nbreak\ttab',
      `attachment; filename="Line break tab.pdf"; filename*=UTF-8''Line%20break%20tab.pdf`,
    ],
    [
      'report\u202Efdp.exe',
      `attachment; filename="reportfdp.exe.pdf"; filename*=UTF-8''reportfdp.exe.pdf`,
    ],
    ['', `attachment; filename="document.pdf"; filename*=UTF-8''document.pdf`],
    ['?*', `attachment; filename="document.pdf"; filename*=UTF-8''document.pdf`],
  ])('%j', (title, expected) => {
    expect(attachmentDisposition(title, 'pdf')).toBe(expected);
  });
});

describe('downloadFileName', () => {
  it('keeps long names within 255 bytes of UTF-8', () => {
    const name = downloadFileName('a'.repeat(400), '.pdf');
    expect(name).toBe(`${'a'.repeat(251)}.pdf`);
  });

  it('never cuts a character, even one of several code points', () => {
    const khmer = 'ស្ត្រី'.repeat(40);
    const name = downloadFileName(khmer, 'pdf');
    expect(bytes(name)).toBeLessThanOrEqual(255);
    const stem = name.slice(0, -'.pdf'.length);
    expect(khmer.startsWith(stem)).toBe(true);
    expect(stem.length % 'ស្ត្រី'.length).toBe(0);
    const vietnamese = downloadFileName('Điều tra '.repeat(60), 'pdf');
    expect(bytes(vietnamese)).toBeLessThanOrEqual(255);
    expect(vietnamese).not.toContain('\uFFFD');
    expect(vietnamese).toMatch(/[^ .]\.pdf$/);
  });

  it('numbers the second of two equal names, still within 255 bytes', () => {
    expect(downloadFileName('Notes', 'md', 2)).toBe('Notes (2).md');
    expect(downloadFileName('Notes', 'md', 1)).toBe('Notes.md');
    expect(downloadFileName('a'.repeat(400), '.pdf', 12)).toBe(`${'a'.repeat(246)} (12).pdf`);
  });

  it('keeps only a plain extension', () => {
    expect(downloadFileName('Notes', 'md')).toBe('Notes.md');
    expect(downloadFileName('Notes', '.PDF')).toBe('Notes.pdf');
    expect(downloadFileName('Notes', '../x')).toBe('Notes');
  });

  it('gives an ASCII name with Latin letters unaccented', () => {
    expect(asciiFileName('Đồng Nai: báo cáo', 'pdf')).toBe('Dong Nai - bao cao.pdf');
  });
});
