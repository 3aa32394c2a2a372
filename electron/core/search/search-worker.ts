// A search thread of the classroom server: its own read-only connection to the library, answering
// one search at a time with the engine's Result. The pool that started it ends it when a search
// runs past its time limit, which is the only way to stop a native SQLite call.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { ApiError, Result } from '#shared/api.ts';
import type { SearchResponse } from '#shared/types.ts';
import { QueryTooBroadError } from '../api-errors.ts';
import { libraryStore } from '../store/library-store.ts';
import type { LibraryStore } from '../store/library-store.ts';
import { browseAnswers } from './browse-answers.ts';
import type { BrowseAnswers } from './browse-answers.ts';
import { buildAttributeIndex } from './document-attributes.ts';
import type { AttributeIndex } from './document-attributes.ts';
import { search } from './search.ts';
import type { SearchJob, SearchWorkerData } from './search-pool.ts';

function apiError(error: unknown): ApiError {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof QueryTooBroadError
    ? { code: 'query-too-broad', message }
    : { code: 'failed', message };
}

if (parentPort) {
  const port = parentPort;
  const data = workerData as SearchWorkerData;
  const db = new Database(data.libraryDbPath, { readonly: true, fileMustExist: true });
  const stores = { whole: libraryStore(db), shareable: libraryStore(db, 'shareable') };
  // Built again when another connection (the app indexing, an edit) has changed the library.
  const prepared = new Map<
    LibraryStore,
    { index: AttributeIndex; answers: BrowseAnswers; version: number }
  >();
  const preparedFor = (store: LibraryStore) => {
    const version = store.dataVersion();
    let built = prepared.get(store);
    if (built?.version !== version) {
      built = {
        index: buildAttributeIndex(store.attributeRows()),
        answers: browseAnswers(),
        version,
      };
      prepared.set(store, built);
    }
    return built;
  };
  port.on('message', (job: SearchJob) => {
    let result: Result<SearchResponse>;
    try {
      const store = stores[job.view];
      const { index, answers } = preparedFor(store);
      const value = answers.answer(job.request, () =>
        search(store, index, job.request, data.bounds),
      );
      result = { ok: true, value };
    } catch (error) {
      result = { ok: false, error: apiError(error) };
    }
    port.postMessage(result);
  });
  port.postMessage('ready');
  // Prepared now, while no one waits, rather than during the first visitor's search: reading a
  // large library's attributes takes a moment. A search sent meanwhile waits for it.
  for (const store of Object.values(stores)) preparedFor(store);
}
