/**
 * The pure side of every windowed, sortable table (lib/view/table-navigation.ts): the sort a
 * header click gives, the rendered slice of rows, how far to scroll to show a row, and where
 * each key moves the focus.
 */
import { describe, expect, it } from 'vitest';
import {
  FALLBACK_VIEW_ROWS,
  OVERSCAN,
  keyboardTarget,
  nextSort,
  revealOffset,
  rowWindow,
  type SortableColumn,
  type TableGeometry,
} from '../../src/lib/view/table-navigation';

describe('nextSort', () => {
  const name: SortableColumn<'name' | 'score'> = { key: 'name', firstDirection: 'ascending' };
  const score: SortableColumn<'name' | 'score'> = { key: 'score', firstDirection: 'descending', numeric: true };

  it('reverses the sorted column on each click', () => {
    const once = nextSort({ key: 'score', direction: 'descending' }, score);
    expect(once).toEqual({ key: 'score', direction: 'ascending' });
    expect(nextSort(once, score)).toEqual({ key: 'score', direction: 'descending' });
  });

  it("starts another column in that column's first direction, whatever the current one", () => {
    expect(nextSort({ key: 'name', direction: 'descending' }, score)).toEqual({
      key: 'score',
      direction: 'descending',
    });
    expect(nextSort({ key: 'score', direction: 'ascending' }, name)).toEqual({ key: 'name', direction: 'ascending' });
  });
});

describe('rowWindow', () => {
  it('renders the rows in view plus a margin on each side', () => {
    // 10 rows of 25 px in view (+1 for a partly shown row), starting at row 100.
    expect(rowWindow(5000, 2500, 250, 25)).toEqual({ start: 100 - OVERSCAN, end: 100 + 11 + OVERSCAN });
  });

  it('starts at the top while the body is below the top of the view', () => {
    expect(rowWindow(5000, -300, 250, 25)).toEqual({ start: 0, end: 11 + OVERSCAN });
  });

  it('keeps a full window at the end of the rows', () => {
    expect(rowWindow(100, 99 * 25, 250, 25)).toEqual({ start: 100 - 11 - OVERSCAN, end: 100 });
  });

  it('renders a fixed number of rows while the view has no height', () => {
    expect(rowWindow(5000, 0, 0, 25)).toEqual({ start: 0, end: FALLBACK_VIEW_ROWS + OVERSCAN });
    expect(rowWindow(3, 0, 0, 25)).toEqual({ start: 0, end: 3 });
    expect(rowWindow(0, 0, 250, 25)).toEqual({ start: 0, end: 0 });
  });
});

describe('revealOffset and keyboardTarget', () => {
  // A 250 px view with a 25 px sticky header, scrolled to show rows 10 and on.
  const geometry: TableGeometry = { rowHeight: 25, viewTop: 250, viewHeight: 250, headerHeight: 25 };

  it('scrolls only as far as needed to show a row below the header', () => {
    expect(revealOffset(12, geometry)).toBe(0);
    expect(revealOffset(10, geometry)).toBe(-25);
    expect(revealOffset(5, geometry)).toBe(-150);
    expect(revealOffset(19, geometry)).toBe(0);
    expect(revealOffset(20, geometry)).toBe(25);
  });

  it('moves by rows, by a page less one row, or to either end, within the rows', () => {
    expect(keyboardTarget('ArrowDown', 3, 100, geometry)).toBe(4);
    expect(keyboardTarget('ArrowUp', 0, 100, geometry)).toBe(0);
    expect(keyboardTarget('PageDown', 3, 100, geometry)).toBe(3 + 8);
    expect(keyboardTarget('PageUp', 3, 100, geometry)).toBe(0);
    expect(keyboardTarget('End', 3, 100, geometry)).toBe(99);
    expect(keyboardTarget('Home', 50, 100, geometry)).toBe(0);
    expect(keyboardTarget('ArrowDown', 99, 100, geometry)).toBe(99);
  });

  it('ignores other keys, and every key without rows', () => {
    expect(keyboardTarget('a', 3, 100, geometry)).toBeNull();
    expect(keyboardTarget('toString', 3, 100, geometry)).toBeNull();
    expect(keyboardTarget('End', 0, 0, geometry)).toBeNull();
  });
});
