// The filters in force, each with a button that removes it.
import { useTranslation } from 'react-i18next';
import type { Facets } from '../../../electron/shared/types.ts';
import type { SearchParams } from '../router/routes.ts';
import { useLabels } from '../taxonomy/labels-context.tsx';
import { facetValueLabel, themeFacetOf } from './facet-labels.ts';
import { activeFilters } from './search-params.ts';
import type { FilterField } from './search-params.ts';
import { FACET_TITLE } from '../i18n/keys.ts';

/** What a list of the filters in force is given: the search, its facets, and how to remove them. */
export interface FilterRemovalProps {
  params: SearchParams;
  facets: Facets | null;
  onRemove(field: FilterField, value: string): void;
  onClear(): void;
}

/** The filters in force, each with the names of its group and its value. */
export function useNamedFilters(params: SearchParams, facets: Facets | null) {
  const { t } = useTranslation();
  const labels = useLabels();
  return activeFilters(params).map(({ field, value }) => {
    const group = field === 'themes' ? themeFacetOf(value, facets) : field;
    const facetValue = facets?.[group].find((v) => v.value === value) ?? { value, label: value };
    const name = {
      group: t(FACET_TITLE[group]),
      value: facetValueLabel(field, facetValue, labels),
    };
    return { field, value, name };
  });
}

/** Removes every filter at once: offered only when there are several, one button being enough. */
export function ClearFiltersButton({
  count,
  className,
  onClear,
}: {
  count: number;
  className: string;
  onClear(): void;
}) {
  const { t } = useTranslation();
  if (count < 2) return null;
  return (
    <button type="button" className={className} onClick={onClear}>
      {t('search.clearFilters')}
    </button>
  );
}

export function ActiveFilters({ params, facets, onRemove, onClear }: FilterRemovalProps) {
  const { t } = useTranslation();
  const filters = useNamedFilters(params, facets);
  if (filters.length === 0) return null;
  return (
    <div className="active-filters" data-testid="active-filters">
      <h2 className="visually-hidden">{t('search.activeFilters')}</h2>
      <ul className="chip-list">
        {filters.map(({ field, value, name }) => (
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
        ))}
      </ul>
      <ClearFiltersButton count={filters.length} className="link-button" onClear={onClear} />
    </div>
  );
}
