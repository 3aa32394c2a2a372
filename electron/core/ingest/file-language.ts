// The language of a file the catalog does not place. Its text decides: the language a file
// declares (a PDF's /Lang, an HTML lang attribute) is usually the locale of the tool that wrote it,
// not of the document (a Khmer text exported from an office suite set up in English says "en-US"),
// so the declaration only settles what the text leaves open.
import { knownLanguages, type LanguageGuess } from './detect-language.ts';

/** Codes that tools still write for languages the portal names otherwise. */
const ALIASES: Record<string, string> = { tl: 'fil', in: 'id' };

/** A declared tag ("en-US", "vi_VN", "fil") as a language the portal knows ("en", "vi", "fil"), or null. */
export function knownLanguageOf(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const language = ALIASES[base] ?? base;
  return knownLanguages.has(language) ? language : null;
}

/** The text's language, or the declared one when the text fits several languages and it is one of them. */
export function fileLanguage(declared: string | null | undefined, text: LanguageGuess): string {
  const language = knownLanguageOf(declared);
  const textUnsure = text.candidates.length > 1;
  return language !== null && textUnsure && text.candidates.includes(language)
    ? language
    : text.language;
}

/**
 * True when neither the text nor the declaration named the language and fileLanguage fell back on
 * English: a scanned file with no text. OCR then detects it from the pages (ocr/ocr-queue.ts).
 */
export function languageDefaulted(
  declared: string | null | undefined,
  text: LanguageGuess,
): boolean {
  return knownLanguageOf(declared) === null && text.candidates.length >= knownLanguages.size;
}
