import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { EMPTY_FILTERS, computeVisibility } from '../../src/lib/state/filters';
import { edgeFocus, nodeFocus } from '../../src/lib/render/highlight';
import { reduceEdge, reduceNode, type RenderState } from '../../src/lib/render/reducers';
import { resolveAppearance } from '../../src/lib/appearance';
import { smallDataset } from '../fixtures/small-graph';

const graph = buildGraph(smallDataset());
const DIM = '#dddddd';
const degrees = new Map(graph.mapNodes((node, a) => [node, a.degree] as const));
const appearance = resolveAppearance(smallDataset(), degrees, {
  nodeColor: 'kind',
  nodeSize: 'degree',
  edgeColor: 'type',
});

function view(partial: Partial<RenderState> = {}): RenderState {
  return {
    appearance,
    visibility: computeVisibility(graph, EMPTY_FILTERS),
    focus: null,
    selectedNode: null,
    selectedEdge: null,
    dimColor: DIM,
    dimOthers: true,
    ...partial,
  };
}

describe('reducers', () => {
  it('hide what the filters hide', () => {
    const v = view({ visibility: computeVisibility(graph, { ...EMPTY_FILTERS, hiddenRelations: new Set(['met']) }) });
    expect(reduceEdge(v, 'r3', graph.getEdgeAttributes('r3')).hidden).toBe(true);
    expect(reduceEdge(v, 'r1', graph.getEdgeAttributes('r1')).hidden).toBeFalsy();
  });

  it('dim everything outside a hovered node’s neighbourhood', () => {
    const v = view({ focus: nodeFocus(graph, 'eln', computeVisibility(graph, EMPTY_FILTERS).edges) });
    expect(reduceNode(v, 'eln', graph.getNodeAttributes('eln')).color).not.toBe(DIM);
    expect(reduceNode(v, 'petro', graph.getNodeAttributes('petro')).color).not.toBe(DIM);
    expect(reduceNode(v, 'trump', graph.getNodeAttributes('trump')).color).toBe(DIM);
    expect(reduceEdge(v, 'r5', graph.getEdgeAttributes('r5')).color).not.toBe(DIM);
    expect(reduceEdge(v, 'r1', graph.getEdgeAttributes('r1')).color).toBe(DIM);
  });

  it('on large graphs, lift the focus without touching the rest', () => {
    const v = view({ dimOthers: false, focus: nodeFocus(graph, 'eln', computeVisibility(graph, EMPTY_FILTERS).edges) });
    const trump = graph.getNodeAttributes('trump');
    const plain = { ...trump, color: appearance.nodeColor.get('trump'), size: appearance.nodeSize.get('trump') };
    expect(reduceNode(v, 'trump', trump)).toEqual(plain);
    expect(reduceEdge(v, 'r1', graph.getEdgeAttributes('r1'))).toEqual({
      ...graph.getEdgeAttributes('r1'),
      color: appearance.edgeColor.get('r1'),
      size: appearance.edgeSize.get('r1'),
    });
    expect(reduceNode(v, 'eln', graph.getNodeAttributes('eln'))).toMatchObject({ highlighted: true, forceLabel: true });
    const focusEdge = graph.getEdgeAttributes('r5');
    expect(reduceEdge(v, 'r5', focusEdge).size).toBeGreaterThan(appearance.edgeSize.get('r5')!);
    expect(reduceEdge(v, 'r5', focusEdge).color).toBe(appearance.edgeColor.get('r5'));
  });

  it('emphasise a selected relation', () => {
    const v = view({ focus: edgeFocus(graph, 'r4'), selectedEdge: 'r4' });
    const data = graph.getEdgeAttributes('r4');
    expect(reduceEdge(v, 'r4', data).size).toBeGreaterThan(appearance.edgeSize.get('r4')!);
    expect(reduceNode(v, 'us', graph.getNodeAttributes('us')).forceLabel).toBe(true);
  });

  it('leave a neighbourhood’s hidden edges out of the highlight', () => {
    const visible = computeVisibility(graph, { ...EMPTY_FILTERS, hiddenRelations: new Set(['negotiated']) });
    expect(nodeFocus(graph, 'eln', visible.edges).nodes.has('petro')).toBe(false);
  });
});

describe('appearance through the reducers', () => {
  it('draws each actor and relation with the colour and size the appearance chose, without touching the graph', () => {
    const byType = view();
    expect(reduceNode(byType, 'eln', graph.getNodeAttributes('eln')).color).toBe(appearance.nodeColor.get('eln'));
    const bySize = view({
      appearance: resolveAppearance(smallDataset(), new Map([['eln', 40]]), {
        nodeColor: 'kind',
        nodeSize: 'degree',
        edgeColor: 'type',
      }),
    });
    expect(reduceNode(bySize, 'eln', graph.getNodeAttributes('eln')).size).toBeGreaterThan(
      reduceNode(byType, 'eln', graph.getNodeAttributes('eln')).size!,
    );
    expect(Object.hasOwn(graph.getNodeAttributes('eln'), 'color')).toBe(false);
  });
});
