// The name to show for a facet value: the taxonomy's (in the interface language) when it knows
// the value, else the engine's label.
import { UNDATED } from '#shared/types.ts';
import type { FacetValue, Facets } from '#shared/types.ts';
import type { Labels } from '../taxonomy/labels.ts';
import type { FilterField } from './search-params.ts';

export function facetValueLabel(
  field: FilterField,
  value: FacetValue | { value: string; label: string },
  labels: Labels,
  /** What a document without a year is called ("n.d."), in the interface language. */
  noDate: string,
): string {
  switch (field) {
    case 'countries':
      return labels.country(value.value) === value.value
        ? value.label
        : labels.country(value.value);
    case 'types':
      return labels.documentType(value.value) === value.value
        ? value.label
        : labels.documentType(value.value);
    case 'themes':
      return labels.theme(value.value) ? labels.themeName(value.value) : value.label;
    case 'organisations':
      return labels.organisation(value.value) ? labels.organisationName(value.value) : value.label;
    case 'languages':
      return labels.language(value.value);
    case 'years':
      return value.value === UNDATED ? noDate : value.label;
  }
}

/** The facet group a theme belongs to, for naming an active theme filter. */
export function themeFacetOf(
  value: string,
  facets: Facets | null,
): 'themes' | 'exploitation' | 'sectors' {
  if (facets?.exploitation.some((v) => v.value === value)) return 'exploitation';
  if (facets?.sectors.some((v) => v.value === value)) return 'sectors';
  return 'themes';
}
