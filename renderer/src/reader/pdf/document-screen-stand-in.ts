// A stand-in of the document screen, built before the interface's code has run with the classes
// of the screen itself: its header, the document's header and panels and the reader's toolbar,
// each holding one line of blank text (a title or a meta line of one line, one row of buttons),
// above the reader's viewer. Laid out by the same styles, it puts the viewer where the reader's
// will be, for any window width, and gives the viewer's width. Its screen's own part stands in
// within the app too, on entering a document, until the document's details have come.
const BLANK_LINE = '\u00a0';

function element(tag: string, className: string, ...children: (HTMLElement | string)[]) {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

const box = (className: string, ...children: (HTMLElement | string)[]) =>
  element('div', className, ...children);

function input(className: string): HTMLElement {
  const made = document.createElement('input');
  made.className = className;
  return made;
}

export interface DocumentScreenStandIn {
  screen: HTMLElement;
  viewer: HTMLElement;
}

function appHeader(): HTMLElement {
  const brand = element(
    'span',
    'brand',
    element('span', 'brand__mark'),
    element(
      'span',
      'brand__text',
      element('span', 'brand__name', BLANK_LINE),
      element('span', 'brand__tagline', BLANK_LINE),
    ),
  );
  const search = box('search-box', input('search-box__input'));
  const navigation = box(
    'app-header__end',
    element('nav', 'main-nav', element('ul', '', element('li', '', element('a', '', BLANK_LINE)))),
  );
  return element('header', 'app-header', box('app-header__inner', brand, search, navigation));
}

function documentHeader(): HTMLElement[] {
  return [
    element(
      'header',
      'document-header',
      element('nav', 'breadcrumbs', BLANK_LINE),
      element('h1', 'document-header__title', BLANK_LINE),
      element('p', 'meta-line', element('span', 'meta-line__part', BLANK_LINE)),
      box('action-bar', element('span', 'button button--secondary', BLANK_LINE)),
    ),
    box(
      'document-panels',
      element('details', 'panel document-about', element('summary', '', BLANK_LINE)),
      element('details', 'panel document-notes', element('summary', '', BLANK_LINE)),
    ),
  ];
}

function readerToolbar(): HTMLElement {
  return box(
    'reader-toolbar',
    box(
      'reader-toolbar__group',
      element('span', 'icon-button', BLANK_LINE),
      input('page-input'),
      element('span', 'button button--secondary', BLANK_LINE),
    ),
  );
}

/**
 * The document screen's own part (below the app's header) down to the reader's viewer, not yet
 * in the page: shown in the app's frame while the document's details are on their way.
 */
export function documentArticleStandIn(): { article: HTMLElement; viewer: HTMLElement } {
  const viewer = box('reader-viewport');
  const article = element(
    'article',
    'document-page',
    ...documentHeader(),
    element(
      'section',
      'document-reader',
      box(
        'reader reader--with-panel',
        readerToolbar(),
        box('reader-body', box('reader-panel'), viewer),
      ),
    ),
  );
  article.setAttribute('aria-hidden', 'true');
  article.inert = true;
  return { article, viewer };
}

/** The document screen's frame down to the reader's viewer, not yet in the page. */
export function documentScreenStandIn(): DocumentScreenStandIn {
  const { article, viewer } = documentArticleStandIn();
  const screen = box('app app--document', appHeader(), element('main', 'app-main', article));
  // A document screen is taller than the window, so the window's scroll bar takes its width.
  screen.style.minHeight = '200vh';
  screen.setAttribute('aria-hidden', 'true');
  screen.inert = true;
  return { screen, viewer };
}
