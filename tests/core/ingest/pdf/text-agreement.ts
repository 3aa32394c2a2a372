// How closely two extractions of the same page agree, character by character.
import { execFileSync } from 'node:child_process';

/** Whitespace of any kind and amount counts as one space; Unicode in composed form. */
export function normaliseSpaces(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Without any whitespace: for comparing with source text, whose line breaks the PDF does not keep. */
export function withoutSpaces(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, '');
}

function levenshtein(a: string[], b: string[]): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        substitution,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** 1 - edit distance / length of the longer text, over code points: 1 is identical. */
export function agreement(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  const longer = Math.max(left.length, right.length);
  return longer === 0 ? 1 : 1 - levenshtein(left, right) / longer;
}

export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** poppler's text of each page (pages end with a form feed). */
export function pdftotextPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  const pages = text.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}
