/**
 * The one owner of the Sigma instance: created once per container, updated through
 * `setView` (reducers read the view's precomputed sets; only what changed is
 * re-processed), resized by a ResizeObserver, and killed on teardown so its WebGL
 * contexts are released.
 */
import Sigma from 'sigma';
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import { createDashedEdgeCurveProgram } from './edge-dashed-program';
import type { Settings } from 'sigma/settings';
import type { ActorGraph, EdgeAttributes, NodeAttributes } from '../graph/build-graph';
import { reduceEdge, reduceNode, type RenderState, type RenderView } from './reducers';
import { DIMMING_MAX_ITEMS, planRefresh } from './refresh-plan';
import { createDrawNodeHover, createDrawNodeLabel } from './draw-labels';
import type { RenderTheme } from './theme';
import { LabelLayer } from './label-layer';
import type { LabelBox } from './label-placement';

export interface SigmaEvents {
  onClickNode: (node: string) => void;
  onClickEdge: (edge: string) => void;
  onClickStage: () => void;
  onEnterNode: (node: string) => void;
  onLeaveNode: (node: string) => void;
  /** Viewport coordinates (CSS pixels within the container) for a tooltip. */
  onEnterEdge: (edge: string, position: { x: number; y: number }) => void;
  onLeaveEdge: (edge: string) => void;
  /** The first frame with this graph is on screen. */
  onFirstFrame?: () => void;
  /** The browser dropped a WebGL context: nothing can be drawn until it is restored. */
  onContextLost?: () => void;
  /** The browser gave the context back; the renderer must be made anew to draw again. */
  onContextRestored?: () => void;
}

type ActorSigma = Sigma<NodeAttributes, EdgeAttributes>;

function withEmphasisMode(graph: ActorGraph, view: RenderView): RenderState {
  return { ...view, dimOthers: graph.order + graph.size <= DIMMING_MAX_ITEMS };
}

function baseSettings(theme: RenderTheme): Partial<Settings<NodeAttributes, EdgeAttributes>> {
  return {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    zIndex: true,
    renderEdgeLabels: false,
    // Labels are placed by LabelLayer so that none overlaps another (see label-layer.ts).
    renderLabels: false,
    defaultEdgeType: 'curved',
    edgeProgramClasses: {
      curved: createEdgeCurveProgram<NodeAttributes, EdgeAttributes>(),
      curvedArrow: createEdgeCurveProgram<NodeAttributes, EdgeAttributes>({
        arrowHead: { extremity: 'target', lengthToThicknessRatio: 3.5, widenessToThicknessRatio: 3 },
      }),
      curvedDashed: createDashedEdgeCurveProgram<NodeAttributes, EdgeAttributes>(),
      curvedDashedArrow: createDashedEdgeCurveProgram<NodeAttributes, EdgeAttributes>({ arrowHead: true }),
    },
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelDensity: 1.4,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: 7,
    defaultDrawNodeLabel: createDrawNodeLabel(theme),
    defaultDrawNodeHover: createDrawNodeHover(theme),
    minCameraRatio: 0.05,
    maxCameraRatio: 6,
    stagePadding: 40,
  };
}

export class SigmaController {
  private readonly sigma: ActorSigma;
  private readonly resizeObserver: ResizeObserver;
  private view: RenderState;
  private killed = false;
  private readonly labels: LabelLayer;

