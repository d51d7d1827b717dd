/**
 * The actors' labels, drawn by us rather than by sigma's label grid, which lets labels of
 * neighbouring cells run over each other. After each frame the labels canvas is filled from
 * placeLabels (label-placement.ts): the selected actor and the highlighted neighbourhood
 * first, then every actor by drawn size, largest first, each only where it overlaps no label
 * already drawn. The order by size is computed once per appearance; a frame looks at a
 * bounded number of candidates, so drawing stays cheap on large networks.
 */
import type Sigma from 'sigma';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EdgeAttributes, NodeAttributes } from '../graph/build-graph';
import { placeLabels, type LabelBox, type LabelCandidate } from './label-placement';
import type { RenderState } from './reducers';

type ActorSigma = Sigma<NodeAttributes, EdgeAttributes>;

/** Most labels on screen at once, and most candidates looked at per frame. */
const MAX_LABELS = 200;
const MAX_CANDIDATES = 4000;
/** Neighbourhoods up to this size have all their labels forced, as the reducers mark them. */
const MAX_FORCED = 16;

export class LabelLayer {
  private order: string[] = [];
  private orderedFor: unknown = null;
  private readonly widths = new Map<string, number>();
  private widthsFont = '';
  /** The boxes of the labels drawn in the last frame, for tests and the benchmark. */
  boxes: LabelBox[] = [];

  constructor(
    private readonly sigma: ActorSigma,
    private drawLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>,
  ) {}

  setDrawer(drawLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes>): void {
    this.drawLabel = drawLabel;
  }

  /** Every node, largest drawn size first: recomputed when the appearance (the sizes) changes. */
  private orderFor(view: RenderState): string[] {
    if (this.orderedFor !== view.appearance) {
      const sizes = view.appearance.nodeSize;
      const graph = this.sigma.getGraph();
      this.order = graph.nodes().sort((a, b) => (sizes.get(b) ?? 0) - (sizes.get(a) ?? 0) || (a < b ? -1 : 1));
      this.orderedFor = view.appearance;
    }
    return this.order;
  }

  /** Forgets the order: a new graph is on the canvas. */
  reset(): void {
    this.orderedFor = null;
    this.widths.clear();
  }

  private textWidth(context: CanvasRenderingContext2D, label: string, font: string): number {
    if (font !== this.widthsFont) {
      this.widths.clear();
      this.widthsFont = font;
    }
    let width = this.widths.get(label);
    if (width === undefined) {
      context.font = font;
      width = context.measureText(label).width;
      this.widths.set(label, width);
    }
    return width;
  }

  /** Draws the labels of the frame just rendered. */
  draw(view: RenderState): void {
    const sigma = this.sigma;
    const context = sigma.getCanvases().labels?.getContext('2d');
    if (!context) return;
    const settings = sigma.getSettings();
    const font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const { width, height } = sigma.getDimensions();
    const forced = new Set<string>();
    if (view.selectedNode) forced.add(view.selectedNode);
    if (view.focus && view.focus.nodes.size <= MAX_FORCED) for (const node of view.focus.nodes) forced.add(node);
    const drawn = new Map<string, ReturnType<ActorSigma['getNodeDisplayData']>>();

    const candidate = (node: string, isForced: boolean): LabelCandidate | null => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden || !data.label) return null;
      const { x, y } = sigma.framedGraphToViewport(data);
      drawn.set(node, data);
      const size = sigma.scaleSize(data.size);
      return { node, x, y, size, textWidth: this.textWidth(context, data.label, font), forced: isForced };
    };
    const order = this.orderFor(view);
    function* candidates(): Generator<LabelCandidate> {
      for (const node of forced) {
        const c = candidate(node, true);
        if (c) yield c;
      }
      for (let i = 0, looked = 0; i < order.length && looked < MAX_CANDIDATES; i++) {
        if (forced.has(order[i])) continue;
        looked++;
        const c = candidate(order[i], false);
        if (c) yield c;
      }
    }
    this.boxes = placeLabels(candidates(), {
      width,
      height,
      labelSize: settings.labelSize,
      sizeThreshold: settings.labelRenderedSizeThreshold,
      maxLabels: MAX_LABELS,
    });
    for (const box of this.boxes) {
      const data = drawn.get(box.node);
      if (!data) continue;
      const { x, y } = sigma.framedGraphToViewport(data);
      this.drawLabel(context, { ...data, key: box.node, x, y, size: sigma.scaleSize(data.size) }, settings);
    }
  }
}
