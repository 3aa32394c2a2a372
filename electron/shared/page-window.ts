/** The most pages one getPages answer holds when asked for a window of a document's pages. */
export const MAX_PAGE_WINDOW = 200;
