// Scrolling inside the reader's own viewport, so that showing a match never moves the window.

/** Centres an element in its scrolling reader viewport, if it is not fully visible already. */
export function revealInViewport(element: Element): void {
  const viewport = element.closest<HTMLElement>('[data-reader-viewport]');
  if (viewport === null) {
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    return;
  }
  const box = element.getBoundingClientRect();
  const frame = viewport.getBoundingClientRect();
  if (box.top < frame.top || box.bottom > frame.bottom) {
    viewport.scrollTop += box.top - frame.top - (viewport.clientHeight - box.height) / 2;
  }
  if (box.left < frame.left || box.right > frame.right) {
    viewport.scrollLeft += box.left - frame.left - (viewport.clientWidth - box.width) / 2;
  }
}

export function scrollViewportToTop(element: Element): void {
  const viewport = element.closest<HTMLElement>('[data-reader-viewport]');
  if (viewport) viewport.scrollTop = 0;
}
