import { describe, expect, it } from 'vitest';
import { pairHistory } from '../../src/lib/graph/pair-history';
import type { Relation } from '../../src/lib/data/schema';

function relation(
  id: string,
  source: string,
  target: string,
  dates: Partial<Pick<Relation, 'date' | 'start' | 'end'>> = {},
): Relation {
  return {
    id,
    source,
    target,
    type: 'criticized',
    ...dates,
    summary: id,
    evidence: [{ document: 'doc', quote: 'A quote that is long enough to pass.' }],
  };
}

const RELATIONS: Relation[] = [
  relation('undated-first', 'petro', 'trump'),
  relation('sanctions', 'trump', 'petro', { date: '2025-10-24' }),
  relation('other-pair', 'petro', 'maduro', { date: '2020' }),
  relation('october', 'petro', 'trump', { date: '2025-10' }),
  relation('tie', 'trump', 'petro', { start: '2025-01' }),
  relation('call', 'petro', 'trump', { date: '2026-01-07' }),
  relation('same-month-later-in-list', 'trump', 'petro', { date: '2025-10' }),
  relation('until', 'petro', 'trump', { end: '2024' }),
  relation('self', 'petro', 'petro', { date: '2025' }),
];

describe('pairHistory', () => {
  it('returns the relations between the two actors in both directions, oldest first, undated last', () => {
    expect(pairHistory(RELATIONS, 'petro', 'trump').map((r) => r.id)).toEqual([
      'until',
      'tie',
      'october',
      'same-month-later-in-list',
      'sanctions',
      'call',
      'undated-first',
    ]);
  });

  it('does not depend on the order the actors are given in', () => {
    expect(pairHistory(RELATIONS, 'trump', 'petro')).toEqual(pairHistory(RELATIONS, 'petro', 'trump'));
  });

  it('finds nothing for a pair without relations and leaves the input alone', () => {
    const copy = [...RELATIONS];
    expect(pairHistory(RELATIONS, 'trump', 'maduro')).toEqual([]);
    expect(RELATIONS).toEqual(copy);
  });
});
