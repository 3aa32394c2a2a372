// The rule that keeps the interface's words in its strings: text children, constant string
// children (also through a condition) and the attributes a reader sees or hears are refused when
// they hold a letter of any script; punctuation, symbols, numbers and translated text pass.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: REPO_ROOT });

async function literals(code: string, file = 'renderer/src/pages/Probe.tsx'): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\n`, { filePath: resolve(REPO_ROOT, file) });
  return result!.messages
    .filter((message) => message.ruleId === 'portal/jsx-literal-text' || message.fatal)
    .map((message) => message.message);
}

const component = (jsx: string) =>
  `declare const t: (key: string) => string;\ndeclare const on: boolean;\nexport const Probe = () => ${jsx};`;

describe('words a reader sees come from the interface strings', () => {
  it.each([
    ['a text child', '<p>Search the library</p>', 'Search the library'],
    ['a text child in another script', '<p>ค้นหา</p>', 'ค้นหา'],
    ['a constant string child', "<p>{'Close'}</p>", 'Close'],
    ['a template child', '<p>{`Close`}</p>', 'Close'],
    ['a branch of a condition', "<p>{on ? t('a') : 'Closed'}</p>", 'Closed'],
    ['the right of &&', "<p>{on && 'Loading'}</p>", 'Loading'],
    ['aria-label', '<button aria-label="Close" />', 'Close'],
    ['title', "<abbr title={'Page'}>{t('a')}</abbr>", 'Page'],
    ['placeholder', '<input placeholder="Search" />', 'Search'],
    ['alt', '<img alt="Map of ASEAN" />', 'Map of ASEAN'],
  ])('refuses %s', async (_name, jsx, text) => {
    expect(await literals(component(jsx))).toEqual([expect.stringContaining(`"${text}"`)]);
  });

  it.each([
    ['punctuation and symbols', '<p>· — … × → ( ) / :</p>'],
    ['numbers', '<p>{42} 1–3 %</p>'],
    ['translated text', "<p title={t('a')} aria-label={t('b')}>{t('c')}</p>"],
    ['attributes nobody reads', '<p className="home-hero" data-testid="hero" id="x" lang="en" />'],
    ['interpolated values', "<p>{on ? t('a') : t('b')}</p>"],
  ])('allows %s', async (_name, jsx) => {
    expect(await literals(component(jsx))).toEqual([]);
  });

  it('checks the interface only', async () => {
    expect(await literals(component('<p>Words</p>'), 'tests/e2e/support/probe.tsx')).toEqual([]);
  });
});
