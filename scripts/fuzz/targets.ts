// Every fuzz target, in the order the long run takes them.
import type { FuzzTarget } from './fuzz-target.ts';
import { catalogFiles } from './targets/catalog-files.ts';
import { docxIngest } from './targets/docx-ingest.ts';
import { pdfIngest } from './targets/pdf-ingest.ts';
import { textIngest } from './targets/text-ingest.ts';

export const FUZZ_TARGETS: FuzzTarget[] = [pdfIngest, docxIngest, textIngest, catalogFiles];
