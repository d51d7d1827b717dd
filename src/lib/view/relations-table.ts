/**
 * The relations table's view model, as pure functions: its columns and their words, the
 * sort order (names compared in the chosen language, undated relations last) and the
 * caption. The sort state, which slice of rows is rendered and where the keys move are
 * every table's: table-navigation.ts.
 */
import { collator, formatNumber } from '../i18n/format';
import { m } from '../i18n/generated/messages.js';
import type { Locale } from '../i18n/locale';
import { compareSortTimes } from '../time/order';
import type { RelationRow } from './rows';
import type { Sort, SortableColumn, SortDirection } from './table-navigation';

export type { SortDirection } from './table-navigation';

export type SortKey = 'source' | 'relation' | 'target' | 'date' | 'sources' | 'publishers' | 'first' | 'last';

/** One column: the key it sorts by, and the direction of a first click on its header. */
export type TableColumn = SortableColumn<SortKey>;

/** The columns in display order. Newest first and most-sourced first are what people look for. */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  { key: 'source', firstDirection: 'ascending' },
  { key: 'relation', firstDirection: 'ascending' },
  { key: 'target', firstDirection: 'ascending' },
  { key: 'date', firstDirection: 'descending' },
  { key: 'sources', firstDirection: 'descending', numeric: true },
  { key: 'publishers', firstDirection: 'descending', numeric: true },
  { key: 'first', firstDirection: 'ascending' },
  { key: 'last', firstDirection: 'descending' },
];

const COLUMN_LABEL: Readonly<Record<SortKey, (locale: Locale) => string>> = {
  source: (locale) => m.panels_table_column_source({}, { locale }),
  relation: (locale) => m.panels_table_column_relation({}, { locale }),
  target: (locale) => m.panels_table_column_target({}, { locale }),
  date: (locale) => m.panels_table_column_date({}, { locale }),
  sources: (locale) => m.panels_table_column_sources({}, { locale }),
  publishers: (locale) => m.panels_table_column_publishers({}, { locale }),
  first: (locale) => m.panels_table_column_first_reported({}, { locale }),
  last: (locale) => m.panels_table_column_last_reported({}, { locale }),
};

/** A column header's word in `locale`. */
export function columnLabel(key: SortKey, locale: Locale): string {
  return COLUMN_LABEL[key](locale);
}

/** The table's sort state. */
export type TableSort = Sort<SortKey>;

/**
 * Rows in the requested order, names compared as `locale` sorts them ("Álvaro" before
 * "Bogotá"). Undated rows stay last in both directions, since "no date" is neither early
 * nor late. Ties keep the incoming order (sort is stable).
 */
export function sortRelationRows(
  rows: readonly RelationRow[],
  key: SortKey,
  direction: SortDirection,
  locale: Locale,
): RelationRow[] {
  const newestFirst = direction === 'descending';
  if (key === 'date') return [...rows].sort((a, b) => compareSortTimes(a.sortTime, b.sortTime, newestFirst));
  if (key === 'first') {
    return [...rows].sort((a, b) => compareSortTimes(a.firstReportedTime, b.firstReportedTime, newestFirst));
  }
  if (key === 'last') {
    return [...rows].sort((a, b) => compareSortTimes(a.lastReportedTime, b.lastReportedTime, newestFirst));
  }
  const sign = direction === 'ascending' ? 1 : -1;
  const names = collator(locale);
  const compare: Record<Exclude<SortKey, 'date' | 'first' | 'last'>, (a: RelationRow, b: RelationRow) => number> = {
    source: (a, b) => names.compare(a.sourceLabel, b.sourceLabel),
    relation: (a, b) => names.compare(a.relationLabel, b.relationLabel),
    target: (a, b) => names.compare(a.targetLabel, b.targetLabel),
    sources: (a, b) => a.sources - b.sources,
    publishers: (a, b) => a.publishers - b.publishers,
  };
  return [...rows].sort((a, b) => sign * compare[key](a, b));
}

/** The caption: how many relations are shown, or that the filters left none. */
export function tableCaption(count: number, locale: Locale): string {
  if (count === 0) return m.panels_table_none({}, { locale });
  return m.panels_table_shown({ count, countText: formatNumber(count, locale) }, { locale });
}
