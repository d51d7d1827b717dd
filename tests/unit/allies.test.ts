// @vitest-environment node
/**
 * Allies and adversaries: balance ordering, the per-year strip, turn detection, visibility,
 * and the product's promise on the real dataset (Petro and Trump both cooperated and clashed).
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { alliesAndAdversaries, extentYears, type AllyRelation } from '../../src/lib/analysis/allies';
import { readDatasetFolder } from '../../src/lib/data/read-dataset-folder';
import { validateDataset } from '../../src/lib/data/validate';
import { indexRelationSpans } from '../../src/lib/time/time-filter';

const rel = (
  id: string,
  source: string,
  target: string,
  type: string,
  date?: string,
): AllyRelation & {
  evidence: [];
} => ({ id, source, target, type, ...(date ? { date } : {}), evidence: [] });

const RELATIONS = [
  rel('r1', 'p', 'ally', 'allied', '2022'),
  rel('r2', 'ally', 'p', 'supported', '2023-05'),
  rel('r3', 'p', 'foe', 'criticized', '2023'),
  rel('r4', 'foe', 'p', 'sanctioned', '2024-02'),
  rel('r5', 'p', 'turn', 'met', '2022-03'),
  rel('r6', 'p', 'turn', 'cooperated', '2023-01'),
  rel('r7', 'turn', 'p', 'accused', '2024-06'),
  rel('r8', 'p', 'turn', 'threatened', '2024-09'),
  rel('r9', 'p', 'turn', 'negotiated'), // undated: counts in totals only
  rel('r10', 'p', 'kin', 'family'),
  rel('r11', 'x', 'y', 'allied', '2022'), // not about p
];

function run(visible: ReadonlySet<string> | null = null, relations = RELATIONS) {
  const { spans, extent } = indexRelationSpans(relations);
  return alliesAndAdversaries({
    actorId: 'p',
    relations,
    visibleIds: visible,
    spans,
    extent,
    labelOf: (id) => id.toUpperCase(),
  });
}

describe('alliesAndAdversaries', () => {
  it('orders counterparts by balance, most allied first, then by total and label', () => {
    const list = run();
    expect(list.map((c) => [c.id, c.cooperative, c.hostile, c.other, c.balance, c.total])).toEqual([
      ['ally', 2, 0, 0, 2, 2],
      ['turn', 3, 2, 0, 1, 5],
      ['kin', 0, 0, 1, 0, 1],
      ['foe', 0, 2, 0, -2, 2],
    ]);
    expect(list[0].label).toBe('ALLY');
  });

  it('breaks equal balances by total, then label', () => {
    const list = run(null, [
      rel('a', 'p', 'b-actor', 'met', '2022'),
      rel('b', 'p', 'a-actor', 'met', '2022'),
      rel('c', 'p', 'c-actor', 'met', '2022'),
      rel('d', 'c-actor', 'p', 'criticized', '2022'),
      rel('e', 'p', 'c-actor', 'met', '2022'),
    ]);
    expect(list.map((c) => c.id)).toEqual(['c-actor', 'a-actor', 'b-actor']);
  });

  it('gives one strip cell per year of the network span, undated left out', () => {
    expect(extentYears(indexRelationSpans(RELATIONS).extent)).toEqual([2022, 2023, 2024]);
    const turn = run().find((c) => c.id === 'turn')!;
    expect(turn.years).toEqual([
      { year: 2022, cooperative: 1, hostile: 0, balance: 1 },
      { year: 2023, cooperative: 1, hostile: 0, balance: 1 },
      { year: 2024, cooperative: 0, hostile: 2, balance: -2 },
    ]);
    expect(turn.relationIds).toEqual(['r5', 'r6', 'r7', 'r8', 'r9']);
  });

  it('spreads a standing tie over every year it covers', () => {
    const relations = [
      { ...rel('t', 'p', 'q', 'allied'), start: '2022-06', end: '2024-01' },
      rel('u', 'p', 'q', 'met', '2025'),
    ];
    const [q] = run(null, relations);
    expect(q.years.map((y) => y.balance)).toEqual([1, 1, 1, 1]);
  });

  it('detects a turn with the last relation of the old polarity and the first of the new', () => {
    const list = run();
    expect(list.find((c) => c.id === 'turn')!.turn).toEqual({ to: 'hostile', lastBeforeId: 'r6', firstAfterId: 'r7' });
    expect(list.find((c) => c.id === 'ally')!.turn).toBeNull();
    expect(list.find((c) => c.id === 'foe')!.turn).toBeNull();
  });

  it('reports the latest turn, back to cooperative', () => {
    const [q] = run(null, [
      rel('a', 'p', 'q', 'met', '2022'),
      rel('b', 'q', 'p', 'accused', '2023'),
      rel('c', 'p', 'q', 'negotiated', '2024'),
    ]);
    expect(q.turn).toEqual({ to: 'cooperative', lastBeforeId: 'b', firstAfterId: 'c' });
  });

  it('counts only the visible relations', () => {
    const list = run(new Set(['r5', 'r6', 'r3']));
    expect(list.map((c) => [c.id, c.total, c.turn])).toEqual([
      ['turn', 2, null],
      ['foe', 1, null],
    ]);
  });
});

describe('allies and adversaries of Gustavo Petro in the bundled dataset', () => {
  const folder = fileURLToPath(new URL('../../graph-data/', import.meta.url));
  const { files } = readDatasetFolder(folder);
  const dataset = validateDataset(files).dataset!;

  it('list Donald Trump with both cooperative and hostile relations', () => {
    const { spans, extent } = indexRelationSpans(dataset.relations);
    const labels = new Map(dataset.actors.map((a) => [a.id, a.label]));
    const list = alliesAndAdversaries({
      actorId: 'gustavo-petro',
      relations: dataset.relations,
      visibleIds: null,
      spans,
      extent,
      labelOf: (id) => labels.get(id) ?? id,
    });
    const trump = list.find((c) => c.id === 'donald-trump');
    expect(trump?.label).toBe('Donald Trump');
    expect(trump!.cooperative).toBeGreaterThan(0);
    expect(trump!.hostile).toBeGreaterThan(0);
    expect(trump!.years.length).toBe(extentYears(extent).length);
  });
});
