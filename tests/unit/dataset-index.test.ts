import { describe, expect, it } from 'vitest';
import {
  actorRelationItems,
  indexDataset,
  kindOptions,
  relationDateLabel,
  relationRows,
  relationTypeOptions,
} from '../../src/lib/graph/dataset-index';
import { smallDataset } from '../fixtures/small-graph';

const index = indexDataset(smallDataset());
const all = new Set(index.dataset.relations.map((r) => r.id));

describe('dataset index', () => {
  it('builds one table row per visible relation, with labels and dates in words', () => {
    const rows = relationRows(index, new Set(['r3', 'r4']));
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === 'r3')).toMatchObject({
      sourceLabel: 'Gustavo Petro',
      targetLabel: 'Donald Trump',
      relationLabel: 'Met',
      directed: false,
      dateLabel: '3 February 2026',
    });
  });

  it('gives rows newest first, undated last, and the same row objects on every call', () => {
    const rows = relationRows(index, all);
    expect(rows.map((r) => r.id)).toEqual(['r3', 'r1', 'r4', 'r2', 'r5', 'r6']);
    expect(relationRows(index, new Set(['r4']))[0]).toBe(rows[2]);
  });

  it('lists an actor’s relations from its own side', () => {
    const items = actorRelationItems(index, 'petro', all);
    expect(items).toHaveLength(5);
    expect(items.find((i) => i.id === 'r4')).toMatchObject({ outgoing: false, counterpartLabel: 'United States' });
    expect(items.find((i) => i.id === 'r5')).toMatchObject({ outgoing: true, counterpartLabel: 'ELN' });
  });

  it('describes periods as well as points', () => {
    expect(relationDateLabel({ start: '2022-08' })).toBe('since August 2022');
    expect(relationDateLabel({ start: '2002', end: '2010' })).toBe('2002 – 2010');
    expect(relationDateLabel({ end: '1990' })).toBe('until 1990');
    expect(relationDateLabel({})).toBe('');
  });

  it('groups the types in use by polarity, then unknown types apart', () => {
    const options = relationTypeOptions(['met', 'sanctioned', 'co-appearance'], new Map([['met', 2]]));
    expect(options.map((o) => [o.id, o.group, o.count])).toEqual([
      ['met', 'cooperative', 2],
      ['sanctioned', 'hostile', 0],
      ['co-appearance', 'other', 0],
    ]);
  });

  it('labels kinds, keeping unknown kinds', () => {
    expect(kindOptions(['state', 'band'], new Map()).map((k) => k.label)).toEqual(['State', 'band']);
  });
});
