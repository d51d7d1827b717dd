/**
 * Sigma node and edge reducers as pure functions of a small precomputed view: visibility
 * from the filters, and an optional focus (hover or selection) that dims everything else.
 */
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { EdgeAttributes, NodeAttributes } from '../graph/build-graph';
import type { Visibility } from '../state/filters';
import type { Focus } from './highlight';

export interface RenderView {
  visibility: Visibility;
  /** Hover or selection emphasis; null when nothing is emphasised. */
  focus: Focus | null;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Colour for what is dimmed, matching the page's colour scheme. */
  dimColor: string;
}

const MAX_FORCED_LABELS = 16;

type NodeData = NodeAttributes & Partial<NodeDisplayData>;
type EdgeData = EdgeAttributes & Partial<EdgeDisplayData>;

export function reduceNode(view: RenderView, node: string, data: NodeAttributes): Partial<NodeDisplayData> {
  if (!view.visibility.nodes.has(node)) return { ...data, hidden: true };
  const result: NodeData = { ...data };
  if (view.selectedNode === node) {
    result.highlighted = true;
    result.forceLabel = true;
  }
  if (view.focus) {
    if (view.focus.nodes.has(node)) {
      // Forcing every label of a hub's neighbourhood would pile them on top of each
      // other; past a handful, sigma's label grid picks which ones fit.
      if (view.focus.nodes.size <= MAX_FORCED_LABELS) result.forceLabel = true;
      result.zIndex = 1;
    } else {
      result.color = view.dimColor;
      result.label = '';
      result.zIndex = 0;
    }
  }
  return result;
}

export function reduceEdge(view: RenderView, edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
  if (!view.visibility.edges.has(edge)) return { ...data, hidden: true };
  const result: EdgeData = { ...data };
  if (view.selectedEdge === edge) {
    result.size = data.size * 2.2;
    result.zIndex = 2;
    result.forceLabel = true;
  }
  if (view.focus) {
    if (view.focus.edges.has(edge)) {
      result.zIndex = Math.max(result.zIndex ?? 0, 1);
    } else {
      result.color = view.dimColor;
      result.zIndex = 0;
    }
  }
  return result;
}
