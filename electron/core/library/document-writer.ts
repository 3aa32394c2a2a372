// The indexer's import of the document writer, whose statements live in the store.
export {
  deleteDocument,
  insertDocument,
  reindexAllMetadata,
  updateDocumentMetadata,
} from '../store/library/document-writer.ts';
