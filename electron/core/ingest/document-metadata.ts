// Decides a document's descriptive metadata from its catalog entry, or, for a file the catalog
// does not describe, from what the file says about itself.
import { basename, extname } from 'node:path';
import type { DocumentType } from '../../shared/types.ts';
import type { DocumentMetadata } from '../library/document-record.ts';
import type { CatalogDocument, CatalogEntry } from './catalog-schema.ts';
import type { ExtractedDocument } from './extract-document.ts';

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

export function metadataFromFile(path: string, extracted: ExtractedDocument): DocumentMetadata {
  const title = extracted.metadata.title?.trim() || titleFromFileName(path);
  const type = TYPE_WORDS.find(([re]) => re.test(title))?.[1] ?? 'report';
  return {
    title,
    type,
    language: extracted.language,
    year: extracted.metadata.year,
    date: null,
    summary: extracted.metadata.summary?.trim() ?? '',
    keywords: extracted.metadata.keywords,
    countries: [],
    organisations: [],
    themes: [],
    links: [],
  };
}

export function metadataFromCatalog(
  entry: CatalogDocument,
  extracted: ExtractedDocument,
): DocumentMetadata {
  return {
    title: entry.title,
    type: entry.type,
    language: entry.language ?? extracted.language,
    year: entry.year ?? (entry.date ? Number(entry.date.slice(0, 4)) : extracted.metadata.year),
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
