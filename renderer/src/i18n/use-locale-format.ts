// The formatting functions of locale-format.ts, bound to the interface language of the moment.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '#shared/types.ts';
import {
  formatClockTime,
  formatDocumentDate,
  formatMoment,
  formatNumber,
} from './locale-format.ts';

export interface LocaleFormat {
  number(value: number): string;
  documentDate(document: Pick<DocumentSummary, 'date' | 'year'>): string | null;
  moment(moment: string): string;
  /** The time of day of a moment, such as when sharing stops. */
  clockTime(moment: string): string;
}

export function useLocaleFormat(): LocaleFormat {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () => ({
      number: (value) => formatNumber(value, locale),
      documentDate: (document) => formatDocumentDate(document, locale),
      moment: (moment) => formatMoment(moment, locale),
      clockTime: (moment) => formatClockTime(moment, locale),
    }),
    [locale],
  );
}
