// The indexer's import of the document reader, whose statements live in the store.
export { readMetadata } from '../store/library/document-reader.ts';
