// The highlights of the pages on screen, drawn as translucent boxes over the page text in a layer
// of their own (the text layer and its search marks are left as they are). The boxes follow the
// text whenever the page around them is drawn again, zoomed or reflowed.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { Highlight } from '#shared/highlights.ts';
import { placePassages } from './placed-passages.ts';
import type { PlacedPassage } from './placed-passages.ts';

interface Props {
  highlights: readonly Highlight[];
  /** The element holding a page's text, within the element this layer is drawn over. */
  rootFor(host: Element, page: number): Element | null;
  /** Told which highlights are on a page shown whose text no longer has their quote. */
  onMissing(missing: Highlight[]): void;
}

const idsOf = (list: readonly Highlight[]) => list.map((h) => h.id).join(',');

export function PassageMarks({ highlights, rootFor, onMissing }: Props) {
  const layer = useRef<HTMLDivElement>(null);
  const [placed, setPlaced] = useState<PlacedPassage[]>([]);
  const reportMissing = useEffectEvent(onMissing);
  const findRoot = useEffectEvent(rootFor);
  const currentHighlights = useEffectEvent(() => highlights);
  // Placed again when what is highlighted changes, not whenever the caller makes a new list.
  const signature = highlights.map((h) => `${h.id}:${h.page}:${h.colour}`).join(',');

  useEffect(() => {
    const overlay = layer.current;
    const host = overlay?.parentElement;
    if (!overlay || !host) return;
    let frame = 0;
    let shown = '';
    let missing = '';
    const place = () => {
      frame = 0;
      const placement = placePassages(currentHighlights(), (page) => findRoot(host, page), overlay);
      const key = JSON.stringify(placement.placed.map((p) => [p.highlight.id, p.boxes]));
      if (key !== shown) {
        shown = key;
        setPlaced(placement.placed);
      }
      if (idsOf(placement.missing) !== missing) {
        missing = idsOf(placement.missing);
        reportMissing(placement.missing);
      }
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(place);
    };
    // Changes to this layer's own boxes are not changes to the page.
    const mutations = new MutationObserver((records) => {
      if (records.some((r) => !overlay.contains(r.target))) schedule();
    });
    mutations.observe(host, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-rendered', 'style'],
    });
    const resizes = new ResizeObserver(schedule);
    resizes.observe(host);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      resizes.disconnect();
    };
  }, [signature]);

  return (
    <div ref={layer} className="passage-marks" aria-hidden="true">
      {placed.flatMap(({ highlight, boxes }) =>
        boxes.map((box, i) => (
          <div
            key={`${highlight.id}:${i}`}
            className={`passage-mark passage-mark--${highlight.colour}`}
            data-testid="passage-mark"
            data-highlight-id={highlight.id}
            data-colour={highlight.colour}
            style={box}
          />
        )),
      )}
    </div>
  );
}
