/**
 * The lists' rows and options, worded in the chosen language: one row per visible relation
 * (newest first, undated last, built once per language), an actor's relations from its own
 * side, relation types grouped by polarity and kinds in vocabulary order.
 */
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/lib/graph/dataset-index';
import { actorRelationItems, kindOptions, relationRows, relationTypeOptions } from '../../src/lib/view/rows';
import { typePaletteFor } from '../../src/lib/view/palette';
import { describeRelationTime } from '../../src/lib/i18n/format';
import { smallDataset } from '../fixtures/small-graph';

const index = indexDataset(smallDataset());
const palette = typePaletteFor(index.dataset);
const all = new Set(index.dataset.relations.map((r) => r.id));

describe('relation rows', () => {
  it('builds one row per visible relation, with labels and dates in words', () => {
    const rows = relationRows(index, new Set(['r3', 'r4']), 'en', palette);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === 'r3')).toMatchObject({
      sourceLabel: 'Gustavo Petro',
      targetLabel: 'Donald Trump',
      relationLabel: 'Met',
      directed: false,
      dateLabel: 'February 3, 2026',
    });
    expect(relationRows(index, new Set(['r3']), 'es', palette)[0]).toMatchObject({
      relationLabel: 'Se reunió',
      dateLabel: '3 de febrero de 2026',
    });
  });

  it('gives rows newest first, undated last, and the same row objects on every call in one language', () => {
    const rows = relationRows(index, all, 'en', palette);
    expect(rows.map((r) => r.id)).toEqual(['r3', 'r1', 'r4', 'r2', 'r5', 'r6']);
    expect(relationRows(index, new Set(['r4']), 'en', palette)[0]).toBe(rows[2]);
    expect(relationRows(index, new Set(['r4']), 'es', palette)[0]).not.toBe(rows[2]);
  });

  it('lists an actor’s relations from its own side', () => {
    const items = actorRelationItems(index, 'petro', all, 'en', palette);
    expect(items).toHaveLength(5);
    expect(items.find((i) => i.id === 'r4')).toMatchObject({ outgoing: false, counterpartLabel: 'United States' });
    expect(items.find((i) => i.id === 'r5')).toMatchObject({ outgoing: true, counterpartLabel: 'ELN' });
  });

  it('describes periods as well as points, in both languages', () => {
    expect(describeRelationTime({ start: '2022-08' }, 'en')).toBe('since August 2022');
    expect(describeRelationTime({ start: '2022-08' }, 'es')).toBe('desde agosto de 2022');
    expect(describeRelationTime({ start: '2002', end: '2010' }, 'en')).toBe('2002 – 2010');
    expect(describeRelationTime({ end: '1990' }, 'es')).toBe('hasta 1990');
    expect(describeRelationTime({}, 'en')).toBe('');
  });
});

describe('filter options', () => {
  it('groups the types in use by polarity, then unknown types apart', () => {
    const options = relationTypeOptions(['met', 'sanctioned', 'co-appearance'], new Map([['met', 2]]), 'en', palette);
    expect(options.map((o) => [o.id, o.group, o.count])).toEqual([
      ['met', 'cooperative', 2],
      ['sanctioned', 'hostile', 0],
      ['co-appearance', 'other', 0],
    ]);
  });

  it('labels kinds in vocabulary order, keeping unknown kinds as written', () => {
    expect(kindOptions(['band', 'state', 'person'], new Map(), 'es', palette).map((k) => k.label)).toEqual([
      'Persona',
      'Estado',
      'band',
    ]);
  });
});
