// `portal ocr`: the languages listed with where their data lies (Khmer from a folder --ocr-data
// names, other files there refused with the reason), a PDF page drawn and read, and clear
// refusals for a language without data and a file that is not an image.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { portal } from '../helpers/portal-cli.ts';

const home = mkdtempSync(join(tmpdir(), 'portal-ocr-cli-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));
const handbook = resolve(import.meta.dirname, '../fixtures/pdf/english-handbook.pdf');

describe('portal ocr', () => {
  it('lists the languages, Khmer from the folder --ocr-data names, and refuses what is not data', () => {
    const extra = join(home, 'extra');
    mkdirSync(extra);
    copyFileSync(
      '/usr/share/tesseract-ocr/5/tessdata/khm.traineddata',
      join(extra, 'khm.traineddata'),
    );
    writeFileSync(join(extra, 'readme.txt'), 'not data');
    const without = portal(['ocr', 'languages', '--json'], home);
    expect(without.code).toBe(0);
    const listed = JSON.parse(without.stdout) as {
      languages: { language: string; file: string | null }[];
    };
    expect(listed.languages.find((entry) => entry.language === 'km')!.file).toBeNull();
    expect(listed.languages.find((entry) => entry.language === 'th')!.file).toMatch(
      /tha\.traineddata\.gz$/,
    );

    const withKhmer = portal(['ocr', 'languages', '--ocr-data', extra], home);
    expect(withKhmer.code).toBe(0);
    expect(withKhmer.stdout).toContain(`km   khm  ${join(extra, 'khm.traineddata')}`);
    expect(withKhmer.stdout).toMatch(/refused: "readme\.txt" is not a recognition data file/);
  });

  it('reads a PDF page drawn at the resolution asked', () => {
    const read = portal(['ocr', 'read', handbook, '--page', '2', '--dpi', '200'], home);
    expect(read.stderr).not.toMatch(/portal:/);
    expect(read.code).toBe(0);
    expect(read.stdout).toContain('Mutual legal assistance');
    expect(read.stdout).toMatch(/\d+ words, confidence \d+, turned 0°, tesseract\.js/);
  }, 120_000);

  it('refuses a language without data and a file that is not an image, saying why', () => {
    const khmer = portal(['ocr', 'read', handbook, '--lang', 'km'], home);
    expect(khmer.code).toBe(2);
    expect(khmer.stderr).toMatch(/No recognition data for "khm": add khm\.traineddata/);
    const text = join(home, 'page.png');
    writeFileSync(text, 'not an image');
    const notImage = portal(['ocr', 'read', text], home);
    expect(notImage.code).toBe(2);
    expect(notImage.stderr).toMatch(/bytes of a PNG or JPEG file|neither a PNG nor a JPEG/);
  }, 120_000);

  it('adds a language file to the data folder, lists it, and removes it again', () => {
    const own = mkdtempSync(join(tmpdir(), 'portal-ocr-add-'));
    try {
      const added = portal(
        ['ocr', 'add', '/usr/share/tesseract-ocr/5/tessdata/khm.traineddata'],
        own,
      );
      expect(added.code).toBe(0);
      expect(added.stdout).toContain('Added khm');
      const listed = portal(['ocr', 'languages'], own);
      expect(listed.stdout).toContain(`km   khm  ${join(own, 'ocr-data', 'khm.traineddata')}`);
      expect(portal(['ocr', 'remove', 'khm'], own).code).toBe(0);
      const again = portal(['ocr', 'remove', 'khm'], own);
      expect(again.code).toBe(2);
      expect(again.stderr).toContain('No data was added for "khm".');
      const notData = portal(['ocr', 'add', handbook], own);
      expect(notData.code).toBe(2);
      expect(notData.stderr).toMatch(/is not a recognition data file/);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
