// A reading list as one zip for the classroom: each of its documents once, named after its title,
// and reading-list.txt with the list's note and each item's citation, page and note. Documents
// marked "do not share", and entries without a file, stay out, and the text file says so.
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import yazl from 'yazl';
import { formatCitation } from '#shared/citation.ts';
import { downloadFileName } from '#shared/download-name.ts';
import type { ReadingList } from '#shared/reading-lists.ts';

const LIST_TEXT_NAME = 'reading-list.txt';

type LeftOut = { leftOut: 'do-not-share' | 'no-file' };
/** Where a document's file is, or why it stays out of the zip. */
export type ArchiveFile = { path: string } | LeftOut;
type ArchiveEntry = { name: string; path: string } | LeftOut;

const LEFT_OUT = {
  'do-not-share': 'not included: marked "do not share"',
  'no-file': 'not included: no file in the library',
} as const;

/** "Title.pdf", then "Title (2).pdf" for the next document that would take the same name. */
function uniqueName(title: string, extension: string, taken: Set<string>): string {
  let name = downloadFileName(title, extension);
  // Names differing only in case collide on Windows and macOS.
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = downloadFileName(title, extension, n);
  taken.add(name.toLowerCase());
  return name;
}

/** Each document of the list once, in order, with the name it has in the zip or why it is out. */
function archiveEntries(
  list: ReadingList,
  files: ReadonlyMap<string, ArchiveFile>,
): Map<string, ArchiveEntry> {
  const taken = new Set([LIST_TEXT_NAME]);
  const entries = new Map<string, ArchiveEntry>();
  for (const { documentId, document } of list.items) {
    if (document === null || entries.has(documentId)) continue;
    const file = files.get(documentId) ?? { leftOut: 'no-file' };
    entries.set(
      documentId,
      'leftOut' in file
        ? file
        : {
            name: uniqueName(document.title, extname(file.path), taken),
            path: file.path,
          },
    );
  }
  return entries;
}

const citationOf = ({ document, documentId, page, pageLabel }: ReadingList['items'][number]) =>
  document
    ? formatCitation(document, page === null ? null : { number: page, label: pageLabel })
    : `A document no longer in the library (${documentId})`;

function listText(list: ReadingList, entries: ReadonlyMap<string, ArchiveEntry>): string {
  const lines = [list.name, ...(list.note.trim() ? ['', list.note.trim()] : []), ''];
  list.items.forEach((item, index) => {
    const entry = entries.get(item.documentId);
    lines.push(`${index + 1}. ${citationOf(item)}`);
    if (entry) lines.push(`   ${'leftOut' in entry ? LEFT_OUT[entry.leftOut] : entry.name}`);
    const note = item.note.trim();
    if (note) lines.push(...note.split(/\r?\n/).map((line) => `   ${line}`));
  });
  // Windows' Notepad before 2018 shows a file without CRLF as one line.
  return `${lines.join('\r\n')}\r\n`;
}

/** The zip, written as it is read; `files` holds each document's file or why it stays out. */
export function listArchive(list: ReadingList, files: ReadonlyMap<string, ArchiveFile>): Readable {
  const entries = archiveEntries(list, files);
  const zip = new yazl.ZipFile();
  const output = zip.outputStream as Readable;
  // A file that cannot be read ends the download with an error rather than leaving it hanging.
  zip.on('error', (error: Error) => output.destroy(error));
  zip.addBuffer(Buffer.from(listText(list, entries)), LIST_TEXT_NAME);
  for (const entry of entries.values()) {
    // PDFs and Word files are compressed already: deflating them again costs time for nothing.
    if ('path' in entry) zip.addFile(entry.path, entry.name, { compress: false });
  }
  zip.end();
  return output;
}
