import { describe, expect, it } from 'vitest';
import { pairHistory, pairHistoryItems, pairHistoryLines, type PairHistoryItem } from '../../src/lib/view/pair-history';
import type { Network, NetworkRelation as Relation } from '../../src/lib/data/network';
import { indexDataset } from '../../src/lib/graph/dataset-index';
import type { TypePalette } from '../../src/lib/view/palette';

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

const PALETTE: TypePalette = { relationType: (type) => `colour-of-${type}`, actorKind: (kind) => `colour-of-${kind}` };

function network(relations: Relation[]): Network {
  return {
    name: 'test',
    documents: [],
    actors: [
      { id: 'petro', label: 'Gustavo Petro', kind: 'person', aliases: [] },
      { id: 'trump', label: 'Donald Trump', kind: 'person', aliases: [] },
    ],
    relations,
    sources: {},
  };
}

describe('pairHistoryItems', () => {
  const index = indexDataset(
    network([
      { ...relation('sanctions', 'trump', 'petro', { date: '2025-10-24' }), type: 'sanctioned' },
      { ...relation('talks', 'petro', 'trump', { date: '2026-01' }), type: 'negotiated' },
      relation('reply', 'petro', 'trump', { start: '2025-03' }),
      { ...relation('imported', 'trump', 'petro'), type: 'tweeted-at', directed: false },
    ]),
  );
  const selected = index.relations.get('sanctions')!;

  it('words each relation of the pair in the chosen language, oldest first', () => {
    expect(pairHistoryItems(index, selected, 'en', PALETTE)).toEqual([
      {
        id: 'reply',
        relationLabel: 'Criticized',
        color: 'colour-of-criticized',
        directed: true,
        forward: false,
        dateLabel: 'since March 2025',
        sortTime: Date.UTC(2025, 2, 1),
      },
      {
        id: 'sanctions',
        relationLabel: 'Sanctioned',
        color: 'colour-of-sanctioned',
        directed: true,
        forward: true,
        dateLabel: 'October 24, 2025',
        sortTime: Date.UTC(2025, 9, 24),
      },
      {
        id: 'talks',
        relationLabel: 'Negotiated',
        color: 'colour-of-negotiated',
        directed: false,
        forward: false,
        dateLabel: 'January 2026',
        sortTime: Date.UTC(2026, 0, 1),
      },
      {
        id: 'imported',
        relationLabel: 'tweeted-at',
        color: 'colour-of-tweeted-at',
        directed: false,
        forward: true,
        dateLabel: '',
        sortTime: null,
      },
    ]);
  });

  it('uses the Spanish words and dates when the page speaks Spanish', () => {
    const items = pairHistoryItems(index, selected, 'es', PALETTE);
    expect(items.map((item) => [item.relationLabel, item.dateLabel])).toEqual([
      ['Criticó', 'desde marzo de 2025'],
      ['Sancionó', '24 de octubre de 2025'],
      ['Negoció', 'enero de 2026'],
      ['tweeted-at', ''],
    ]);
  });
});

describe('pairHistoryLines', () => {
  const item = (partial: Partial<PairHistoryItem> & Pick<PairHistoryItem, 'id'>): PairHistoryItem => ({
    relationLabel: 'Criticized',
    color: '#E69F00',
    directed: true,
    forward: true,
    dateLabel: '',
    sortTime: null,
    ...partial,
  });
  const ITEMS = [
    item({ id: 'undated' }),
    item({ id: 'later', dateLabel: '2026', sortTime: Date.UTC(2026, 0, 1) }),
    item({ id: 'back', forward: false, dateLabel: '2025', sortTime: Date.UTC(2025, 0, 1) }),
    item({ id: 'mutual', directed: false, dateLabel: '2025', sortTime: Date.UTC(2025, 0, 1) }),
  ];

  it('orders oldest first, undated last, keeping the given order on equal times', () => {
    expect(pairHistoryLines(ITEMS, 'Trump', 'Petro', 'en').map((line) => line.id)).toEqual([
      'back',
      'mutual',
      'later',
      'undated',
    ]);
  });

  it('gives each line its arrow and the same direction in words', () => {
    const lines = pairHistoryLines(ITEMS, 'Trump', 'Petro', 'en');
    expect(lines.map((line) => [line.glyph, line.direction, line.dateText])).toEqual([
      ['←', 'Petro to Trump', '2025'],
      ['↔', 'mutual', '2025'],
      ['→', 'Trump to Petro', '2026'],
      ['→', 'Trump to Petro', 'undated'],
    ]);
  });

  it('words directions and undated relations in Spanish', () => {
    const lines = pairHistoryLines(ITEMS, 'Trump', 'Petro', 'es');
    expect(lines.map((line) => [line.direction, line.dateText])).toEqual([
      ['de Petro a Trump', '2025'],
      ['mutua', '2025'],
      ['de Trump a Petro', '2026'],
      ['de Trump a Petro', 'sin fecha'],
    ]);
  });

  it('leaves the items it was given alone', () => {
    const copy = [...ITEMS];
    pairHistoryLines(ITEMS, 'Trump', 'Petro', 'en');
    expect(ITEMS).toEqual(copy);
  });
});
