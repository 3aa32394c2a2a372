// The first detection pass for a scanned document whose language nothing names: a strip of a
// few lines of its page (text-strip.ts) is read once with each script's model, the commonest
// first, until one reading settles it, and the readings are weighed (language-trials.ts).
import { encodeGreyPng, type GreyImage } from './grey-png.ts';
import { chooseLanguage, settles, TRIAL_MODELS, weighTrial } from './language-trials.ts';
import { textStrip } from './text-strip.ts';
import type { LanguageDetection, LanguageTrial } from '#shared/ocr-types.ts';

/** What detection needs of a recogniser. */
export interface TrialReader {
  /** The page as the recogniser sees it, in grey, without reading it. */
  grey(image: Uint8Array): Promise<GreyImage>;
  /** A strip read as one block of text with one model (tesseract's code). */
  read(png: Uint8Array, model: string): Promise<{ text: string; confidence: number }>;
}

export async function detectPageLanguage(
  reader: TrialReader,
  image: Uint8Array,
  /** Tesseract codes with data installed; models missing here are not tried. */
  models: ReadonlySet<string>,
  /** The library's language codes with data installed. */
  installed: ReadonlySet<string>,
): Promise<LanguageDetection> {
  const started = performance.now();
  const strip = textStrip(await reader.grey(image));
  // A page with no line of text has no language to find: it is read as English.
  if (!strip) return { language: 'en', sure: false, trials: [], ms: elapsed(started) };
  const png = encodeGreyPng(strip);
  const trials: { trial: LanguageTrial; text: string }[] = [];
  for (const { model, language } of TRIAL_MODELS) {
    if (!models.has(model)) continue;
    const at = performance.now();
    const { text, confidence } = await reader.read(png, model);
    const trial = weighTrial({ language, text, confidence, ms: performance.now() - at });
    trials.push({ trial, text });
    if (settles(trial)) break;
  }
  return chooseLanguage(trials, installed, elapsed(started));
}

const elapsed = (since: number) => Math.round(performance.now() - since);
