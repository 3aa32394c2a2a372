// The image of a PDF's first page the server draws fitted to the reader (/first-page/<id>),
// shown before the reader's code has run: at start-up in a stand-in of the document screen laid
// out with the reader's own classes, where the page was last seen; on entering a document from
// another screen, in the reader while pdf.js opens the file. The reader takes the image into its
// page slot, at the same size, and its canvas replaces it there once drawn. Plain DOM: this runs
// before React and pdf.js are loaded.
import { firstPageAddress } from '#shared/first-page-address.ts';
import { documentScreenStandIn, measuredViewerWidth } from './predicted-viewer-width.ts';

/** Where the reader's page last sat in the page (document coordinates), to place the stand-in. */
const PAGE_TOP_KEY = 'reader.pageTop';

interface FirstPage {
  documentId: string;
  image: HTMLImageElement;
  /** The stand-in screen showing it before the interface's first render, if any. */
  standIn: HTMLElement | null;
}

let current: FirstPage | null = null;

function newImage(documentId: string, viewerWidth: number): HTMLImageElement {
  const image = new Image();
  const density = window.devicePixelRatio || 1;
  image.alt = '';
  image.setAttribute('aria-hidden', 'true');
  image.className = 'pdf-page__first-image';
  image.dataset.firstPage = documentId;
  image.decoding = 'async';
  // Images are fetched after scripts and data by default; this one is the screen's first sight.
  image.fetchPriority = 'high';
  image.src = firstPageAddress(documentId, { viewerWidth, density });
  // Shown once decoded, at the reader's canvas's CSS size: the image's pixels at the screen's
  // density, rounded down as the canvas's size is. No image (a document the server cannot draw,
  // an older server): the reader draws as before.
  image.decode().then(
    () => {
      image.style.width = `${Math.floor(image.naturalWidth / density + 1e-6)}px`;
      image.style.height = `${Math.floor(image.naturalHeight / density + 1e-6)}px`;
      image.dataset.loaded = 'true';
    },
    () => {
      if (current?.image === image) dropFirstPageImage();
    },
  );
  return image;
}

function readPageTop(): number | null {
  try {
    const stored = Number(window.localStorage.getItem(PAGE_TOP_KEY));
    return Number.isFinite(stored) && stored > 0 ? stored : null;
  } catch {
    return null;
  }
}

/** Records where the reader's page sits, for the stand-in of the next start. */
export function rememberPageTop(page: HTMLElement): void {
  const top = Math.round(page.getBoundingClientRect().top + window.scrollY);
  try {
    window.localStorage.setItem(PAGE_TOP_KEY, String(top));
  } catch {
    // Storage refused (a private window, a full disk): the stand-in goes where its frame puts it.
  }
}

/** At start-up: the document's first page shown in a stand-in of the reader, before React. */
export function showFirstPageAtStart(documentId: string): void {
  dropFirstPageImage();
  const { screen, viewer } = documentScreenStandIn();
  screen.id = 'first-page-stand-in';
  screen.classList.add('first-page-stand-in');
  document.body.append(screen);
  const image = newImage(documentId, measuredViewerWidth(viewer));
  const slot = document.createElement('div');
  slot.className = 'pdf-page pdf-page--first-image';
  slot.append(image);
  viewer.append(slot);
  const top = readPageTop();
  if (top !== null)
    screen.style.top = `${top - Math.round(slot.getBoundingClientRect().top + window.scrollY)}px`;
  current = { documentId, image, standIn: screen };
  // Leaving the address before the reader took the image.
  window.addEventListener('hashchange', onLeaving, { once: true });
}

/** On entering a document from another screen: its first page fetched while the reader loads. */
export function loadFirstPageImage(documentId: string, viewerWidth: number): void {
  dropFirstPageImage();
  current = { documentId, image: newImage(documentId, viewerWidth), standIn: null };
}

/** The document's first-page image, for the reader to show in its page slot; null when none. */
export function firstPageImageOf(documentId: string): HTMLImageElement | null {
  return current?.documentId === documentId ? current.image : null;
}

/** Moves the image into the reader's page slot; the stand-in it leaves goes. */
export function placeFirstPageImage(image: HTMLImageElement, slot: HTMLElement): void {
  slot.append(image);
  if (current?.image !== image) return;
  current.standIn?.remove();
  current.standIn = null;
}

/**
 * The image is no longer needed: the canvas is drawn (this image's, when given), or the screen
 * shows something else.
 */
export function dropFirstPageImage(image?: HTMLImageElement): void {
  if (!current || (image !== undefined && current.image !== image)) return;
  current.standIn?.remove();
  current.image.remove();
  current = null;
  window.removeEventListener('hashchange', onLeaving);
}

const onLeaving = () => dropFirstPageImage();
