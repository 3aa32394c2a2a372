// The indexer's import of the taxonomy writer, whose statements live in the store.
export { replaceTaxonomy } from '../store/library/taxonomy.ts';
