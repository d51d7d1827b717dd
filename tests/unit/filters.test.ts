import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGraph } from '../../src/lib/graph/build-graph';
import {
  EMPTY_FILTERS,
  computeVisibility,
  countByKind,
  countByRelation,
  type FilterState,
} from '../../src/lib/state/filters';
import { smallDataset } from '../fixtures/small-graph';

const graph = buildGraph(smallDataset());

describe('computeVisibility', () => {
  it('shows everything by default, isolated actors included', () => {
    const { nodes, edges } = computeVisibility(graph, EMPTY_FILTERS);
    expect(nodes.size).toBe(5);
    expect(edges.size).toBe(6);
  });

  it('hides relations of switched-off types', () => {
    const { edges } = computeVisibility(graph, { ...EMPTY_FILTERS, hiddenRelations: new Set(['accused', 'met']) });
    expect([...edges].sort()).toEqual(['r2', 'r4', 'r5', 'r6']);
  });

  it('hides actors of switched-off kinds and their relations', () => {
    const { nodes, edges } = computeVisibility(graph, { ...EMPTY_FILTERS, hiddenKinds: new Set(['state']) });
    expect(nodes.has('us')).toBe(false);
    expect(edges.has('r4')).toBe(false);
    expect(edges.has('r6')).toBe(false);
  });

  it('hides actors left without relations when asked', () => {
    const filters = { ...EMPTY_FILTERS, hiddenRelations: new Set(['negotiated']), hideIsolated: true };
    const { nodes } = computeVisibility(graph, filters);
    expect(nodes.has('eln')).toBe(false);
    expect(nodes.has('alone')).toBe(false);
    expect(nodes.has('petro')).toBe(true);
  });

  it('applies an extra edge condition (the time window) in the same pass', () => {
    const { edges } = computeVisibility(graph, EMPTY_FILTERS, (edge) => edge !== 'r1');
    expect(edges.has('r1')).toBe(false);
    expect(edges.size).toBe(5);
  });
});

describe('counts', () => {
  it('counts per type what ticking it would show, ignoring the type filter itself', () => {
    const counts = countByRelation(graph, { ...EMPTY_FILTERS, hiddenRelations: new Set(['accused']) });
    expect(counts.get('accused')).toBe(1);
    expect(counts.get('sanctioned')).toBe(1);
  });

  it('leaves out relations whose actors are hidden by kind', () => {
    const counts = countByRelation(graph, { ...EMPTY_FILTERS, hiddenKinds: new Set(['state']) });
    expect(counts.get('sanctioned') ?? 0).toBe(0);
  });

  it('counts visible actors per kind', () => {
    const { nodes } = computeVisibility(graph, EMPTY_FILTERS);
    expect(countByKind(graph, nodes).get('person')).toBe(2);
  });
});

describe('visibility against its definition', () => {
  const kinds = ['person', 'state', 'armed-group', 'organization'];
  const types = ['accused', 'threatened', 'met', 'sanctioned', 'negotiated', 'member-of'];

  /** The rules in words: an edge shows when its type, both its actors' kinds and the extra condition allow it. */
  function naive(g: typeof graph, filters: FilterState, allowed: (edge: string) => boolean) {
    const edges = g.filterEdges(
      (edge, a, s, t) =>
        !filters.hiddenRelations.has(a.relation) &&
        !filters.hiddenKinds.has(g.getNodeAttribute(s, 'kind')) &&
        !filters.hiddenKinds.has(g.getNodeAttribute(t, 'kind')) &&
        allowed(edge),
    );
    let nodes = g.filterNodes((_n, a) => !filters.hiddenKinds.has(a.kind));
    if (filters.hideIsolated) nodes = nodes.filter((n) => edges.some((e) => g.extremities(e).includes(n)));
    return { nodes: new Set(nodes), edges: new Set(edges) };
  }

  it('agrees with the rules for any combination of filters and time condition', () => {
    fc.assert(
      fc.property(
        fc.subarray(kinds),
        fc.subarray(types),
        fc.boolean(),
        fc.subarray(graph.edges()),
        (hiddenKinds, hiddenRelations, hideIsolated, outOfTime) => {
          const filters: FilterState = {
            hiddenKinds: new Set(hiddenKinds),
            hiddenRelations: new Set(hiddenRelations),
            hideIsolated,
          };
          const allowed = (edge: string) => !outOfTime.includes(edge);
          expect(computeVisibility(graph, filters, allowed)).toEqual(naive(graph, filters, allowed));
        },
      ),
    );
  });

  it('reads a graph again when its structure has changed since the last pass', () => {
    const grown = buildGraph(smallDataset());
    expect(computeVisibility(grown, EMPTY_FILTERS).edges.size).toBe(6);
    grown.addNode('new', { ...grown.getNodeAttributes('alone') });
    grown.addEdgeWithKey('r7', 'new', 'petro', { ...grown.getEdgeAttributes('r1') });
    expect(computeVisibility(grown, EMPTY_FILTERS).edges.has('r7')).toBe(true);
  });
});
