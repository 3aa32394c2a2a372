import { describe, expect, it } from 'vitest';
import {
  ASEAN_SHAPES,
  MAP_HEIGHT,
  MAP_WIDTH,
  countryPath,
  project,
} from '#renderer/components/asean-map-data.ts';

describe('the ASEAN map', () => {
  it('draws the ten member states once each', () => {
    expect(ASEAN_SHAPES.map((s) => s.code).sort()).toEqual([
      'BN',
      'ID',
      'KH',
      'LA',
      'MM',
      'MY',
      'PH',
      'SG',
      'TH',
      'VN',
    ]);
  });

  it('keeps every outline, label and marker inside the drawing', () => {
    for (const shape of ASEAN_SHAPES) {
      const points = [
        ...shape.polygons.flat(),
        shape.label,
        ...(shape.marker ? [shape.marker.at] : []),
      ];
      for (const point of points) {
        const [x, y] = project(point);
        expect(x, shape.code).toBeGreaterThanOrEqual(0);
        expect(x, shape.code).toBeLessThanOrEqual(MAP_WIDTH);
        expect(y, shape.code).toBeGreaterThanOrEqual(0);
        expect(y, shape.code).toBeLessThanOrEqual(MAP_HEIGHT);
      }
    }
  });

  it('writes closed SVG paths, north up and west left', () => {
    const laos = ASEAN_SHAPES.find((s) => s.code === 'LA')!;
    expect(countryPath(laos)).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+)+Z$/);
    const [xHanoi, yHanoi] = project([105.8, 21.0]);
    const [xJakarta, yJakarta] = project([106.8, -6.2]);
    expect(yHanoi).toBeLessThan(yJakarta);
    expect(xHanoi).toBeLessThan(xJakarta);
  });
});
