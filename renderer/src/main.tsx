// Entry point: bundled fonts (Latin and Vietnamese, Thai, Lao, Khmer, Burmese; no network) and
// styles; then the address's first sight (a document's first page as an image) before anything
// else, then what the address needs next, asked for while the interface's code loads (kept out of
// this small first script, so that the requests go out as early as they can).
// The weight files declare each subset with its unicode-range, so a browser fetches only the
// subsets a page uses.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-serif/400.css';
import '@fontsource/noto-serif/700.css';
import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-thai/600.css';
import '@fontsource/noto-sans-lao/400.css';
import '@fontsource/noto-sans-lao/600.css';
import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-khmer/600.css';
import '@fontsource/noto-sans-myanmar/400.css';
import '@fontsource/noto-sans-myanmar/600.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/pages.css';
import './styles/search.css';
import './styles/document.css';
import './styles/reader.css';
import './styles/reading-lists.css';
import './styles/packs.css';
import './styles/sharing.css';
import './styles/highlights.css';

import { connectPortal } from './api/index.ts';
import { firstSight, startEarly, startEarlyOnEntering } from './app/early-start.ts';
import { fetchAheadOnPointing } from './reader/pdf/first-pages-ahead.ts';
import { currentRoute } from './router/navigation.ts';

const connection = connectPortal();
void firstSight(currentRoute()).then(() => {
  startEarly(currentRoute(), connection);
  startEarlyOnEntering(connection);
  fetchAheadOnPointing();
  void import('./app/mount-app.tsx').then(({ mountApp }) => mountApp(connection));
});
