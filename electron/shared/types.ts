// Data types shared by the engine, the main process, the HTTP server and the renderer.
// No Node and no DOM here: everything imports this file.

export const DOCUMENT_TYPES = [
  'handbook',
  'guideline',
  'toolkit',
  'policy-paper',
  'research',
  'training-material',
  'report',
  'fact-sheet',
  'legislation',
  'news',
  'event',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const ORGANISATION_ROLES = ['publisher', 'partner', 'endorsing-agency'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

/** Themes come in facets: subject themes, forms of exploitation, and sectors where they occur. */
export const THEME_FACETS = ['theme', 'exploitation', 'sector'] as const;
export type ThemeFacet = (typeof THEME_FACETS)[number];

export const DOCUMENT_FORMATS = [
  'pdf',
  'markdown',
  'html',
  'text',
  'docx',
  'image',
  'catalog',
] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Names in other languages, keyed by BCP 47 language code (vi, th, lo, km, id, fil, my, ms). */
export type Translations = Partial<Record<string, string>>;

export interface ProgrammeFigures {
  events?: number;
  participants?: number;
  participantsFemalePct?: number;
  participantsMalePct?: number;
  participantsOtherPct?: number;
  capacityEvents?: number;
  peopleTrained?: number;
  trainedFemalePct?: number;
  trainedMalePct?: number;
  trainedOtherPct?: number;
  /** Where the figures come from and the period they cover. */
  note?: string;
}

export interface Country {
  /** ISO 3166-1 alpha-2 code, upper case (KH, LA, VN...). */
  code: string;
  name: string;
  names: Translations;
  focalPointId: string | null;
  partnerIds: string[];
  figures: ProgrammeFigures;
  summary: string;
}

export interface Contact {
  address: string;
  phone: string;
  email: string;
  website: string;
}

export interface Organisation {
  id: string;
  name: string;
  names: Translations;
  /** Country code, or null for regional and international bodies. */
  country: string | null;
  kind: string;
  description: string;
  contact: Contact;
}

export interface Theme {
  id: string;
  name: string;
  names: Translations;
  facet: ThemeFacet;
  description: string;
}

export interface DocumentOrganisation {
  id: string;
  name: string;
  role: OrganisationRole;
}

export interface OutlineEntry {
  title: string;
  page: number | null;
  children: OutlineEntry[];
}

export interface DocumentSummary {
  /** SHA-256 of the file's bytes (hex); for catalog-only entries, of the entry itself. */
  id: string;
  title: string;
  type: DocumentType;
  format: DocumentFormat;
  language: string;
  year: number | null;
  /** ISO date (YYYY-MM-DD) for news and events, or when the catalog gives one. */
  date: string | null;
  summary: string;
  countries: string[];
  organisations: DocumentOrganisation[];
  themes: string[];
  pageCount: number;
  addedAt: string;
}

export interface DocumentDetail extends DocumentSummary {
  keywords: string[];
  /** Path relative to the library folder, or null for catalog-only entries. */
  path: string | null;
  sizeBytes: number;
  outline: OutlineEntry[];
  /** Documents linked from this one (news and events link to the documents they mention). */
  related: string[];
  /** True when the catalog did not describe the file and metadata came from the file itself. */
  uncatalogued: boolean;
  /** Marked "do not share": kept out of packs, copies and classroom serving. */
  doNotShare: boolean;
  /** A PDF that needs a password to open: its text is not indexed, and visitors never see it. */
  passwordProtected: boolean;
  /**
   * The label printed on each page ("iii", "12"), in page order, null for a page without one;
   * null when the file gives no labels (pages are then cited by their number).
   */
  pageLabels: (string | null)[] | null;
  /** How many of its pages have text recognised from their image (a scan) by OCR. */
  ocrPages?: number;
  /** True when nothing named its language and OCR detected it from its scanned pages. */
  languageDetected?: boolean;
}

/** A run of text, marked when it matches the query. Safe to render without HTML. */
export interface TextRun {
  text: string;
  hit: boolean;
  /** On a hit: a Thai, Lao, Khmer or Burmese term found only inside a longer word. */
  inside?: true;
}

export interface PageHit {
  page: number;
  snippet: TextRun[];
  /** Set when the page's text was recognised from a scan, with how sure OCR was (0 to 100). */
  ocr?: { confidence: number };
}

export interface SearchHit {
  document: DocumentSummary;
  score: number;
  pages: PageHit[];
}

export const SORT_ORDERS = ['relevance', 'year', 'title'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The years filter's value for documents whose year is not known ("n.d." in citations). */
export const UNDATED = 'undated';
export type YearFilter = number | typeof UNDATED;

export interface SearchFilters {
  countries?: string[];
  organisations?: string[];
  themes?: string[];
  types?: DocumentType[];
  languages?: string[];
  years?: YearFilter[];
}

export interface SearchRequest {
  query: string;
  /** The query is still being typed: its last word also matches longer words starting with it. */
  typing?: boolean;
  filters?: SearchFilters;
  sort?: SortOrder;
  offset?: number;
  limit?: number;
}

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  countries: FacetValue[];
  organisations: FacetValue[];
  themes: FacetValue[];
  exploitation: FacetValue[];
  sectors: FacetValue[];
  types: FacetValue[];
  languages: FacetValue[];
  years: FacetValue[];
}

export interface SearchResponse {
  total: number;
  hits: SearchHit[];
  facets: Facets;
  tookMs: number;
}

export interface LibraryStats {
  documents: number;
  pages: number;
  countries: number;
  organisations: number;
  themes: number;
  byType: Record<string, number>;
  byLanguage: Record<string, number>;
  databaseBytes: number;
  textBytes: number;
}

export interface PageText {
  page: number;
  text: string;
  /** The page's printed label ("iii", "12"); null or absent when the file gives none. */
  label?: string | null;
  /**
   * Set when the page's text was recognised from its image (a scan): how sure the recognition
   * was, from 0 to 100. Absent or null for text the file itself holds.
   */
  ocr?: { confidence: number } | null;
}

/** updated: the file is unchanged but its catalog description changed. */
export type IngestOutcome =
  'indexed' | 'replaced' | 'updated' | 'unchanged' | 'removed' | 'skipped';

export interface IngestReportEntry {
  path: string;
  outcome: IngestOutcome;
  documentId?: string;
  pages?: number;
  /** Why a file was skipped, or a warning about what was indexed. */
  message?: string;
}

export interface IngestReport {
  entries: IngestReportEntry[];
  indexed: number;
  replaced: number;
  updated: number;
  unchanged: number;
  removed: number;
  skipped: number;
  pages: number;
  elapsedMs: number;
  /** True when the run was cancelled; what was done before stays done. */
  cancelled: boolean;
}

export interface IngestProgress {
  done: number;
  total: number;
  current: string;
}
