// The first page's image the page's head script asked for (first-page-preload.ts), handed to the
// app's script through the window: the two are built apart and share no module. Handed as the
// element itself, so that the app's stand-in shows it in its first frame when it has come: an
// element given its address anew learns that it is there only a task or two later.
declare global {
  interface Window {
    preloadedFirstPage?: HTMLImageElement;
  }
}

export function handOverFirstPage(image: HTMLImageElement): void {
  window.preloadedFirstPage = image;
}

/** The image the head script asked for, if it is the one at `address`; taken once. */
export function takePreloadedFirstPage(address: string): HTMLImageElement | null {
  const image = window.preloadedFirstPage;
  delete window.preloadedFirstPage;
  return image?.src === new URL(address, document.baseURI).href ? image : null;
}
