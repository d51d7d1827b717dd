/**
 * What every windowed, sortable table shares, as pure functions: the sort state and what a
 * header click does to it, which slice of rows is rendered when only the rows in view are in
 * the DOM, how far to scroll to bring a row into view, and where a key moves the focus. The
 * DOM side (measuring, scrolling, focus) is components/panels/DataTable.svelte.
 */

export type SortDirection = 'ascending' | 'descending';

/** A sortable column: the key it sorts by, and the direction of a first click on its header. */
export interface SortableColumn<K extends string> {
  key: K;
  firstDirection: SortDirection;
  /** Numbers: the header and cells align right. */
  numeric?: boolean;
}

/** A table's sort state. */
export interface Sort<K extends string> {
  key: K;
  direction: SortDirection;
}

/** The sort after a click on `column`'s header: the same column reverses, another starts fresh. */
export function nextSort<K extends string>(current: Sort<K>, column: SortableColumn<K>): Sort<K> {
  if (current.key === column.key) {
    return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key: column.key, direction: column.firstDirection };
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
