import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/en.json' with { type: 'json' };

const SOURCE = join(import.meta.dirname, '..', '..', '..', 'renderer', 'src');

function sourceText(folder: string): string {
  return readdirSync(folder, { withFileTypes: true })
    .map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return sourceText(path);
      return /\.tsx?$/.test(entry.name) ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('the English interface strings', () => {
  const keys = [...new Set(keysOf(en).map((key) => key.replace(/_(one|other)$/, '')))];

  it('are all used by the interface, each written out in full', () => {
    const code = sourceText(SOURCE);
    expect(keys.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });

  it('give both plural forms wherever they give one', () => {
    const all = new Set(keysOf(en));
    const plurals = [...all]
      .filter((key) => /_(one|other)$/.test(key))
      .map((key) => key.replace(/_(one|other)$/, ''));
    expect(plurals.filter((base) => !all.has(`${base}_one`) || !all.has(`${base}_other`))).toEqual(
      [],
    );
  });
});
