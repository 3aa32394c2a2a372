import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyAddedFiles, planAddedFiles, UnusablePathError } from '#core/library/add-files.ts';
import { tempFolder, writeFiles } from '../../helpers/temp-folder.ts';

describe('planAddedFiles', () => {
  it('takes a file to the top and a folder’s supported files under the folder’s name', () => {
    const library = tempFolder();
    const outside = tempFolder();
    writeFiles(outside, {
      'brief.md': '# Brief',
      'Workshop/report.html': '<h1>Report</h1>',
      'Workshop/annex/notes.txt': 'notes',
      'Workshop/photo.bmp': 'not a document',
      'Workshop/.hidden.md': 'hidden',
    });
    const plan = planAddedFiles([join(outside, 'brief.md'), join(outside, 'Workshop')], library);
    expect(plan.map((p) => p.target)).toEqual([
      'brief.md',
      'Workshop/annex/notes.txt',
      'Workshop/report.html',
    ]);
  });

  it('refuses the whole request, naming the path, when one path cannot be added', () => {
    const library = tempFolder();
    const outside = tempFolder();
    writeFiles(outside, { 'ok.md': '# ok', 'tool.exe': 'MZ', 'Pictures/a.bmp': 'x' });
    writeFiles(library, { 'inside.md': '# already there' });
    const cases: [string, RegExp][] = [
      [join(outside, 'missing.pdf'), /missing\.pdf does not exist/],
      [join(outside, 'tool.exe'), /tool\.exe: only .*\.pdf.* files can be added/],
      [join(outside, 'Pictures'), /Pictures holds no .* files to add/],
      [join(library, 'inside.md'), /already in the library folder/],
      [library, /already in the library folder/],
      [join(library, '..'), /holds the library folder itself/],
    ];
    for (const [path, message] of cases) {
      const attempt = () => planAddedFiles([join(outside, 'ok.md'), path], library);
      expect(attempt).toThrow(UnusablePathError);
      expect(attempt).toThrow(message);
    }
  });

  it('accepts a folder whose name only begins with two dots', () => {
    const library = tempFolder();
    writeFiles(library, { '..notes/a.md': '# a' });
    expect(() => planAddedFiles([join(library, '..notes', 'a.md')], library)).toThrow(
      /already in the library/,
    );
    const outside = tempFolder();
    writeFiles(outside, { '..draft/a.md': '# a' });
    expect(planAddedFiles([join(outside, '..draft')], library)).toHaveLength(1);
  });

  it('refuses a symbolic link to something that is not a file or folder', () => {
    const library = tempFolder();
    const outside = tempFolder();
    symlinkSync('/dev/null', join(outside, 'device.md'));
    expect(() => planAddedFiles([join(outside, 'device.md')], library)).toThrow(
      /neither a file nor a folder/,
    );
  });
});

describe('copyAddedFiles', () => {
  it('keeps folders, never overwrites a different file, and copies the same bytes once', () => {
    const library = tempFolder();
    const added = join(library, 'added');
    const first = tempFolder();
    const second = tempFolder();
    writeFiles(first, { 'Workshop/report.md': '# First' });
    writeFiles(second, { 'Workshop/report.md': '# Second' });
    copyAddedFiles(planAddedFiles([join(first, 'Workshop')], library), added);
    copyAddedFiles(planAddedFiles([join(first, 'Workshop')], library), added);
    copyAddedFiles(planAddedFiles([join(second, 'Workshop')], library), added);
    expect(readFileSync(join(added, 'Workshop', 'report.md'), 'utf8')).toBe('# First');
    expect(readFileSync(join(added, 'Workshop', 'report-2.md'), 'utf8')).toBe('# Second');
    expect(existsSync(join(added, 'Workshop', 'report-3.md'))).toBe(false);
  });
});