  constructor(container: HTMLElement, graph: ActorGraph, view: RenderView, theme: RenderTheme, events: SigmaEvents) {
    this.view = withEmphasisMode(graph, view);
    this.sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
      ...baseSettings(theme),
      nodeReducer: (node, data) => reduceNode(this.view, node, data),
      edgeReducer: (edge, data) => reduceEdge(this.view, edge, data),
    });
    this.labels = new LabelLayer(this.sigma, createDrawNodeLabel(theme));
    this.sigma.on('afterRender', () => {
      if (!this.killed) this.labels.draw(this.view);
    });
    this.watchFirstFrame(events);
    this.sigma.on('clickNode', ({ node }) => events.onClickNode(node));
    this.sigma.on('clickEdge', ({ edge }) => events.onClickEdge(edge));
    this.sigma.on('clickStage', () => events.onClickStage());
    this.sigma.on('enterNode', ({ node }) => {
      container.style.cursor = 'pointer';
      events.onEnterNode(node);
    });
    this.sigma.on('leaveNode', ({ node }) => {
      container.style.cursor = '';
      events.onLeaveNode(node);
    });
    this.sigma.on('enterEdge', ({ edge, event }) => {
      container.style.cursor = 'pointer';
      events.onEnterEdge(edge, { x: event.x, y: event.y });
    });
    this.sigma.on('leaveEdge', ({ edge }) => {
      container.style.cursor = '';
      events.onLeaveEdge(edge);
    });
    // Sigma only listens to window resizes; panels opening change the container alone.
    // Resizing clears the canvases, so a render must follow.
    this.resizeObserver = new ResizeObserver(() => {
      if (this.killed) return;
      this.sigma.resize();
      this.sigma.refresh({ skipIndexation: true });
    });
    this.resizeObserver.observe(container);
    this.watchContexts(container, events);
  }

  /**
   * A lost WebGL context (the GPU reset, too many contexts, a test forcing it) leaves sigma's
   * canvases blank. Preventing the default lets the browser restore the context; sigma
   * cannot reuse its programs after that, so the owner makes a new renderer on restore.
   */
  private watchContexts(container: HTMLElement, events: SigmaEvents): void {
    const onLost = (event: Event) => {
      event.preventDefault();
      if (!this.killed) events.onContextLost?.();
    };
    const onRestored = () => {
      if (!this.killed) events.onContextRestored?.();
    };
    for (const canvas of container.querySelectorAll('canvas')) {
      canvas.addEventListener('webglcontextlost', onLost);
      canvas.addEventListener('webglcontextrestored', onRestored);
    }
  }

  /** Where the camera is, so that a renderer made anew shows the same view. */
  cameraState(): { x: number; y: number; ratio: number; angle: number } | null {
    return this.killed ? null : this.sigma.getCamera().getState();
  }

  setCameraState(state: { x: number; y: number; ratio: number; angle: number }): void {
    if (!this.killed) this.sigma.getCamera().setState(state);
  }

  private firstFrameSeen = false;

  private watchFirstFrame(events: SigmaEvents): void {
    this.sigma.on('afterRender', () => {
      // A canvas mounted before its data draws empty frames first; they are not the milestone.
      if (this.firstFrameSeen || this.sigma.getGraph().order === 0) return;
      this.firstFrameSeen = true;
      events.onFirstFrame?.();
    });
  }

  /**
   * New filters, highlight or selection: reducers read the new sets, and sigma re-processes
   * only the items whose look changed when it can (see refresh-plan.ts).
   */
  setView(view: RenderView): void {
    if (this.killed) return;
    const graph = this.sigma.getGraph();
    const previous = this.view;
    this.view = withEmphasisMode(graph, view);
    const plan = planRefresh(previous, this.view, graph.order + graph.size);
    if (plan.kind === 'none') return;
    if (plan.kind === 'full') this.sigma.refresh();
    else this.sigma.refresh({ partialGraph: { nodes: plan.nodes, edges: plan.edges }, skipIndexation: true });
  }

  setTheme(theme: RenderTheme): void {
    if (this.killed) return;
    this.labels.setDrawer(createDrawNodeLabel(theme));
    this.sigma.setSettings({
      defaultDrawNodeLabel: createDrawNodeLabel(theme),
      defaultDrawNodeHover: createDrawNodeHover(theme),
    });
  }

  /** A different network (an imported file): same canvas, same WebGL contexts. */
  setGraph(graph: ActorGraph, view: RenderView): void {
    if (this.killed) return;
    this.labels.reset();
    this.view = withEmphasisMode(graph, view);
    this.firstFrameSeen = false;
    this.sigma.setGraph(graph);
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  /** Fits the camera to a set of nodes (a path found between two actors), animated. */
  fitNodes(nodes: readonly string[]): void {
    if (this.killed) return;
    const present = nodes.filter((node) => this.sigma.getGraph().hasNode(node));
    if (present.length === 1) this.focusNode(present[0]);
    else if (present.length > 1) {
      // Loaded when first needed (fitting a found path): it is not part of the first view.
      void import('@sigma/utils').then(({ fitViewportToNodes }) => {
        // @sigma/utils types its Sigma with plain attributes; ours are narrower, which it never reads.
        if (!this.killed) void fitViewportToNodes(this.sigma as unknown as Sigma, present, { animate: true });
      });
    }
  }

  /** Moves the camera to a node, keeping the zoom unless it is far out. */
  focusNode(node: string): void {
    if (this.killed) return;
    const display = this.sigma.getNodeDisplayData(node);
    if (!display) return;
    const camera = this.sigma.getCamera();
    camera.animate({ x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 450 });
  }

  zoom(factor: number): void {
    if (this.killed) return;
    const camera = this.sigma.getCamera();
    if (factor > 1) camera.animatedZoom({ duration: 250, factor });
    else camera.animatedUnzoom({ duration: 250, factor: 1 / factor });
  }

  resetCamera(): void {
    if (this.killed) return;
    this.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /** Graph units per CSS pixel at the default camera, for noverlap's spacing. */
  graphUnitsPerPixel(): number | null {
    if (this.killed) return null;
    const a = this.sigma.graphToViewport({ x: 0, y: 0 });
    const b = this.sigma.graphToViewport({ x: 1, y: 0 });
    const pixels = Math.hypot(b.x - a.x, b.y - a.y) / this.sigma.getCamera().ratio;
    return pixels > 0 && Number.isFinite(pixels) ? 1 / pixels : null;
  }

  /**
   * Reducers that draw every actor and relation with the current appearance, ignoring the
   * filters and highlights: the PNG export of "everything".
   */
  appearanceOnlyReducers(): { nodeReducer: Settings['nodeReducer']; edgeReducer: Settings['edgeReducer'] } {
    const view = this.view;
    const all: RenderState = {
      ...view,
      visibility: { nodes: new Set(this.sigma.getGraph().nodes()), edges: new Set(this.sigma.getGraph().edges()) },
      focus: null,
      selectedNode: null,
      selectedEdge: null,
    };
    return {
      nodeReducer: (node, data) => reduceNode(all, node, data as NodeAttributes),
      edgeReducer: (edge, data) => reduceEdge(all, edge, data as EdgeAttributes),
    } as { nodeReducer: Settings['nodeReducer']; edgeReducer: Settings['edgeReducer'] };
  }

  /** The boxes of the labels drawn in the last frame (viewport pixels), for tests. */
  labelBoxes(): LabelBox[] {
    return this.labels.boxes;
  }

  /** Exposed for the image export and the benchmark harness. */
  get instance(): ActorSigma {
    return this.sigma;
  }

  kill(): void {
    if (this.killed) return;
    this.killed = true;
    this.resizeObserver.disconnect();
    this.sigma.kill();
  }
}
