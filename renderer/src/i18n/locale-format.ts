// Numbers and dates written the way the interface language writes them. Dates use the Gregorian
// calendar in every language, because the library's years (the year filter, citations) are
// Common Era years; Thai, whose default calendar is the Buddhist one, then names the era (ค.ศ.).
import type { DocumentSummary } from '#shared/types.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/** A calendar day ("2024-03-05"), whatever the reader's time zone: "5 มีนาคม ค.ศ. 2024". */
export function formatDay(isoDay: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
    calendar: 'gregory',
  }).format(new Date(`${isoDay}T00:00:00Z`));
}

/** A moment (when a bookmark was saved), as a day in the reader's time zone. */
export function formatMoment(moment: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', calendar: 'gregory' }).format(
    new Date(moment),
  );
}

/** A moment's time of day in the reader's time zone ("16:30", "4:30 PM"). */
export function formatClockTime(moment: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(moment));
}

/** A document's day when the catalog gives one, else its year as printed; null when neither. */
export function formatDocumentDate(
  document: Pick<DocumentSummary, 'date' | 'year'>,
  locale: string,
): string | null {
  if (document.date !== null && ISO_DAY.test(document.date))
    return formatDay(document.date, locale);
  if (document.date !== null) return document.date;
  return document.year === null ? null : String(document.year);
}
