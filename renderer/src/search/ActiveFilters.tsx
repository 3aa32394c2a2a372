// The filters in force, each with a button that removes it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Facets } from '#shared/types.ts';
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

export interface NamedFilter {
  field: FilterField;
  value: string;
  name: { group: string; value: string };
}

/** The filters in force, each with the names of its group and its value. */
export function useNamedFilters(params: SearchParams, facets: Facets | null): NamedFilter[] {
  const { t } = useTranslation();
  const labels = useLabels();
  return activeFilters(params).map(({ field, value }) => {
    const group = field === 'themes' ? themeFacetOf(value, facets) : field;
    const facetValue = facets?.[group].find((v) => v.value === value) ?? { value, label: value };
    const name = {
      group: t(FACET_TITLE[group]),
      value: facetValueLabel(field, facetValue, labels, t('citation.noDate')),
    };
    return { field, value, name };
  });
}

/**
 * A button for each filter, that removes it. Each is labelled by its own text unless `face` gives
 * it something else to show.
 */
export function RemoveFilterList({
  filters,
  className,
  buttonClassName,
  onRemove,
  face,
}: {
  filters: NamedFilter[];
  className: string;
  buttonClassName: string;
  onRemove(field: FilterField, value: string): void;
  face?(filter: NamedFilter): ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ul className={className}>
      {filters.map((filter) => {
        const label = t('search.removeFilter', {
          group: filter.name.group,
          value: filter.name.value,
        });
        return (
          <li key={`${filter.field}:${filter.value}`}>
            <button
              type="button"
              className={buttonClassName}
              onClick={() => onRemove(filter.field, filter.value)}
              aria-label={face ? label : undefined}
            >
              {face ? face(filter) : label}
            </button>
          </li>
        );
      })}
    </ul>
  );
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
      <RemoveFilterList
        filters={filters}
        className="chip-list"
        buttonClassName="chip chip--removable"
        onRemove={onRemove}
        face={({ name }) => (
          <>
            <span className="chip__group">{name.group}:</span> {name.value}
            <span className="chip__remove" aria-hidden="true">
              ×
            </span>
          </>
        )}
      />
      <ClearFiltersButton count={filters.length} className="link-button" onClear={onClear} />
    </div>
  );
}
