import { describe, expect, it } from 'vitest';
import {
  FALLBACK_VIEW_ROWS,
  OVERSCAN,
  TABLE_COLUMNS,
  columnLabel,
  keyboardTarget,
  nextSort,
  revealOffset,
  rowWindow,
  sortRelationRows,
  tableCaption,
  type TableGeometry,
} from '../../src/lib/view/relations-table';
import type { RelationRow } from '../../src/lib/view/rows';

const row = (id: string, overrides: Partial<RelationRow>): RelationRow => ({
  id,
  sourceLabel: 'Gustavo Petro',
  targetLabel: 'Donald Trump',
  relationLabel: 'Criticized',
  color: '#E69F00',
  directed: true,
  dateLabel: '',
  sortTime: null,
  sources: 1,
  ...overrides,
});

const ROWS: RelationRow[] = [
  row('old', { sourceLabel: 'Álvaro Uribe', sortTime: Date.UTC(2019, 0, 1), sources: 3 }),
  row('undated', { sourceLabel: 'Clan del Golfo', targetLabel: 'ELN', sources: 2 }),
  row('new', { sourceLabel: 'Donald Trump', targetLabel: 'Gustavo Petro', sortTime: Date.UTC(2025, 9, 24) }),
  row('mid', { sourceLabel: 'Bogotá', sortTime: Date.UTC(2022, 2, 1), sources: 5 }),
];

const ids = (rows: RelationRow[]) => rows.map((r) => r.id);

describe('sortRelationRows', () => {
  it('orders dates newest or oldest first, undated last either way', () => {
    expect(ids(sortRelationRows(ROWS, 'date', 'descending', 'en'))).toEqual(['new', 'mid', 'old', 'undated']);
    expect(ids(sortRelationRows(ROWS, 'date', 'ascending', 'en'))).toEqual(['old', 'mid', 'new', 'undated']);
  });

  it('compares names ignoring accents and case', () => {
    expect(ids(sortRelationRows(ROWS, 'source', 'ascending', 'en'))).toEqual(['old', 'mid', 'undated', 'new']);
    expect(ids(sortRelationRows(ROWS, 'source', 'descending', 'en'))).toEqual(['new', 'undated', 'mid', 'old']);
    expect(ids(sortRelationRows(ROWS, 'target', 'ascending', 'es'))).toEqual(['old', 'mid', 'undated', 'new']);
  });

  it('sorts names as the chosen language does: "ñ" after "n" in Spanish only', () => {
    const rows = [row('n-tilde', { relationLabel: 'Ñame' }), row('n', { relationLabel: 'Nzeta' })];
    expect(ids(sortRelationRows(rows, 'relation', 'ascending', 'en'))).toEqual(['n-tilde', 'n']);
    expect(ids(sortRelationRows(rows, 'relation', 'ascending', 'es'))).toEqual(['n', 'n-tilde']);
  });

  it('compares numbers in labels as numbers', () => {
    const rows = [row('ten', { sourceLabel: 'Actor 10' }), row('two', { sourceLabel: 'Actor 2' })];
    expect(ids(sortRelationRows(rows, 'source', 'ascending', 'en'))).toEqual(['two', 'ten']);
  });

  it('sorts by source count and keeps the incoming order of ties, without changing its input', () => {
    const input = [...ROWS];
    expect(ids(sortRelationRows(input, 'sources', 'descending', 'en'))).toEqual(['mid', 'old', 'undated', 'new']);
    const tied = [row('a', {}), row('b', {}), row('c', {})];
    expect(ids(sortRelationRows(tied, 'relation', 'descending', 'en'))).toEqual(['a', 'b', 'c']);
    expect(ids(sortRelationRows(tied, 'date', 'ascending', 'en'))).toEqual(['a', 'b', 'c']);
    expect(input).toEqual(ROWS);
  });
});

describe('columns and sort state', () => {
  it('names the columns in both languages', () => {
    expect(TABLE_COLUMNS.map((c) => columnLabel(c.key, 'en'))).toEqual([
      'Source',
      'Relation',
      'Target',
      'Date',
      'Sources',
    ]);
    expect(TABLE_COLUMNS.map((c) => columnLabel(c.key, 'es'))).toEqual([
      'Origen',
      'Relación',
      'Destino',
      'Fecha',
      'Fuentes',
    ]);
  });

  it('reverses the same column and starts another in its first direction', () => {
    const date = TABLE_COLUMNS.find((c) => c.key === 'date')!;
    const source = TABLE_COLUMNS.find((c) => c.key === 'source')!;
    expect(nextSort({ key: 'date', direction: 'descending' }, date)).toEqual({ key: 'date', direction: 'ascending' });
    expect(nextSort({ key: 'date', direction: 'ascending' }, source)).toEqual({
      key: 'source',
      direction: 'ascending',
    });
    expect(nextSort({ key: 'source', direction: 'ascending' }, date)).toEqual({
      key: 'date',
      direction: 'descending',
    });
  });
});

describe('tableCaption', () => {
  it('counts with the plural and the number format of the language', () => {
    expect(tableCaption(1, 'en')).toBe('1 relation shown');
    expect(tableCaption(5000, 'en')).toBe('5,000 relations shown');
    expect(tableCaption(1, 'es')).toBe('1 relación mostrada');
    expect(tableCaption(3, 'es')).toBe('3 relaciones mostradas');
    expect(tableCaption(5000, 'es')).toBe('5.000 relaciones mostradas');
    expect(tableCaption(1_000_000, 'es')).toBe('1.000.000 relaciones mostradas');
  });

  it('says when the filters leave nothing', () => {
    expect(tableCaption(0, 'en')).toBe('No relation matches the filters');
    expect(tableCaption(0, 'es')).toBe('Ninguna relación coincide con los filtros');
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
