/** Who matters: metrics on the visible part of the network, against hand-computed values. */
import { describe, expect, it } from 'vitest';
import type { NetworkRelation } from '../../src/lib/data/network';
import { computeMetrics, projectView, sampledBetweenness } from '../../src/lib/analysis/metrics';
import { analysisAppearanceData } from '../../src/lib/analysis/analysis-appearance';
import { computeBlocs } from '../../src/lib/analysis/find-blocs';

let next = 0;
const rel = (source: string, target: string, type = 'allied', quotes = 1): NetworkRelation => ({
  id: `r${next++}`,
  source,
  target,
  type,
  evidence: Array.from({ length: quotes }, () => ({ document: 'd', quote: 'q' })),
});
const ids = (relations: NetworkRelation[]) => new Set(relations.map((r) => r.id));
const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe('computeMetrics', () => {
  // Star: centre c, leaves l1..l4; one leaf tie doubled, one hostile.
  const star = [
    rel('c', 'l1'),
    rel('c', 'l2', 'criticized', 3),
    rel('l3', 'c', 'met'),
    rel('c', 'l4'),
    rel('c', 'l4', 'member-of'),
  ];
  const nodes = new Set(['c', 'l1', 'l2', 'l3', 'l4']);

  it('counts relations, quotes and polarities', () => {
    const { byActor } = computeMetrics(star, nodes, ids(star));
    expect(byActor.get('c')).toMatchObject({ relations: 5, weightedDegree: 7, cooperative: 3, hostile: 1 });
    expect(byActor.get('l4')).toMatchObject({ relations: 2, weightedDegree: 2, cooperative: 1, hostile: 0 });
  });

  it('gives the centre of a star betweenness 1 and the leaves 0', () => {
    const { byActor, sampled } = computeMetrics(star, nodes, ids(star));
    expect(sampled).toBe(false);
    expect(byActor.get('c')!.betweenness).toBeCloseTo(1);
    expect(byActor.get('l1')!.betweenness).toBe(0);
  });

  it('computes betweenness on a path: a-b-c-d', () => {
    const path = [rel('a', 'b'), rel('b', 'c'), rel('c', 'd')];
    const { byActor } = computeMetrics(path, new Set(['a', 'b', 'c', 'd']), ids(path));
    // b lies on a–c and a–d: 2 of the 3 pairs of the others; normalised by (n-1)(n-2)/2 = 3.
    expect(byActor.get('b')!.betweenness).toBeCloseTo(2 / 3);
    expect(byActor.get('a')!.betweenness).toBe(0);
    expect(byActor.get('a')!.relations).toBe(1);
  });

  it('gives PageRank summing to 1, highest at the centre', () => {
    const { byActor } = computeMetrics(star, nodes, ids(star));
    const ranks = [...byActor.values()].map((v) => v.pagerank);
    expect(sum(ranks)).toBeCloseTo(1, 6);
    expect(Math.max(...ranks)).toBe(byActor.get('c')!.pagerank);
    // l4 has two relations to the centre, l1 one: weights count.
    expect(byActor.get('l4')!.pagerank).toBeGreaterThan(byActor.get('l1')!.pagerank);
  });

  it('respects visibility of actors and relations', () => {
    const hidden = new Set(['r0']);
    const visible = new Set([...ids(star)].filter((id) => !hidden.has(id)));
    const noL4 = new Set([...nodes].filter((id) => id !== 'l4'));
    const { byActor } = computeMetrics(star, noL4, new Set(visible));
    expect(byActor.has('l4')).toBe(false);
    expect(byActor.get('c')).toMatchObject({ relations: 2, cooperative: 1, hostile: 1 });
    expect(byActor.get('l1')).toMatchObject({ relations: 0, betweenness: 0 });
    expect(sum([...byActor.values()].map((v) => v.pagerank))).toBeCloseTo(1, 6);
    const graph = projectView(star, noL4, visible);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(2);
  });

  it('handles a view without relations', () => {
    const { byActor } = computeMetrics([], new Set(['x', 'y']), new Set());
    expect(byActor.get('x')).toMatchObject({ relations: 0, pagerank: 0.5, betweenness: 0 });
  });

  it('samples betweenness above the threshold and says so', () => {
    const result = computeMetrics(star, nodes, ids(star), { sampleAbove: 3, samples: 5 });
    expect(result).toMatchObject({ sampled: true, betweennessSources: 5 });
    // With every actor as a source the sample is exact.
    expect(result.byActor.get('c')!.betweenness).toBeCloseTo(1);
    const partial = computeMetrics(star, nodes, ids(star), { sampleAbove: 3, samples: 2 });
    expect(partial.betweennessSources).toBe(2);
  });

  it('agrees with graphology-metrics when every node is a source', () => {
    const relations = [
      rel('a', 'b'),
      rel('b', 'c'),
      rel('c', 'a'),
      rel('c', 'd'),
      rel('d', 'e'),
      rel('e', 'f'),
      rel('d', 'f'),
      rel('b', 'g'),
    ];
    const nodeIds = new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const exact = computeMetrics(relations, nodeIds, ids(relations));
    const graph = projectView(relations, nodeIds, ids(relations));
    const sampled = sampledBetweenness(graph, [...nodeIds]);
    for (const id of nodeIds) expect(sampled.get(id)).toBeCloseTo(exact.byActor.get(id)!.betweenness, 10);
  });

  it('feeds the size options of the appearance', () => {
    const metrics = computeMetrics(star, nodes, ids(star));
    const data = analysisAppearanceData(computeBlocs({ actors: [], relations: [] }), metrics);
    expect(data.nodeValues?.get('weighted-degree')?.get('c')).toBe(7);
    expect(data.nodeValues?.get('betweenness')?.get('c')).toBeCloseTo(1);
    expect(data.nodeValues?.get('pagerank')?.get('c')).toBe(metrics.byActor.get('c')!.pagerank);
  });
});
