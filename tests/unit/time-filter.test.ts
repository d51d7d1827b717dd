import { describe, expect, it } from 'vitest';
import { indexRelationSpans, timePredicate } from '../../src/lib/time/time-filter';
import type { NetworkRelation } from '../../src/lib/data/network';

const rel = (id: string, fields: Partial<NetworkRelation>): NetworkRelation => ({
  id,
  source: 'a',
  target: 'b',
  type: 'met',
  evidence: [],
  ...fields,
});

const relations = [
  rel('october', { date: '2025-10' }),
  rel('day', { date: '2025-09-16' }),
  rel('tie', { start: '2022-08' }),
  rel('old', { start: '2002', end: '2010' }),
  rel('undated', {}),
];
const index = indexRelationSpans(relations);
const window = (from: string, to: string) => ({ start: Date.parse(from), end: Date.parse(to) });

describe('time filter', () => {
  it('indexes spans, the extent and the undated count', () => {
    expect(index.undatedCount).toBe(1);
    expect(index.extent?.start).toBe(Date.UTC(2002, 0, 1));
    expect(index.extent?.end).toBe(Date.UTC(2025, 10, 1));
  });

  it('keeps exactly the relations that overlap a month, open ties included', () => {
    const shows = timePredicate(index, { window: window('2025-10-01', '2025-11-01'), showUndated: false });
    expect(relations.filter((r) => shows(r.id)).map((r) => r.id)).toEqual(['october', 'tie']);
  });

  it('shows undated relations only when asked', () => {
    expect(timePredicate(index, { window: null, showUndated: true })('undated')).toBe(true);
    expect(timePredicate(index, { window: null, showUndated: false })('undated')).toBe(false);
  });

  it('places a partial date over its whole span, not its first day', () => {
    const lateOctober = window('2025-10-20', '2025-10-21');
    expect(timePredicate(index, { window: lateOctober, showUndated: false })('october')).toBe(true);
  });
});
