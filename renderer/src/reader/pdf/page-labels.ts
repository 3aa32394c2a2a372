// The printed page numbers of a PDF (its page labels: "iii", "12", "A-1") in the reader's page
// box: the label of the page in view, and the page a typed label or number stands for.

/** The labels worth showing: none when the PDF has none, or when each only repeats its page's number. */
export function shownLabels(
  labels: readonly (string | null)[] | null | undefined,
  pageCount: number,
): readonly (string | null)[] | null {
  if (!labels || labels.length !== pageCount) return null;
  return labels.some((label, i) => label !== null && label !== String(i + 1)) ? labels : null;
}

const comparable = (text: string) => text.normalize('NFC').trim().toLocaleLowerCase();

/**
 * The page (from 1) a reader typed: a page's printed label first, since that is what the page
 * shows ("12" is the page printed 12), then a page number counted from the first page, kept
 * within the document. Null when it is neither.
 */
export function pageOfEntry(
  entry: string,
  labels: readonly (string | null)[] | null,
  pageCount: number,
): number | null {
  const typed = comparable(entry);
  if (typed === '' || pageCount < 1) return null;
  const labelled = labels?.findIndex((label) => label !== null && comparable(label) === typed);
  if (labelled !== undefined && labelled >= 0) return labelled + 1;
  if (!/^\d+$/.test(typed)) return null;
  return Math.min(Math.max(1, Number(typed)), pageCount);
}

/** What the page box shows for a page: its label, or its number where it has none. */
export function pageBoxText(page: number, labels: readonly (string | null)[] | null): string {
  return labels?.[page - 1] ?? String(page);
}
