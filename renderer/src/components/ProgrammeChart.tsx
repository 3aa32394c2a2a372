// A country's programme figures as a small bar chart (events, participants, people trained) and
// the gender split of participants and of people trained as stacked bars. The numbers are also
// written out, so the chart never holds information the text does not.
import { useTranslation } from 'react-i18next';
import type { ProgrammeFigures } from '#shared/types.ts';
import { FIGURE_LABEL, SPLIT_LABEL } from '../i18n/keys.ts';

const WIDTH = 420;
const LABEL_WIDTH = 150;
const BAR_HEIGHT = 18;
const ROW = 30;

type CountKey = 'events' | 'participants' | 'capacityEvents' | 'peopleTrained';
const COUNT_KEYS: CountKey[] = ['events', 'participants', 'capacityEvents', 'peopleTrained'];

interface Split {
  key: 'participants' | 'trained';
  female?: number;
  male?: number;
  other?: number;
}

function splits(figures: ProgrammeFigures): Split[] {
  const all: Split[] = [
    {
      key: 'participants',
      female: figures.participantsFemalePct,
      male: figures.participantsMalePct,
      other: figures.participantsOtherPct,
    },
    {
      key: 'trained',
      female: figures.trainedFemalePct,
      male: figures.trainedMalePct,
      other: figures.trainedOtherPct,
    },
  ];
  return all.filter((s) => s.female !== undefined || s.male !== undefined);
}

export function hasFigures(figures: ProgrammeFigures): boolean {
  return COUNT_KEYS.some((k) => figures[k] !== undefined) || splits(figures).length > 0;
}

function formatPct(value: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value)}%`;
}

export function ProgrammeChart({ figures }: { figures: ProgrammeFigures }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const counts = COUNT_KEYS.filter((k) => figures[k] !== undefined).map((k) => ({
    key: k,
    value: figures[k] ?? 0,
  }));
  const max = Math.max(1, ...counts.map((c) => c.value));
  const genderRows = splits(figures);
  const barSpace = WIDTH - LABEL_WIDTH - 60;

  const describe = (s: Split) =>
    [
      s.female !== undefined
        ? t('country.women', { pct: formatPct(s.female, i18n.language) })
        : null,
      s.male !== undefined ? t('country.men', { pct: formatPct(s.male, i18n.language) }) : null,
      s.other !== undefined ? t('country.other', { pct: formatPct(s.other, i18n.language) }) : null,
    ]
      .filter(Boolean)
      .join(', ');

  return (
    <figure className="programme-chart" data-testid="programme-chart">
      {counts.length > 0 && (
        <svg
          viewBox={`0 0 ${WIDTH} ${counts.length * ROW}`}
          role="img"
          aria-label={counts
            .map((c) => `${t(FIGURE_LABEL[c.key])}: ${number.format(c.value)}`)
            .join('; ')}
        >
          {counts.map((c, i) => (
            <g key={c.key} transform={`translate(0 ${i * ROW})`}>
              <text className="chart-label" x={LABEL_WIDTH - 8} y={BAR_HEIGHT - 4} textAnchor="end">
                {t(FIGURE_LABEL[c.key])}
              </text>
              <rect
                className="chart-bar"
                x={LABEL_WIDTH}
                y={0}
                width={Math.max(2, (c.value / max) * barSpace)}
                height={BAR_HEIGHT}
                rx="3"
              />
              <text
                className="chart-value"
                x={LABEL_WIDTH + Math.max(2, (c.value / max) * barSpace) + 6}
                y={BAR_HEIGHT - 4}
              >
                {number.format(c.value)}
              </text>
            </g>
          ))}
        </svg>
      )}
      {genderRows.length > 0 && (
        <div className="gender-split">
          <h3 className="gender-split__title">{t('country.genderSplit')}</h3>
          {genderRows.map((s) => {
            const parts = [
              { name: 'female', value: s.female ?? 0 },
              {
                name: 'male',
                value: s.male ?? Math.max(0, 100 - (s.female ?? 0) - (s.other ?? 0)),
              },
              { name: 'other', value: s.other ?? 0 },
            ];
            const starts = parts.map((_, i) =>
              parts.slice(0, i).reduce((sum, p) => sum + p.value, 0),
            );
            return (
              <div key={s.key} className="gender-split__row">
                <span className="gender-split__label">{t(SPLIT_LABEL[s.key])}</span>
                <svg
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  role="img"
                  aria-label={`${t(SPLIT_LABEL[s.key])}: ${describe(s)}`}
                >
                  {parts.map((p, i) => (
                    <rect
                      key={p.name}
                      className={`split-${p.name}`}
                      x={starts[i]}
                      y={0}
                      width={Math.max(0, p.value)}
                      height={10}
                    />
                  ))}
                </svg>
                <span className="gender-split__text">{describe(s)}</span>
              </div>
            );
          })}
          <p className="gender-split__legend" aria-hidden="true">
            <span className="legend-swatch split-female" /> {t('country.legendWomen')}{' '}
            <span className="legend-swatch split-male" /> {t('country.legendMen')}{' '}
            <span className="legend-swatch split-other" /> {t('country.legendOther')}
          </p>
        </div>
      )}
      {figures.note && <figcaption>{figures.note}</figcaption>}
    </figure>
  );
}
