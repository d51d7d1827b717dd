import { describe, expect, it } from 'vitest';
import { TABLE_COLUMNS, columnLabel, sortRelationRows, tableCaption } from '../../src/lib/view/relations-table';
import { nextSort } from '../../src/lib/view/table-navigation';
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
  publishers: 1,
  firstReportedLabel: '',
  lastReportedLabel: '',
  firstReportedTime: null,
  lastReportedTime: null,
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
      'Documents',
      'Publishers',
      'First reported',
      'Last reported',
    ]);
    expect(TABLE_COLUMNS.map((c) => columnLabel(c.key, 'es'))).toEqual([
      'Origen',
      'Relación',
      'Destino',
      'Fecha',
      'Documentos',
      'Medios',
      'Primera mención',
      'Última mención',
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

describe('sorting by how a relation is sourced', () => {
  const sourced: RelationRow[] = [
    row('late', { publishers: 1, firstReportedTime: Date.UTC(2026, 0, 1), lastReportedTime: Date.UTC(2026, 1, 1) }),
    row('unknown', { publishers: 0 }),
    row('early', { publishers: 3, firstReportedTime: Date.UTC(2022, 8, 1), lastReportedTime: Date.UTC(2025, 9, 1) }),
  ];
  const ids = (rows: RelationRow[]) => rows.map((r) => r.id);

  it('sorts by publishers and by first and last report, unknown dates last', () => {
    expect(ids(sortRelationRows(sourced, 'publishers', 'descending', 'en'))).toEqual(['early', 'late', 'unknown']);
    expect(ids(sortRelationRows(sourced, 'first', 'ascending', 'en'))).toEqual(['early', 'late', 'unknown']);
    expect(ids(sortRelationRows(sourced, 'last', 'descending', 'en'))).toEqual(['late', 'early', 'unknown']);
    expect(ids(sortRelationRows(sourced, 'last', 'ascending', 'en'))).toEqual(['early', 'late', 'unknown']);
  });
});
