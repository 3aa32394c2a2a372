// Files of every format the indexer reads, damaged: each ends in a document or an IngestError.
import { describe } from 'vitest';
import { docxIngest } from '#scripts/fuzz/targets/docx-ingest.ts';
import { pdfIngest } from '#scripts/fuzz/targets/pdf-ingest.ts';
import { textIngest } from '#scripts/fuzz/targets/text-ingest.ts';
import { shortRun } from './short-run.ts';

describe('fuzz: PDF ingest', () => shortRun(pdfIngest, 20261207));
// A seed that found damaged page-tree entries which pdf.js fetched ahead and left unhandled.
describe('fuzz: PDF ingest, a damaged page tree', () => shortRun(pdfIngest, 1009, 50));
describe('fuzz: Word ingest', () => shortRun(docxIngest, 20261207));
describe('fuzz: text and markup ingest', () => shortRun(textIngest, 20261207));
