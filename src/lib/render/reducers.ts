/**
 * Sigma node and edge reducers as pure functions of a small precomputed view: the
 * appearance (colour and size of every actor and relation, chosen in the appearance layer),
 * visibility from the filters, and an optional focus (hover or selection) that either dims
 * everything else or, on large graphs, only lifts the focus itself.
 */
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../graph/build-graph';
import type { Visibility } from '../state/filters';
import type { Focus } from './highlight';
import { SINGLE_DOCUMENT_OPACITY, dashedProgram, withOpacity, type EdgeSourcing } from './sourcing';

/** Colour and size by node and edge id, as the appearance layer resolved them. */
export interface RenderAppearance {
  nodeColor: ReadonlyMap<string, string>;
  nodeSize: ReadonlyMap<string, number>;
  edgeColor: ReadonlyMap<string, string>;
  edgeSize: ReadonlyMap<string, number>;
}

/** Drawn when the appearance has no colour for an item (it never should). */
const FALLBACK_COLOR = '#999999';
const FALLBACK_EDGE_SIZE = 1.6;

export interface RenderView {
  appearance: RenderAppearance;
  visibility: Visibility;
  /** Hover or selection emphasis; null when nothing is emphasised. */
  focus: Focus | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Colour for what is dimmed, matching the page's colour scheme. */
  dimColor: string;
  /** Which relations rest on allegations only (dashed) or on one document (lighter); null to show neither. */
  sourcing?: EdgeSourcing | null;
}

/**
 * What the reducers read. Dimming the rest changes every item, so each hover would have
 * to re-process the whole graph; on large graphs emphasis therefore only touches the
 * focus, which sigma can update on its own (see refresh-plan.ts).
 */
export interface RenderState extends RenderView {
  dimOthers: boolean;
}

const MAX_FORCED_LABELS = 16;
const FOCUS_EDGE_WIDENING = 1.8;

type NodeData = NodeAttributes & Partial<NodeDisplayData>;
type EdgeData = EdgeAttributes & Partial<EdgeDisplayData>;

export function reduceNode(view: RenderState, node: string, data: NodeAttributes): Partial<NodeDisplayData> {
  if (!view.visibility.nodes.has(node)) return { ...data, hidden: true };
  const result: NodeData = {
    ...data,
    color: view.appearance.nodeColor.get(node) ?? FALLBACK_COLOR,
    size: view.appearance.nodeSize.get(node) ?? data.size,
  };
  if (view.selectedNode === node) {
    result.highlighted = true;
    result.forceLabel = true;
  }
  if (view.focus) {
    if (view.focus.nodes.has(node)) {
      // Forcing every label of a hub's neighbourhood would pile them on top of each
      // other; past a handful, sigma's label grid picks which ones fit.
      if (view.focus.nodes.size <= MAX_FORCED_LABELS) {
        result.forceLabel = true;
        if (!view.dimOthers) result.highlighted = true;
      }
      result.zIndex = 1;
    } else if (view.dimOthers) {
      result.color = view.dimColor;
      result.label = '';
      result.zIndex = 0;
    }
  }
  return result;
}

export function reduceEdge(view: RenderState, edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
  if (!view.visibility.edges.has(edge)) return { ...data, hidden: true };
  const size = view.appearance.edgeSize.get(edge) ?? FALLBACK_EDGE_SIZE;
  const color = view.appearance.edgeColor.get(edge) ?? FALLBACK_COLOR;
  const result: EdgeData = { ...data, color, size };
  if (view.sourcing) {
    if (view.sourcing.weak.has(edge)) result.type = dashedProgram(data.directed);
    // The selected relation is shown at full strength, whatever its sources.
    if (view.sourcing.singleDocument.has(edge) && view.selectedEdge !== edge) {
      result.color = withOpacity(color, SINGLE_DOCUMENT_OPACITY);
    }
  }
  if (view.selectedEdge === edge) {
    result.size = size * 2.2;
    result.zIndex = 2;
    result.forceLabel = true;
  }
  if (view.focus) {
    if (view.focus.edges.has(edge)) {
      result.zIndex = Math.max(result.zIndex ?? 0, 1);
      // Without dimming, the focus stands out by weight alone.
      if (!view.dimOthers && view.selectedEdge !== edge) result.size = size * FOCUS_EDGE_WIDENING;
    } else if (view.dimOthers) {
      result.color = view.dimColor;
      result.zIndex = 0;
    }
  }
  return result;
}
