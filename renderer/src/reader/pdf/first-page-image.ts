// The image of a PDF's first page the server draws fitted to the reader (/first-page/<id>),
// shown before the reader's code has run: at start-up in a stand-in of the document screen laid
// out with the screen's own classes (or where the page last sat at this window width: a title
// may take more lines than the stand-in's one), the interface's code held back until it is
// painted; on entering a document from another screen (taken from those fetched ahead for the
// links the user is likely to follow), at once in a stand-in of the screen's own part while the
// document's details are on their way, then in the reader while pdf.js opens the file. The reader
// takes the image into its page slot, at the same size, and its canvas replaces it there once drawn.
// Plain DOM: this runs before React and pdf.js are loaded.
import { firstPageAddress } from '#shared/first-page-address.ts';
import { documentScreenStandIn } from './document-screen-stand-in.ts';
import { measuredViewerWidth } from './predicted-viewer-width.ts';
import { takePreloadedFirstPage } from './preloaded-first-page.ts';

/**
 * Where the reader's page last sat in the page (document coordinates) and the window's width then,
 * to place the stand-in.
 */
const PAGE_TOP_KEY = 'reader.pageTop';

interface PageTop {
  windowWidth: number;
  top: number;
}

/** The start-up stand-in's id: the page's head script leaves the image to it once it is there. */
export const STAND_IN_ID = 'first-page-stand-in';

/**
 * The longest the interface's code waits for the image at start-up, and a document's details and
 * PDF on entering it: an image already drawn comes well within it; past it the server is slow,
 * and they cannot wait any longer.
 */
const HOLD_BACK_MS = 1000;
/** Images fetched ahead for the documents the user is likely to open, the latest kept. */
const MAX_FETCHED_AHEAD = 6;

interface FirstPage {
  documentId: string;
  image: HTMLImageElement;
  /** The stand-in screen showing it before the interface's first render, if any. */
  standIn: HTMLElement | null;
  /**
   * Loaded on entering the document from another screen: settles true once the image can be
   * shown, false when none will come. Null for the start-up stand-in's image.
   */
  loaded: Promise<boolean> | null;
}

interface FetchedAhead {
  image: HTMLImageElement;
  /** Whether an image already drawn came. */
  loaded: Promise<boolean>;
}

let current: FirstPage | null = null;
const fetchedAhead = new Map<string, FetchedAhead>();

const density = () => window.devicePixelRatio || 1;

function newImage(documentId: string, viewerWidth: number, image = new Image()): HTMLImageElement {
  image.alt = '';
  image.setAttribute('aria-hidden', 'true');
  image.className = 'pdf-page__first-image';
  image.dataset.firstPage = documentId;
  image.dataset.viewerWidth = String(viewerWidth);
  // Decoded as the frame that first shows it is painted: decode() would settle a frame or more
  // after the image has come, and the page would show that much later.
  image.decoding = 'sync';
  // Images are fetched after scripts and data by default; this one is the screen's first sight.
  image.fetchPriority = 'high';
  return image;
}

/** Settles once the image has come. */
const arrival = (image: HTMLImageElement) =>
  new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error(`No image came from ${image.src}.`));
  });

/**
 * Loads the image from `address` (unless it is loading it already: the head script's) and, once
 * it has come, sizes it as the reader's canvas: the image's pixels at the screen's density,
 * rounded down as the canvas's size is.
 */
async function load(image: HTMLImageElement, address: string): Promise<void> {
  if (image.src !== new URL(address, document.baseURI).href) image.src = address;
  if (!image.complete) await arrival(image);
  if (image.naturalWidth === 0) throw new Error(`No image came from ${image.src}.`);
  const ratio = density();
  image.style.width = `${Math.floor(image.naturalWidth / ratio + 1e-6)}px`;
  image.style.height = `${Math.floor(image.naturalHeight / ratio + 1e-6)}px`;
  image.dataset.loaded = 'true';
}

/**
 * Loads the image, drawn by the server if need be; true once it can be shown. No image (a
 * document the server cannot draw, an older server): the reader draws as before.
 */
function loadOrDrop(image: HTMLImageElement, documentId: string): Promise<boolean> {
  const fit = { viewerWidth: Number(image.dataset.viewerWidth), density: density() };
  return load(image, firstPageAddress(documentId, fit)).then(
    () => true,
    () => {
      if (current?.image === image) dropFirstPageImage();
      return false;
    },
  );
}

/** Shows the image in a page slot, as the reader's, at the end of a stand-in's viewer. */
export function showInStandInViewer(image: HTMLImageElement, viewer: HTMLElement): HTMLElement {
  const slot = document.createElement('div');
  slot.className = 'pdf-page pdf-page--first-image';
  viewer.append(slot);
  placeFirstPageImage(image, slot);
  return slot;
}

const afterNextPaint = (then: () => void) =>
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = then;
    channel.port2.postMessage(null);
  });

/** Where the page last sat at this window's width, if known. */
function readPageTop(): number | null {
  try {
    const stored = JSON.parse(window.localStorage.getItem(PAGE_TOP_KEY) ?? 'null') as unknown;
    if (typeof stored !== 'object' || stored === null) return null;
    const { windowWidth, top } = stored as Partial<PageTop>;
    return windowWidth === window.innerWidth && typeof top === 'number' && top > 0 ? top : null;
  } catch {
    return null;
  }
}

