import { describe, expect, it } from 'vitest';
import { buildGraph, parallelCurvature } from '../../src/lib/graph/build-graph';
import { smallDataset } from '../fixtures/small-graph';

describe('buildGraph', () => {
  const graph = buildGraph(smallDataset());

  it('makes one node per actor and one edge per relation, keyed by id', () => {
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(6);
    expect(graph.hasEdge('r4')).toBe(true);
    expect(graph.source('r4')).toBe('us');
  });

  it('stores the relation type as `relation`, never as sigma’s `type`', () => {
    const attributes = graph.getEdgeAttributes('r1');
    expect(attributes.relation).toBe('accused');
    expect(attributes.type).toBe('curvedArrow');
    expect(graph.getEdgeAttribute('r3', 'type')).toBe('curved');
  });

  it('draws a lone relation straight, since sigma’s curve program draws nothing at zero curvature', () => {
    expect(graph.getEdgeAttribute('r5', 'curvature')).toBe(0);
    expect(graph.getEdgeAttribute('r5', 'type')).toBe('line');
    expect(graph.getEdgeAttribute('r4', 'type')).toBe('arrow');
  });

  it('counts each actor’s relations and leaves colour to the appearance layer', () => {
    expect(graph.getNodeAttribute('petro', 'degree')).toBe(5);
    expect(graph.getNodeAttribute('alone', 'degree')).toBe(0);
    // The layout keeps dots apart by a size that grows with the number of relations.
    expect(graph.getNodeAttribute('petro', 'size')).toBeGreaterThan(graph.getNodeAttribute('eln', 'size'));
    expect(Object.hasOwn(graph.getNodeAttributes('eln'), 'color')).toBe(false);
    expect(Object.hasOwn(graph.getEdgeAttributes('r1'), 'color')).toBe(false);
  });

  it('gives the same positions for the same data', () => {
    const again = buildGraph(smallDataset());
    graph.forEachNode((node, a) => {
      expect(again.getNodeAttribute(node, 'x')).toBe(a.x);
      expect(again.getNodeAttribute(node, 'y')).toBe(a.y);
    });
  });

  it('spreads parallel relations of a pair over distinct curves', () => {
    const curvatures = ['r1', 'r2', 'r3'].map((e) => graph.getEdgeAttribute(e, 'curvature'));
    expect(new Set(curvatures).size).toBe(3);
    expect(graph.getEdgeAttribute('r5', 'curvature')).toBe(0);
  });
});

describe('parallelCurvature', () => {
  it('is zero for a lone edge and symmetric around zero', () => {
    expect(parallelCurvature(null, null)).toBe(0);
    expect(parallelCurvature(-1, 1)).toBe(-parallelCurvature(1, 1));
    expect(parallelCurvature(0, 1)).toBe(0);
  });

  it('stays bounded however many parallel edges there are', () => {
    expect(Math.abs(parallelCurvature(50, 50))).toBeLessThan(1);
  });
});
