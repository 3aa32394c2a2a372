// The interface strings in every language: the same keys as English (plural forms as each
// language's plural rules need them), the same placeholders, and every key used by the code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '#renderer/i18n/i18n.ts';
import { INTERFACE_LANGUAGES } from '#renderer/i18n/languages.ts';

const I18N = join(import.meta.dirname, '..', '..', '..', 'renderer', 'src', 'i18n');
const SOURCE = join(I18N, '..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Strings = Map<string, string>;

function flatten(tree: object, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    typeof value === 'object' && value !== null
      ? flatten(value as object, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

function readStrings(language: string): Strings {
  const tree = JSON.parse(readFileSync(join(I18N, `${language}.json`), 'utf8')) as object;
  const entries = flatten(tree);
  const notStrings = entries.filter(
    ([, value]) => typeof value !== 'string' || value.trim() === '',
  );
  if (notStrings.length > 0) {
    throw new Error(
      `${language}.json has empty or non-text values: ${notStrings.map(([k]) => k).join(', ')}`,
    );
  }
  return new Map(entries as [string, string][]);
}

function sourceText(folder: string): string {
  return readdirSync(folder, { withFileTypes: true })
    .map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sourceText(path);
      return /\.tsx?$/.test(entry.name) ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}

const baseKey = (key: string) => key.replace(PLURAL, '');
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((match) => match[1]).sort();

/** The keys a language must have: English's, with each plural in that language's forms. */
function expectedKeys(english: Strings, language: string): string[] {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return [
    ...new Set(
      [...english.keys()].flatMap((key) =>
        PLURAL.test(key) ? forms.map((form) => `${baseKey(key)}_${form}`) : [key],
      ),
    ),
  ];
}

const english = readStrings('en');
const files = readdirSync(I18N)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''));

describe('the languages of the interface', () => {
  it('each have a file, registered in i18n.ts, and no file is left out of the menu', () => {
    const listed = INTERFACE_LANGUAGES.map((language) => language.code).sort();
    expect(files.toSorted()).toEqual(listed);
    expect(Object.keys(resources).sort()).toEqual(listed);
  });
});

describe.each(files)('the %s strings', (language) => {
  const strings = readStrings(language);
  const expected = expectedKeys(english, language);

  it('give every key English has, with the plural forms the language uses', () => {
    expect(expected.filter((key) => !strings.has(key))).toEqual([]);
  });

  it('give no key English lacks', () => {
    expect([...strings.keys()].filter((key) => !expected.includes(key))).toEqual([]);
  });

  it('name the same placeholders as English', () => {
    const differing = [...strings].flatMap(([key, text]) => {
      const other = PLURAL.test(key) ? `${baseKey(key)}_other` : key;
      const wanted = english.get(other) ?? english.get(key);
      if (wanted === undefined) return [];
      const got = placeholders(text);
      // A form for one item may leave the number out ("A filter is narrowing the search").
      const same =
        key.endsWith('_other') || !PLURAL.test(key)
          ? got.join() === placeholders(wanted).join()
          : got.every((name) => placeholders(wanted).includes(name));
      return same
        ? []
        : [`${key}: ${got.join(', ')} instead of ${placeholders(wanted).join(', ')}`];
    });
    expect(differing).toEqual([]);
  });

  it.skipIf(language === 'en')('are translated, not copied from English', () => {
    const copied = [...strings].filter(([key, text]) => english.get(key) === text);
    expect(copied.length / strings.size).toBeLessThan(0.1);
  });
});

describe('the English strings', () => {
  it('are all used by the interface, each key written out in full', () => {
    const code = sourceText(SOURCE);
    const keys = [...new Set([...english.keys()].map(baseKey))];
    expect(keys.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });
});
