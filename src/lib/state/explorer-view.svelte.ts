/**
 * What the page shows, derived from the explorer state and the loaded network: visibility,
 * counts, options, table rows, the render view, the selected items. Pure functions do the
 * work; this class only names the results and lets Svelte recompute them when an input
 * changes.
 */
import { computeVisibility, countByKind, countByRelation } from './filters';
import type { ExplorerState } from './explorer.svelte';
import type { LoadedNetwork } from './loaded-network';
import { timePredicate } from '../time/time-filter';
import { binRelations } from '../time/bins';
import { actorRelationItems, kindOptions, relationRows, relationTypeOptions } from '../view/rows';
import { edgeFocus, nodeFocus } from '../render/highlight';
import { resolveAppearance, legendCounts } from '../appearance';
import { i18n } from '../i18n/locale.svelte';

const TIMELINE_BINS = 90;

export class ExplorerView {
  constructor(
    private readonly explorer: ExplorerState,
    private readonly loaded: () => LoadedNetwork | null,
  ) {}

  readonly inTime = $derived.by(() => {
    const loaded = this.loaded();
    return loaded ? timePredicate(loaded.spans, this.explorer.time) : () => true;
  });

  readonly visibility = $derived.by(() => {
    const loaded = this.loaded();
    return loaded ? computeVisibility(loaded.graph, this.explorer.filters, this.inTime) : null;
  });

  readonly relationCounts = $derived.by(() => {
    const loaded = this.loaded();
    return loaded ? countByRelation(loaded.graph, this.explorer.filters, this.inTime) : new Map<string, number>();
  });

  readonly typeOptions = $derived.by(() => {
    const loaded = this.loaded();
    return loaded
      ? relationTypeOptions(loaded.known.relationTypes, this.relationCounts, i18n.current, loaded.palette)
      : [];
  });

  readonly kindOptions = $derived.by(() => {
    const loaded = this.loaded();
    if (!loaded || !this.visibility) return [];
    return kindOptions(
      loaded.known.kinds,
      countByKind(loaded.graph, this.visibility.nodes),
      i18n.current,
      loaded.palette,
    );
  });

  readonly rows = $derived.by(() => {
    const loaded = this.loaded();
    return loaded && this.visibility
      ? relationRows(loaded.index, this.visibility.edges, i18n.current, loaded.palette)
      : [];
  });

  /** No time window and undated relations shown: time hides nothing. */
  private readonly timeHidesNothing = $derived.by(
    () => this.explorer.time.window === null && this.explorer.time.showUndated,
  );

  /**
   * What the filters other than time show, for the histogram (which spans all of time).
   * When time hides nothing, that is the visibility itself, so it is not computed twice.
   */
  private readonly untimedVisibility = $derived.by(() => {
    const loaded = this.loaded();
    if (!loaded) return null;
    return this.timeHidesNothing ? this.visibility : computeVisibility(loaded.graph, this.explorer.filters);
  });

  /** Each relation as the histogram counts it, once per network. */
  private readonly binnable = $derived.by(() => {
    const loaded = this.loaded();
    return loaded
      ? loaded.network.relations.map((r) => ({ id: r.id, type: r.type, span: loaded.spans.spans.get(r.id) ?? null }))
      : [];
  });

  /** The histogram shows all of time, so it follows every filter but the time window. */
  readonly timelineBins = $derived.by(() => {
    const loaded = this.loaded();
    const untimed = this.untimedVisibility;
    if (!loaded?.timeScale || !untimed) return [];
    return binRelations(
      this.binnable.filter((r) => untimed.edges.has(r.id)),
      loaded.timeScale,
      TIMELINE_BINS,
    );
  });

  readonly selectedNode = $derived.by(() =>
    this.explorer.selection?.kind === 'actor' ? this.explorer.selection.id : null,
  );
  readonly selectedEdge = $derived.by(() =>
    this.explorer.selection?.kind === 'relation' ? this.explorer.selection.id : null,
  );

  readonly focus = $derived.by(() => {
    const loaded = this.loaded();
    if (!loaded || !this.visibility) return null;
    const { graph } = loaded;
    const hovered = this.explorer.hoveredNode;
    if (hovered && graph.hasNode(hovered)) return nodeFocus(graph, hovered, this.visibility.edges);
    if (this.selectedNode && graph.hasNode(this.selectedNode))
      return nodeFocus(graph, this.selectedNode, this.visibility.edges);
    if (this.selectedEdge && graph.hasEdge(this.selectedEdge)) return edgeFocus(graph, this.selectedEdge);
    return null;
  });

  /** Colours and sizes of every actor and relation, and the legend's entries, for the choice made. */
  readonly appearance = $derived.by(() => {
    const loaded = this.loaded();
    return loaded ? resolveAppearance(loaded.network, loaded.degrees, this.explorer.appearance) : null;
  });

  /** How many of what is visible falls in each legend category. */
  readonly legendCounts = $derived.by(() =>
    this.appearance && this.visibility
      ? legendCounts(this.appearance, this.visibility.nodes, this.visibility.edges)
      : null,
  );

  readonly renderView = $derived.by(() =>
    this.visibility && this.appearance
      ? {
          appearance: this.appearance,
          visibility: this.visibility,
          focus: this.focus,
          selectedNode: this.selectedNode,
          selectedEdge: this.selectedEdge,
        }
      : null,
  );

  readonly selectedActor = $derived.by(() => {
    const loaded = this.loaded();
    return this.selectedNode && loaded ? (loaded.index.actors.get(this.selectedNode) ?? null) : null;
  });

  readonly selectedRelation = $derived.by(() => {
    const loaded = this.loaded();
    return this.selectedEdge && loaded ? (loaded.index.relations.get(this.selectedEdge) ?? null) : null;
  });

  readonly actorItems = $derived.by(() => {
    const loaded = this.loaded();
    if (!loaded || !this.selectedActor || !this.visibility) return [];
    return actorRelationItems(loaded.index, this.selectedActor.id, this.visibility.edges, i18n.current, loaded.palette);
  });

  readonly readerDocument = $derived.by(() => {
    const loaded = this.loaded();
    const reader = this.explorer.reader;
    return reader && loaded ? (loaded.index.documents.get(reader.document) ?? null) : null;
  });

  readonly readerHighlight = $derived.by(() => {
    const loaded = this.loaded();
    const reader = this.explorer.reader;
    if (!reader || !loaded || reader.relation === undefined || reader.evidence === undefined) return null;
    return loaded.index.relations.get(reader.relation)?.evidence[reader.evidence]?.quote ?? null;
  });
}
