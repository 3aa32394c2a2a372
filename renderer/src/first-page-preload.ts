// The page's head script: a classic script of its own, loaded async ahead of the interface's code
// (vite.config.ts builds it and puts it in the page), so that it runs as soon as it arrives where
// module scripts wait for the whole page and its stylesheets. At a document's address it asks at
// once for the image of the first page the server drew, and hands the image to the app's script,
// which shows it if it has the address the app would ask for (first-page-image.ts): the image is
// on its way while the stylesheets and the app's first script still are. The address holds the
// viewer's width, which the app measures from its stand-in laid out by the stylesheets; here it
// is foreseen from the window's width, which comes to the same figure.
import { firstPageAddress } from '#shared/first-page-address.ts';
import { STAND_IN_ID } from './reader/pdf/first-page-image.ts';
import { foreseenViewerWidth } from './reader/pdf/foreseen-viewer-width.ts';
import { handOverFirstPage } from './reader/pdf/preloaded-first-page.ts';
import { parseHash } from './router/routes.ts';

function preloadFirstPage(): void {
  // The app's script came first and asked for the image itself.
  if (document.getElementById(STAND_IN_ID)) return;
  const route = parseHash(window.location.hash);
  // The app shows the image at start-up at a document's first page only (early-start.ts).
  if (route.name !== 'document' || (route.page ?? 1) !== 1) return;
  const fit = { viewerWidth: foreseenViewerWidth(), density: window.devicePixelRatio || 1 };
  const image = new Image();
  image.decoding = 'sync';
  image.fetchPriority = 'high';
  image.src = firstPageAddress(route.id, fit, true);
  handOverFirstPage(image);
}

preloadFirstPage();
