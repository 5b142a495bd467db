/** The agenda's filter fields, in URL order. */
export const FILTER_FIELDS = ['track', 'format', 'level', 'tag'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export type Filters = Partial<Record<FilterField, string>>;

/** What a filter reads of a talk card. */
export interface Filterable {
  track: string;
  format: string;
  level: string;
  tags: readonly string[];
}

/** Filters from a query string; unknown keys and empty values are dropped. */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  const filters: Filters = {};
  for (const field of FILTER_FIELDS) {
    const value = params.get(field);
    if (value) filters[field] = value;
  }
  return filters;
}

/** The query string for filters (without "?"), fields in a fixed order so URLs are stable. */
export function serializeFilters(filters: Filters): string {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const value = filters[field];
    if (value) params.set(field, value);
  }
  return params.toString();
}

/** Every set filter must match (they combine with AND); no filters match everything. */
export function matchesFilters(talk: Filterable, filters: Filters): boolean {
  return (
    (!filters.track || talk.track === filters.track) &&
    (!filters.format || talk.format === filters.format) &&
    (!filters.level || talk.level === filters.level) &&
    (!filters.tag || talk.tags.includes(filters.tag))
  );
}
