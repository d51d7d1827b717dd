/**
 * The relations table's view model, as pure functions: its columns and their words, the
 * sort order (names compared in the chosen language, undated relations last), the caption,
 * and which slice of rows is rendered when only the rows in view are in the DOM.
 */
import { collator, formatNumber } from '../i18n/format';
import { m } from '../i18n/generated/messages.js';
import type { Locale } from '../i18n/locale';
import { compareSortTimes } from '../time/order';
import type { RelationRow } from './rows';

export type SortKey = 'source' | 'relation' | 'target' | 'date' | 'sources';
export type SortDirection = 'ascending' | 'descending';

/** One column: the key it sorts by, and the direction of a first click on its header. */
export interface TableColumn {
  key: SortKey;
  firstDirection: SortDirection;
}

/** The columns in display order. Newest first and most-sourced first are what people look for. */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  { key: 'source', firstDirection: 'ascending' },
  { key: 'relation', firstDirection: 'ascending' },
  { key: 'target', firstDirection: 'ascending' },
  { key: 'date', firstDirection: 'descending' },
  { key: 'sources', firstDirection: 'descending' },
];

const COLUMN_LABEL: Readonly<Record<SortKey, (locale: Locale) => string>> = {
  source: (locale) => m.panels_table_column_source({}, { locale }),
  relation: (locale) => m.panels_table_column_relation({}, { locale }),
  target: (locale) => m.panels_table_column_target({}, { locale }),
  date: (locale) => m.panels_table_column_date({}, { locale }),
  sources: (locale) => m.panels_table_column_sources({}, { locale }),
};

/** A column header's word in `locale`. */
export function columnLabel(key: SortKey, locale: Locale): string {
  return COLUMN_LABEL[key](locale);
}

/** The table's sort state. */
export interface TableSort {
  key: SortKey;
  direction: SortDirection;
}

/** The sort after a click on `column`'s header: the same column reverses, another starts fresh. */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.key === column.key) {
    return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key: column.key, direction: column.firstDirection };
}

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
  if (key === 'date') {
    const newestFirst = direction === 'descending';
    return [...rows].sort((a, b) => compareSortTimes(a.sortTime, b.sortTime, newestFirst));
  }
  const sign = direction === 'ascending' ? 1 : -1;
  const names = collator(locale);
  const compare: Record<Exclude<SortKey, 'date'>, (a: RelationRow, b: RelationRow) => number> = {
    source: (a, b) => names.compare(a.sourceLabel, b.sourceLabel),
    relation: (a, b) => names.compare(a.relationLabel, b.relationLabel),
    target: (a, b) => names.compare(a.targetLabel, b.targetLabel),
    sources: (a, b) => a.sources - b.sources,
  };
  return [...rows].sort((a, b) => sign * compare[key](a, b));
}

/** The caption: how many relations are shown, or that the filters left none. */
export function tableCaption(count: number, locale: Locale): string {
  if (count === 0) return m.panels_table_none({}, { locale });
  return m.panels_table_shown({ count, countText: formatNumber(count, locale) }, { locale });
}

/** Extra rows above and below the view, so fast scrolling does not show blank space. */
export const OVERSCAN = 10;
/** Rows to render when the view has no height yet (hidden panel, tests without layout). */
export const FALLBACK_VIEW_ROWS = 40;

/** The rendered slice of the sorted rows: `start` inclusive, `end` exclusive. */
export interface RowWindow {
  start: number;
  end: number;
}

/**
 * The slice of rows to render: `viewTop` is how far the top of the view is below the top
 * of the table body, in pixels (negative while the body starts lower in the view).
 */
export function rowWindow(total: number, viewTop: number, viewHeight: number, rowHeight: number): RowWindow {
  const visible = viewHeight > 0 ? Math.ceil(viewHeight / rowHeight) + 1 : FALLBACK_VIEW_ROWS;
  const first = Math.max(0, Math.floor(viewTop / rowHeight));
  const end = Math.min(total, first + visible + OVERSCAN);
  const start = Math.max(0, Math.min(first, end - visible) - OVERSCAN);
  return { start, end };
}

/** Where the view stands over the table body, in pixels, as last measured. */
export interface TableGeometry {
  rowHeight: number;
  /** How far the top of the view is below the top of the body (as for {@link rowWindow}). */
  viewTop: number;
  /** The view's height; 0 while unknown. */
  viewHeight: number;
  /** The sticky header's height, which covers the top of the view. */
  headerHeight: number;
}

/**
 * How far to scroll (pixels, negative is up) so that row `index` is fully in view below the
 * sticky header; 0 when it already is.
 */
export function revealOffset(index: number, geometry: TableGeometry): number {
  const { rowHeight, viewTop, viewHeight, headerHeight } = geometry;
  const height = viewHeight > 0 ? viewHeight : FALLBACK_VIEW_ROWS * rowHeight;
  const top = index * rowHeight - viewTop;
  const bottom = top + rowHeight;
  if (top < headerHeight) return top - headerHeight;
  if (bottom > height) return bottom - height;
  return 0;
}

/**
 * The row a key moves the focus to from row `index` (arrows, Page Up/Down by a view less
 * one row, Home, End), kept within the `rowCount` rows; null for any other key.
 */
export function keyboardTarget(key: string, index: number, rowCount: number, geometry: TableGeometry): number | null {
  const { rowHeight, viewHeight, headerHeight } = geometry;
  const page = Math.max(1, Math.floor((viewHeight - headerHeight) / rowHeight) - 1);
  const moves: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + page,
    PageUp: index - page,
    Home: 0,
    End: rowCount - 1,
  };
  if (!Object.hasOwn(moves, key) || rowCount === 0) return null;
  return Math.min(rowCount - 1, Math.max(0, moves[key]));
}
