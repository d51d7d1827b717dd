/**
 * How the canvas shows the way relations are sourced: dashed for allegations only,
 * lighter for one document, through the edge reducer and its refresh plan.
 */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { EMPTY_FILTERS, computeVisibility } from '../../src/lib/state/filters';
import { reduceEdge, type RenderState } from '../../src/lib/render/reducers';
import { planRefresh } from '../../src/lib/render/refresh-plan';
import { resolveAppearance } from '../../src/lib/appearance';
import { dashedProgram, sourcingCounts, withOpacity, SINGLE_DOCUMENT_OPACITY } from '../../src/lib/render/sourcing';
import { smallDataset } from '../fixtures/small-graph';

const graph = buildGraph(smallDataset());
const degrees = new Map(graph.mapNodes((node, a) => [node, a.degree] as const));
const appearance = resolveAppearance(smallDataset(), degrees, {
  nodeColor: 'kind',
  nodeSize: 'degree',
  edgeColor: 'type',
});
const sourcing = { weak: new Set(['r1']), singleDocument: new Set(['r1', 'r3']) };

function view(partial: Partial<RenderState> = {}): RenderState {
  return {
    appearance,
    visibility: computeVisibility(graph, EMPTY_FILTERS),
    focus: null,
    selectedNode: null,
    selectedEdge: null,
    dimColor: '#dddddd',
    dimOthers: true,
    sourcing,
    ...partial,
  };
}

describe('sourcing on the canvas', () => {
  it('draws a relation resting on allegations only with the dashed program of its direction', () => {
    const weak = graph.getEdgeAttributes('r1');
    expect(reduceEdge(view(), 'r1', weak).type).toBe(dashedProgram(weak.directed));
    expect(dashedProgram(true)).toBe('curvedDashedArrow');
    expect(dashedProgram(false)).toBe('curvedDashed');
    const solid = graph.getEdgeAttributes('r2');
    expect(reduceEdge(view(), 'r2', solid).type).toBe(solid.type);
  });

  it('draws single-document relations lighter, but not the selected one', () => {
    const color = appearance.edgeColor.get('r3')!;
    expect(reduceEdge(view(), 'r3', graph.getEdgeAttributes('r3')).color).toBe(
      withOpacity(color, SINGLE_DOCUMENT_OPACITY),
    );
    expect(reduceEdge(view({ selectedEdge: 'r3' }), 'r3', graph.getEdgeAttributes('r3')).color).toBe(color);
    expect(reduceEdge(view(), 'r2', graph.getEdgeAttributes('r2')).color).toBe(appearance.edgeColor.get('r2'));
  });

  it('shows neither without sourcing (a network without evidence)', () => {
    const r1 = graph.getEdgeAttributes('r1');
    const plain = reduceEdge(view({ sourcing: null }), 'r1', r1);
    expect(plain.type).toBe(r1.type);
    expect(plain.color).toBe(appearance.edgeColor.get('r1'));
  });

  it('refreshes everything when the sourcing changes, since programs change', () => {
    expect(planRefresh(view(), view({ sourcing: null }), 100)).toEqual({ kind: 'full' });
    expect(planRefresh(view(), view(), 100)).toEqual({ kind: 'none' });
  });

  it('turns hex colours into rgba at an opacity and leaves other notations alone', () => {
    expect(withOpacity('#CC79A7', 0.5)).toBe('rgba(204, 121, 167, 0.5)');
    expect(withOpacity('#abc', 0.25)).toBe('rgba(170, 187, 204, 0.25)');
    expect(withOpacity('rgb(1, 2, 3)', 0.5)).toBe('rgb(1, 2, 3)');
  });

  it('counts the visible relations the legend explains', () => {
    expect(sourcingCounts(sourcing, new Set(['r1', 'r2', 'r3']))).toEqual({
      weak: 1,
      singleDocument: 2,
      corroborated: 1,
    });
    expect(sourcingCounts(sourcing, new Set(['r2']))).toEqual({ weak: 0, singleDocument: 0, corroborated: 1 });
  });
});
