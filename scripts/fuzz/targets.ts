// Every fuzz target, in the order the long run takes them.
import type { FuzzTarget } from './fuzz-target.ts';
import { catalogFiles } from './targets/catalog-files.ts';
import { docxIngest } from './targets/docx-ingest.ts';
import { httpArguments } from './targets/http-arguments.ts';
import { ipcArguments } from './targets/ipc-arguments.ts';
import { packImport } from './targets/pack-import.ts';
import { pdfIngest } from './targets/pdf-ingest.ts';
import { searchQueries } from './targets/search-queries.ts';
import { textIngest } from './targets/text-ingest.ts';

export const FUZZ_TARGETS: FuzzTarget[] = [
  pdfIngest,
  docxIngest,
  textIngest,
  catalogFiles,
  searchQueries,
  ipcArguments,
  httpArguments,
  packImport,
];
