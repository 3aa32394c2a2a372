// The filters in force, each with a button that removes it.
import { useTranslation } from 'react-i18next';
import type { Facets } from '../../../electron/shared/types.ts';
import type { SearchParams } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { facetValueLabel, themeFacetOf } from './facet-labels.ts';
import { activeFilters } from './search-params.ts';
import type { FilterField } from './search-params.ts';
import { FACET_TITLE } from '../i18n/keys.ts';

export function useFilterNames(facets: Facets | null) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (field: FilterField, value: string) => {
    const group = field === 'themes' ? themeFacetOf(value, facets) : field;
    const facetValue = facets?.[group].find((v) => v.value === value) ?? { value, label: value };
    return { group: t(FACET_TITLE[group]), value: facetValueLabel(field, facetValue, labels) };
  };
}

export function ActiveFilters({
  params,
  facets,
  onRemove,
  onClear,
}: {
  params: SearchParams;
  facets: Facets | null;
  onRemove(field: FilterField, value: string): void;
  onClear(): void;
}) {
  const { t } = useTranslation();
  const nameOf = useFilterNames(facets);
  const filters = activeFilters(params);
  if (filters.length === 0) return null;
  return (
    <div className="active-filters" data-testid="active-filters">
      <h2 className="visually-hidden">{t('search.activeFilters')}</h2>
      <ul className="chip-list">
        {filters.map(({ field, value }) => {
          const name = nameOf(field, value);
          return (
            <li key={`${field}:${value}`}>
              <button
                type="button"
                className="chip chip--removable"
                onClick={() => onRemove(field, value)}
                aria-label={t('search.removeFilter', { group: name.group, value: name.value })}
              >
                <span className="chip__group">{name.group}:</span> {name.value}
                <span className="chip__remove" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {filters.length > 1 && (
        <button type="button" className="link-button" onClick={onClear}>
          {t('search.clearFilters')}
        </button>
      )}
    </div>
  );
}