/** Records where the reader's page sits, for the stand-in of the next start. */
export function rememberPageTop(page: HTMLElement): void {
  const place: PageTop = {
    windowWidth: window.innerWidth,
    top: Math.round(page.getBoundingClientRect().top + window.scrollY),
  };
  try {
    window.localStorage.setItem(PAGE_TOP_KEY, JSON.stringify(place));
  } catch {
    // Storage refused (a private window, a full disk): the stand-in goes where its frame puts it.
  }
}

/**
 * At start-up: the document's first page shown in a stand-in of the reader, before React.
 * Settles once the image is painted, or as soon as the server says it has none drawn (a first
 * view: the image is then asked for again, to be drawn, and shown if it comes before the canvas),
 * or after HOLD_BACK_MS; the interface's code loads then, so that it does not hold up the paint.
 */
export function showFirstPageAtStart(documentId: string): Promise<void> {
  dropFirstPageImage();
  const { screen, viewer } = documentScreenStandIn();
  screen.id = STAND_IN_ID;
  screen.classList.add('first-page-stand-in');
  document.body.append(screen);
  const viewerWidth = measuredViewerWidth(viewer);
  const address = firstPageAddress(documentId, { viewerWidth, density: density() }, true);
  const image = newImage(documentId, viewerWidth, takePreloadedFirstPage(address) ?? undefined);
  const slot = showInStandInViewer(image, viewer);
  const top = readPageTop();
  if (top !== null)
    screen.style.top = `${top - Math.round(slot.getBoundingClientRect().top + window.scrollY)}px`;
  current = { documentId, image, standIn: screen, loaded: null };
  // Leaving the address before the reader took the image.
  window.addEventListener('hashchange', onLeaving, { once: true });
  return new Promise((release) => {
    const timer = setTimeout(release, HOLD_BACK_MS);
    const go = () => {
      clearTimeout(timer);
      release();
    };
    load(image, address).then(
      () => afterNextPaint(go),
      () => {
        go();
        if (current?.image === image) void loadOrDrop(image, documentId);
      },
    );
  });
}

/**
 * Fetches a document's first-page image ahead, when the user is likely to open it (its link is
 * pointed at or focused, or it leads a list): only an image already drawn, so that no drawing is
 * started for a document that may not be opened.
 */
export function fetchFirstPageAhead(documentId: string, viewerWidth: number): void {
  if (fetchedAhead.get(documentId)?.image.dataset.viewerWidth === String(viewerWidth)) return;
  fetchedAhead.delete(documentId);
  fetchedAhead.set(documentId, loadDrawnImage(documentId, viewerWidth));
  if (fetchedAhead.size > MAX_FETCHED_AHEAD) fetchedAhead.delete(fetchedAhead.keys().next().value!);
}

/** A new image loading the document's first page if the server has already drawn it. */
function loadDrawnImage(documentId: string, viewerWidth: number): FetchedAhead {
  const image = newImage(documentId, viewerWidth);
  // Not drawn yet: forgotten if fetched ahead, so that pointing at the link again asks again.
  const loaded = load(
    image,
    firstPageAddress(documentId, { viewerWidth, density: density() }, true),
  ).then(
    () => true,
    () => {
      if (fetchedAhead.get(documentId)?.image === image) fetchedAhead.delete(documentId);
      return false;
    },
  );
  return { image, loaded };
}

/**
 * On entering a document from another screen: its first page, fetched ahead or now. Settles once
 * the image is painted, or the server has none drawn (it is then asked to draw it, and the image
 * shown if it comes before the canvas), or after HOLD_BACK_MS: what would compete with the image
 * for the server and the main thread waits until then.
 */
export function loadFirstPageImage(documentId: string, viewerWidth: number): Promise<void> {
  dropFirstPageImage();
  const fetched = fetchedAhead.get(documentId);
  fetchedAhead.delete(documentId);
  const { image, loaded: drawnCame } =
    fetched?.image.dataset.viewerWidth === String(viewerWidth)
      ? fetched
      : loadDrawnImage(documentId, viewerWidth);
  // Not drawn yet: asked for again, to be drawn.
  const loaded = drawnCame.then((drawn) =>
    drawn || current?.image !== image ? drawn : loadOrDrop(image, documentId),
  );
  current = { documentId, image, standIn: null, loaded };
  return new Promise((settle) => {
    setTimeout(settle, HOLD_BACK_MS);
    void drawnCame.then((drawn) => (drawn ? afterNextPaint(() => settle()) : settle()));
  });
}

/** The document's first-page image, for the reader to show in its page slot; null when none. */
export function firstPageImageOf(documentId: string): HTMLImageElement | null {
  return current?.documentId === documentId ? current.image : null;
}

/**
 * The first-page image of a document entered from another screen, and whether it comes, for the
 * document screen to show before the document's details have come; null when there is none.
 */
export function enteredFirstPageOf(
  documentId: string,
): { image: HTMLImageElement; loaded: Promise<boolean> } | null {
  return current?.documentId === documentId && current.loaded !== null
    ? { image: current.image, loaded: current.loaded }
    : null;
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
