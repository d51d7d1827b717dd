import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { EMPTY_FILTERS, computeVisibility } from '../../src/lib/state/filters';
import { edgeFocus, nodeFocus } from '../../src/lib/render/highlight';
import type { RenderState } from '../../src/lib/render/reducers';
import { planRefresh } from '../../src/lib/render/refresh-plan';
import { resolveAppearance } from '../../src/lib/appearance';
import { smallDataset } from '../fixtures/small-graph';

const graph = buildGraph(smallDataset());
const appearance = resolveAppearance(smallDataset(), new Map(), {
  nodeColor: 'kind',
  nodeSize: 'degree',
  edgeColor: 'type',
});
const all = computeVisibility(graph, EMPTY_FILTERS);
/** Pretend the graph is large, so that a handful of changed items stays under the share. */
const MANY = 1000;

function state(partial: Partial<RenderState> = {}): RenderState {
  return {
    appearance,
    visibility: all,
    focus: null,
    selectedNode: null,
    selectedEdge: null,
    dimColor: '#ddd',
    dimOthers: false,
    ...partial,
  };
}

function sorted(plan: ReturnType<typeof planRefresh>): unknown {
  return plan.kind === 'partial' ? { nodes: [...plan.nodes].sort(), edges: [...plan.edges].sort() } : plan;
}

describe('refresh plan', () => {
  it('does nothing when nothing looks different, even with new but equal sets', () => {
    expect(planRefresh(state(), state({ visibility: computeVisibility(graph, EMPTY_FILTERS) }), MANY)).toEqual({
      kind: 'none',
    });
  });

  it('updates only the edges a relation-type filter hides or shows', () => {
    const next = state({
      visibility: computeVisibility(graph, { ...EMPTY_FILTERS, hiddenRelations: new Set(['accused', 'met']) }),
    });
    expect(sorted(planRefresh(state(), next, MANY))).toEqual({ nodes: [], edges: ['r1', 'r3'] });
    expect(sorted(planRefresh(next, state(), MANY))).toEqual({ nodes: [], edges: ['r1', 'r3'] });
  });

  it('re-indexes everything when a node appears or disappears (its label must enter the grid)', () => {
    const next = state({
      visibility: computeVisibility(graph, { ...EMPTY_FILTERS, hiddenKinds: new Set(['armed-group']) }),
    });
    expect(planRefresh(state(), next, MANY)).toEqual({ kind: 'full' });
  });

  it('updates the old and the new focus when the hover moves on a large graph', () => {
    const before = state({ focus: nodeFocus(graph, 'eln', all.edges) });
    const after = state({ focus: edgeFocus(graph, 'r4') });
    expect(sorted(planRefresh(before, after, MANY))).toEqual({ nodes: ['eln', 'petro', 'us'], edges: ['r4', 'r5'] });
  });

  it('updates the previous and the new selection', () => {
    const before = state({ selectedNode: 'trump', focus: null });
    const after = state({ selectedEdge: 'r6' });
    expect(sorted(planRefresh(before, after, MANY))).toEqual({ nodes: ['trump'], edges: ['r6'] });
  });

  it('refreshes everything when emphasis dims the rest (small graphs)', () => {
    const before = state({ dimOthers: true });
    const after = state({ dimOthers: true, focus: nodeFocus(graph, 'eln', all.edges) });
    expect(planRefresh(before, after, MANY)).toEqual({ kind: 'full' });
    expect(planRefresh(after, { ...after, focus: nodeFocus(graph, 'eln', all.edges) }, MANY)).toEqual({ kind: 'none' });
  });

  it('prefers one full pass when most of the graph changes, and on a new colour scheme', () => {
    const none = state({
      visibility: computeVisibility(graph, {
        ...EMPTY_FILTERS,
        hiddenRelations: new Set(['accused', 'threatened', 'met', 'sanctioned']),
      }),
    });
    expect(planRefresh(state(), none, graph.order + graph.size)).toEqual({ kind: 'full' });
    expect(planRefresh(state(), state({ dimColor: '#333' }), MANY)).toEqual({ kind: 'full' });
  });
});

describe('refresh plan for a new appearance', () => {
  it('re-processes everything once when the colours or sizes change', () => {
    const other = resolveAppearance(smallDataset(), new Map([['petro', 9]]), {
      nodeColor: 'kind',
      nodeSize: 'degree',
      edgeColor: 'type',
    });
    expect(planRefresh(state(), state({ appearance: other }), MANY)).toEqual({ kind: 'full' });
    expect(planRefresh(state(), state(), MANY)).toEqual({ kind: 'none' });
  });
});
