// The ten ASEAN member states as a clickable map: each country is a link with its name, reachable
// by Tab, tinted by how many documents the library holds for it. Without counts (a country's own
// page) each link carries the country's name alone rather than a count it does not know.
import { useTranslation } from 'react-i18next';
import { href } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { ASEAN_SHAPES, MAP_HEIGHT, MAP_WIDTH, countryPath, project } from './asean-map-data.ts';

const SCALE = 10;

function tint(count: number, max: number): string {
  if (count === 0 || max === 0) return 'map-country--none';
  const level = Math.min(4, Math.ceil((count / max) * 4));
  return `map-country--level-${level}`;
}

export function AseanMap({
  counts,
  highlighted,
}: {
  counts?: Map<string, number>;
  highlighted?: string | null;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const max = counts ? Math.max(0, ...counts.values()) : 0;
  return (
    <svg
      className="asean-map"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-label={t('home.mapLabel')}
      data-testid="asean-map"
    >
      <rect className="asean-map__sea" x="0" y="0" width={MAP_WIDTH} height={MAP_HEIGHT} rx="12" />
      {ASEAN_SHAPES.map((shape) => {
        const name = labels.country(shape.code);
        const count = counts?.get(shape.code) ?? 0;
        const accessibleName = counts ? t('home.mapCountry', { country: name, count }) : name;
        return (
          <a
            key={shape.code}
            href={href.country(shape.code)}
            className={`map-country ${tint(count, max)}${highlighted === shape.code ? ' map-country--current' : ''}`}
            aria-label={accessibleName}
            data-country={shape.code}
          >
            <title>{accessibleName}</title>
            <path className="map-country__shape" d={countryPath(shape)} />
            {shape.marker && (
              <circle
                className="map-country__marker"
                cx={project(shape.marker.at)[0]}
                cy={project(shape.marker.at)[1]}
                r={shape.marker.radius * SCALE}
              />
            )}
          </a>
        );
      })}
      {/* Names go on top of every shape, so no neighbour covers them; the links carry the names for assistive technology. */}
      <g aria-hidden="true">
        {ASEAN_SHAPES.map((shape) => {
          const [x, y] = project(shape.label);
          return (
            <text key={shape.code} className="map-country__label" x={x} y={y} textAnchor="middle">
              {labels.country(shape.code)}
            </text>
          );
        })}
      </g>
    </svg>
  );
}
