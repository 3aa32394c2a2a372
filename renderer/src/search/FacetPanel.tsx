// Facet lists with counts beside them; each value is a checkbox that narrows the results.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetValue, Facets } from '#shared/types.ts';
import type { SearchParams } from '../router/routes.ts';
import { DocumentCount } from '../components/DocumentCount.tsx';
import { useMediaQuery } from '../components/use-media-query.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { facetValueLabel } from './facet-labels.ts';
import { FACET_GROUPS, isFilterActive } from './search-params.ts';
import type { FilterField } from './search-params.ts';
import { FACET_TITLE } from '../i18n/keys.ts';

const SHOWN_AT_FIRST = 6;
const NARROW = '(max-width: 860px)';

interface GroupProps {
  facet: keyof Facets;
  field: FilterField;
  values: FacetValue[];
  params: SearchParams;
  onToggle(field: FilterField, value: string): void;
}

function FacetGroup({ facet, field, values, params, onToggle }: GroupProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [expanded, setExpanded] = useState(false);
  // A value the user selected stays visible (with no count) even when nothing has it any more.
  // Themes are split over three groups, so theirs are left to the active-filter list.
  const selectedMissing =
    field === 'themes'
      ? []
      : params[field]
          .map(String)
          .filter((v) => !values.some((f) => f.value === v))
          .map((v) => ({ value: v, label: v, count: 0 }));
  const all = [...values, ...selectedMissing];
  const shown = expanded
    ? all
    : all.filter((v, i) => i < SHOWN_AT_FIRST || isFilterActive(params, field, v.value));
  if (all.length === 0) return null;
  const legendId = `facet-${facet}`;
  return (
    <fieldset
      className="facet-group"
      data-testid={`facet-group-${facet}`}
      aria-labelledby={legendId}
    >
      <legend id={legendId} className="facet-group__title">
        {t(FACET_TITLE[facet])}
      </legend>
      <ul className="facet-group__values">
        {shown.map((v) => {
          const checked = isFilterActive(params, field, v.value);
          const label = facetValueLabel(field, v, labels, t('citation.noDate'));
          return (
            <li key={v.value}>
              <label className={checked ? 'facet-value facet-value--checked' : 'facet-value'}>
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() => onToggle(field, v.value)}
                  data-facet-value={v.value}
                />
                <span className="facet-value__label">{label}</span>
                <DocumentCount count={v.count} />
              </label>
            </li>
          );
        })}
      </ul>
      {all.length > SHOWN_AT_FIRST && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('facets.showFewer') : t('facets.showAll', { count: all.length })}
        </button>
      )}
    </fieldset>
  );
}

export function FacetPanel({
  facets,
  params,
  onToggle,
}: {
  facets: Facets;
  params: SearchParams;
  onToggle(field: FilterField, value: string): void;
}) {
  const { t } = useTranslation();
  // On a narrow screen the filters fold away above the results, so the results come first.
  const narrow = useMediaQuery(NARROW);
  const groups = FACET_GROUPS.map(({ facet, field }) => (
    <FacetGroup
      key={facet}
      facet={facet}
      field={field}
      values={facets[facet]}
      params={params}
      onToggle={onToggle}
    />
  ));
  return (
    <aside className="facet-panel" aria-label={t('facets.label')} data-testid="facet-panel">
      {narrow ? (
        <details className="facet-panel__fold">
          <summary className="facet-panel__title">{t('facets.title')}</summary>
          {groups}
        </details>
      ) : (
        <>
          <h2 className="facet-panel__title">{t('facets.title')}</h2>
          {groups}
        </>
      )}
    </aside>
  );
}
