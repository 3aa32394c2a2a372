// A reader's zoom: the setting chosen (fit the width, or a scale) and the scale the page in view
// was last shown at, from which the zoom buttons and keys step.
import { useCallback, useState } from 'react';
import { zoomIn, zoomOut } from './zoom.ts';
import type { Zoom } from './zoom.ts';

export interface ZoomState {
  zoom: Zoom;
  /** The scale the page in view was shown at; null until a page is shown. */
  scale: number | null;
  setZoom(zoom: Zoom): void;
  zoomBy(direction: 1 | -1): void;
  /** Told by the page view the scale it is shown at. */
  onShown(scale: number): void;
}

export function useZoom(): ZoomState {
  const [zoom, setZoom] = useState<Zoom>('fit-width');
  const [scale, setScale] = useState<number | null>(null);
  const zoomBy = useCallback(
    (direction: 1 | -1) => {
      const from = scale ?? 1;
      setZoom(direction > 0 ? zoomIn(from) : zoomOut(from));
    },
    [scale],
  );
  return { zoom, scale, setZoom, zoomBy, onShown: setScale };
}
