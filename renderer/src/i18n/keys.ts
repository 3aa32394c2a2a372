// Interface-string keys for values that come from the data (sort orders, facets, roles, ingest
// outcomes...), written out in full so that every key in en.json can be found in the code.
import type { SharingEnd, SHARING_MINUTES } from '#shared/classroom-sharing.ts';
import type {
  Facets,
  IngestOutcome,
  OrganisationRole,
  SortOrder,
  ThemeFacet,
} from '#shared/types.ts';

export const FACET_TITLE = {
  countries: 'facets.countries',
  organisations: 'facets.organisations',
  themes: 'facets.themes',
  exploitation: 'facets.exploitation',
  sectors: 'facets.sectors',
  types: 'facets.types',
  languages: 'facets.languages',
  years: 'facets.years',
} as const satisfies Record<keyof Facets, string>;

export const THEME_FACET_TITLE = {
  theme: 'facets.themes',
  exploitation: 'facets.exploitation',
  sector: 'facets.sectors',
} as const satisfies Record<ThemeFacet, string>;

export const SORT_LABEL = {
  relevance: 'search.sort.relevance',
  year: 'search.sort.year',
  title: 'search.sort.title',
} as const satisfies Record<SortOrder, string>;

export const ROLE_LABEL = {
  publisher: 'edit.role.publisher',
  partner: 'edit.role.partner',
  'endorsing-agency': 'edit.role.endorsing-agency',
} as const satisfies Record<OrganisationRole, string>;

export const OUTCOME_LABEL = {
  indexed: 'add.outcome.indexed',
  replaced: 'add.outcome.replaced',
  updated: 'add.outcome.updated',
  unchanged: 'add.outcome.unchanged',
  removed: 'add.outcome.removed',
  skipped: 'add.outcome.skipped',
} as const satisfies Record<IngestOutcome, string>;

export const FIGURE_LABEL = {
  events: 'country.figures.events',
  participants: 'country.figures.participants',
  capacityEvents: 'country.figures.capacityEvents',
  peopleTrained: 'country.figures.peopleTrained',
} as const;

export const SPLIT_LABEL = {
  participants: 'country.split.participants',
  trained: 'country.split.trained',
} as const;

export const SHARING_DURATION_LABEL = {
  30: 'sharing.for30m',
  60: 'sharing.for1h',
  120: 'sharing.for2h',
  240: 'sharing.for4h',
  480: 'sharing.for8h',
} as const satisfies Record<(typeof SHARING_MINUTES)[number], string>;

/** How the last sharing ended, when it ended without failing. */
export const SHARING_ENDED_NOTICE = {
  stopped: 'sharing.endedStopped',
  'time-up': 'sharing.endedTimeUp',
} as const satisfies Record<Exclude<SharingEnd, 'never-started' | 'failed'>, string>;
