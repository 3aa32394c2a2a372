// Builds the descriptions a document can have: its catalog entry's, a news entry's, or what its
// file says about itself. Which one a document gets is decided in choose-metadata.ts.
import { basename, extname } from 'node:path';
import type { DocumentType } from '#shared/types.ts';
import type { DocumentMetadata } from '../library/document-record.ts';
import type { CatalogDocument, CatalogEntry } from './catalog-schema.ts';
import type { ExtractedDocument } from './extract-document.ts';

/** What a file says about itself that a description uses. */
export interface FileFacts {
  title: string | null;
  language: string;
  year: number | null;
  keywords: string[];
  summary: string | null;
}

export function factsFromExtraction(extracted: ExtractedDocument): FileFacts {
  const { title, year, keywords, summary } = extracted.metadata;
  return { title, language: extracted.language, year, keywords, summary };
}

const TYPE_WORDS: [RegExp, DocumentType][] = [
  [/handbook|manual/i, 'handbook'],
  [/guideline|guidance/i, 'guideline'],
  [/toolkit|tool kit/i, 'toolkit'],
  [/policy (paper|brief)/i, 'policy-paper'],
  [/training|curriculum|module/i, 'training-material'],
  [/fact ?sheet/i, 'fact-sheet'],
  [/\b(law|act|decree|convention)\b/i, 'legislation'],
  [/research|study|brief/i, 'research'],
];

function titleFromFileName(path: string): string {
  const stem = basename(path, extname(path)).replace(/[_-]+/g, ' ').trim();
  return stem ? stem[0]!.toUpperCase() + stem.slice(1) : path;
}

export function metadataFromFile(path: string, file: FileFacts): DocumentMetadata {
  const title = file.title?.trim() || titleFromFileName(path);
  const type = TYPE_WORDS.find(([re]) => re.test(title))?.[1] ?? 'report';
  return {
    title,
    type,
    language: file.language,
    year: file.year,
    date: null,
    summary: file.summary?.trim() ?? '',
    keywords: file.keywords,
    countries: [],
    organisations: [],
    themes: [],
    links: [],
  };
}

/** The catalog's description, the file's language and year filling what the entry leaves out. */
export function metadataFromCatalog(
  entry: CatalogDocument,
  file: Pick<FileFacts, 'language' | 'year'>,
): DocumentMetadata {
  return {
    title: entry.title,
    type: entry.type,
    language: entry.language ?? file.language,
    year: entry.year ?? (entry.date ? Number(entry.date.slice(0, 4)) : file.year),
    date: entry.date ?? null,
    summary: entry.summary,
    keywords: entry.keywords,
    countries: entry.countries,
    organisations: entry.organisations,
    themes: entry.themes,
    links: [],
  };
}

export function metadataFromEntry(entry: CatalogEntry, detectedLanguage: string): DocumentMetadata {
  return {
    title: entry.title,
    type: entry.type,
    language: entry.language ?? detectedLanguage,
    year: entry.year ?? Number(entry.date.slice(0, 4)),
    date: entry.date,
    summary: entry.summary,
    keywords: entry.keywords,
    countries: entry.countries,
    organisations: entry.organisations,
    themes: entry.themes,
    links: entry.documents.map((d) => d.replaceAll('\\', '/').replace(/^\.\//, '')),
  };
}
