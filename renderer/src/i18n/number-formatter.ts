// Every number a string interpolates ({{count}}, {{page}}, {{documents}}...) is written for the
// interface language ("1,234" in English, "1.234" in Vietnamese), without a format name in each
// string of each language: i18next hands every value here (interpolation.alwaysFormat).
import type { FormatterModule } from 'i18next';
import { formatNumber } from './locale-format.ts';

function refuseNamedFormat(): never {
  throw new Error('Interface strings name no formats: every number is formatted for the language.');
}

export const localeNumberFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  format: (value, _format, language) =>
    typeof value === 'number' && language !== undefined ? formatNumber(value, language) : value,
  add: refuseNamedFormat,
  addCached: refuseNamedFormat,
};
