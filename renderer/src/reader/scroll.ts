// Scrolling inside the reader's own viewport, so that showing a match moves the window at most
// as far as needed to show the whole viewport.

/** Centres an element in its scrolling reader viewport, if it is not fully visible already. */
export function revealInViewport(element: Element): void {
  const viewport = element.closest<HTMLElement>('[data-reader-viewport]');
  if (viewport === null) {
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    return;
  }
  // The viewport itself first comes fully into the window (it is sized to fit below the header).
  const frame = viewport.getBoundingClientRect();
  if (frame.top < 0 || frame.bottom > window.innerHeight)
    viewport.scrollIntoView({ block: 'nearest' });
  const box = element.getBoundingClientRect();
  const view = viewport.getBoundingClientRect();
  if (box.top < view.top || box.bottom > view.bottom) {
    viewport.scrollTop += box.top - view.top - (viewport.clientHeight - box.height) / 2;
  }
  if (box.left < view.left || box.right > view.right) {
    viewport.scrollLeft += box.left - view.left - (viewport.clientWidth - box.width) / 2;
  }
}

export function scrollViewportToTop(element: Element): void {
  const viewport = element.closest<HTMLElement>('[data-reader-viewport]');
  if (viewport) viewport.scrollTop = 0;
}
