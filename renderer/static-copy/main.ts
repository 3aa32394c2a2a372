// The static copy's page script, built into one classic script (module scripts do not run from
// file://). It reads the catalog and the search index that the data scripts before it assigned,
// and keeps the query and browse choices in the address's #fragment so Back and links work.
import lunr from 'lunr';
import { isEmptyQuery, parseQuery } from '#shared/search/query-parser.ts';
import { COPY_GLOBALS, type CopyCatalog } from '#shared/static-copy/copy-format.ts';
import { copyStrings } from '#shared/static-copy/copy-strings.ts';
import { BROWSE_FACETS, orderedResults, type Browse } from './copy-results.ts';
import { searchCopy } from './copy-search.ts';
import { renderBrowse, renderResults } from './copy-view.ts';
import './style.css';

interface State {
  query: string;
  browse: Browse;
}

function readState(): State {
  const params = new URLSearchParams(location.hash.slice(1));
  const browse: Browse = {};
  for (const facet of BROWSE_FACETS) {
    const value = params.get(facet);
    if (value) browse[facet] = value;
  }
  return { query: params.get('q') ?? '', browse };
}

function writeState(state: State): void {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of BROWSE_FACETS) {
    const value = state.browse[facet];
    if (value) params.set(facet, value);
  }
  history.replaceState(null, '', `#${params}`);
}

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The page has no #${id}.`);
  return el;
}

function start(): void {
  const globals = window as unknown as Record<string, unknown>;
  const catalog = globals[COPY_GLOBALS.catalog] as CopyCatalog | undefined;
  const serialised = globals[COPY_GLOBALS.index] as object | undefined;
  if (!catalog || !serialised) {
    byId('copy-count').textContent = copyStrings(document.documentElement.lang).dataMissing;
    return;
  }
  const index = lunr.Index.load(serialised);
  const form = byId('copy-search') as HTMLFormElement;
  const input = byId('copy-query') as HTMLInputElement;
  let state = readState();
  input.value = state.query;

  const show = () => {
    const parsed = parseQuery(state.query);
    const scores = searchCopy(index, catalog.documents.length, state.query);
    renderBrowse(byId('copy-browse'), catalog, scores, state.browse, (facet, value) => {
      state = { ...state, browse: { ...state.browse, [facet]: value || undefined } };
      update();
    });
    renderResults(
      byId('copy-results'),
      byId('copy-count'),
      catalog,
      orderedResults(catalog, scores, state.browse),
      isEmptyQuery(parsed) ? null : parsed,
    );
  };
  const update = () => {
    writeState(state);
    show();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, query: input.value };
    update();
  });
  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    update();
  });
  window.addEventListener('hashchange', () => {
    state = readState();
    input.value = state.query;
    show();
  });
  show();
  document.documentElement.dataset.copyReady = 'true';
  // The time from opening the page to the first answer, which npm run bench:site reports.
  performance.mark('static-copy-ready');
}

start();
