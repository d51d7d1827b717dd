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
import { resolveAppearance, legendCounts, type AppearanceData } from '../appearance';
import { i18n } from '../i18n/locale.svelte';
import { focusVisibility } from '../analysis/focus';
import { comparePeriods } from '../analysis/compare-periods';
import { periodWindows } from '../analysis/period-param';
import { analysisAppearanceData } from '../analysis/analysis-appearance';
import type { Blocs } from '../analysis/blocs';
import type { MetricsResult } from '../analysis/metrics';
import { PERIOD_MARK_OPTION, periodMarkData } from '../view/period-marks';
import { overlaps } from '../time/relation-span';
import type { Visibility } from './filters';
import type { ConnectionResult } from '../analysis/paths';
import type { ConnectionInputs } from './connection-search.svelte';
import { trustPredicate } from '../trust/trust-filter';

/** What the analysis of the network has computed so far (see analysis/network-analysis.svelte.ts). */
export interface AnalysisResults {
  blocs: Blocs | null;
  metrics: MetricsResult | null;
}

/** Results computed outside the view (asynchronously, maybe in a worker) that it shows. */
export interface ViewSources {
  analysis: () => AnalysisResults;
  /** The connection finder's chains, when a connection was asked for. */
  paths: () => ConnectionResult | null;
}

const NO_SOURCES: ViewSources = { analysis: () => ({ blocs: null, metrics: null }), paths: () => null };

/** Two appearance data sets as one (the periods' marks beside the blocs and measures). */
function mergeData(a: AppearanceData, b: AppearanceData): AppearanceData {
  return {
    nodeCategories: a.nodeCategories ?? b.nodeCategories,
    nodeValues: a.nodeValues ?? b.nodeValues,
    edgeCategories: b.edgeCategories ?? a.edgeCategories,
    fixedColors: b.fixedColors ?? a.fixedColors,
  };
}

const TIMELINE_BINS = 90;

export class ExplorerView {
  constructor(
    private readonly explorer: ExplorerState,
    private readonly loaded: () => LoadedNetwork | null,
    private readonly sources: ViewSources = NO_SOURCES,
  ) {}

  /** The relations the time window lets through, whatever the other filters say. */
  private readonly inTimeIds = $derived.by(() => {
    const loaded = this.loaded();
    if (!loaded) return new Set<string>();
    const ids = new Set<string>();
    for (const relation of loaded.network.relations) if (this.inTime(relation.id)) ids.add(relation.id);
    return ids;
  });

  /** What the connection finder searches with: the pair asked for, under the filters and the time window. */
  readonly connectionInputs = $derived.by((): ConnectionInputs | null => {
    const query = this.explorer.analysis.connection;
    const filtered = this.filteredVisibility;
    const untimed = this.untimedVisibility;
    if (!query || !filtered || !untimed) return null;
    return { query, visible: filtered.edges, visibility: { byFilters: untimed.edges, byTime: this.inTimeIds } };
  });

  /** The found chains lifted on the canvas (one, or all of them), while the connection tool is open. */
  readonly pathFocus = $derived.by(() => {
    const result = this.sources.paths();
    if (this.explorer.analysis.tool !== 'connection' || !result || result.paths.length === 0) return null;
    const index = this.explorer.highlightedPath;
    const chosen = index !== null && result.paths[index] ? [result.paths[index]] : result.paths;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const path of chosen) {
      for (const actor of path.actors) nodes.add(actor);
      for (const hop of path.hops) for (const relation of hop.relations) edges.add(relation.id);
    }
    return { nodes, edges };
  });

  readonly inTime = $derived.by(() => {
    const loaded = this.loaded();
    return loaded ? timePredicate(loaded.spans, this.explorer.time) : () => true;
  });

  /** The trust filters as an edge predicate, or null when they keep everything. */
  private readonly trusted = $derived.by(() => {
    const loaded = this.loaded();
    return loaded ? trustPredicate(this.explorer.trust, loaded.corroboration, loaded.support) : null;
  });

  /** What the time window and the trust filters let through, in one predicate. */
  private readonly allowed = $derived.by(() => {
    const inTime = this.inTime;
    const trusted = this.trusted;
    return trusted ? (edge: string) => trusted(edge) && inTime(edge) : inTime;
  });

  /** What the filters and the time window show: what metrics and paths are computed on. */
  readonly filteredVisibility = $derived.by(() => {
    const loaded = this.loaded();
    return loaded ? computeVisibility(loaded.graph, this.explorer.filters, this.allowed) : null;
  });

  /** The two compared periods as windows, when a valid comparison is asked for. */
  readonly compareWindows = $derived.by(() => {
    const spec = this.explorer.analysis.compare;
    return spec ? periodWindows(spec) : null;
  });

  /** Relations in period A or B, under the filters but the time window (which the periods replace). */
  private readonly inEitherPeriod = $derived.by(() => {
    const loaded = this.loaded();
    const windows = this.compareWindows;
    const untimed = this.untimedVisibility;
    if (!loaded || !windows || !untimed) return null;
    const ids = new Set<string>();
    for (const id of untimed.edges) {
      const span = loaded.spans.spans.get(id);
      if (span && (overlaps(span, windows.a) || overlaps(span, windows.b))) ids.add(id);
    }
    return ids;
  });

  readonly comparison = $derived.by(() => {
    const loaded = this.loaded();
    const windows = this.compareWindows;
    const untimed = this.untimedVisibility;
    if (!loaded || !windows || !untimed) return null;
    return comparePeriods({
      relations: loaded.network.relations,
      visibleIds: untimed.edges,
      spans: loaded.spans.spans,
      windows,
    });
  });

  /** What is drawn: the filtered view, or the compared periods, narrowed to the focus if one is asked. */
  readonly visibility = $derived.by((): Visibility | null => {
    const loaded = this.loaded();
    const either = this.inEitherPeriod;
    const untimed = this.untimedVisibility;
    let shown = either && untimed ? { nodes: untimed.nodes, edges: either } : this.filteredVisibility;
    const focus = this.explorer.analysis.focus;
    const actor = this.explorer.selection?.kind === 'actor' ? this.explorer.selection.id : null;
    if (loaded && shown && focus && actor) {
      shown = focusVisibility(loaded.graph, actor, focus.depth, focus.direction, shown);
    }
    return shown;
  });

  readonly relationCounts = $derived.by(() => {
    const loaded = this.loaded();
    return loaded ? countByRelation(loaded.graph, this.explorer.filters, this.allowed) : new Map<string, number>();
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
    if (this.timeHidesNothing) return this.filteredVisibility;
    return computeVisibility(loaded.graph, this.explorer.filters, this.trusted ?? undefined);
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
    if (this.pathFocus) return this.pathFocus;
    if (this.selectedNode && graph.hasNode(this.selectedNode))
      return nodeFocus(graph, this.selectedNode, this.visibility.edges);
    if (this.selectedEdge && graph.hasEdge(this.selectedEdge)) return edgeFocus(graph, this.selectedEdge);
    return null;
  });

  /** The extra options' data: blocs and measures, and the compared periods' marks. */
  private readonly appearanceData = $derived.by((): AppearanceData => {
    const { blocs, metrics } = this.sources.analysis();
    const base = blocs ? analysisAppearanceData(blocs, metrics ?? undefined) : {};
    const comparison = this.comparison;
    const either = this.inEitherPeriod;
    return comparison && either ? mergeData(base, periodMarkData(comparison, either)) : base;
  });

  /**
   * Colours and sizes of every actor and relation, and the legend's entries, for the choice
   * made; while two periods are compared, relations are coloured by what changed.
   */
  readonly appearance = $derived.by(() => {
    const loaded = this.loaded();
    if (!loaded) return null;
    const choice = this.inEitherPeriod
      ? { ...this.explorer.appearance, edgeColor: PERIOD_MARK_OPTION }
      : this.explorer.appearance;
    return resolveAppearance(loaded.network, loaded.degrees, choice, this.appearanceData);
  });

  /** How many of what is visible falls in each legend category. */
  readonly legendCounts = $derived.by(() =>
    this.appearance && this.visibility
      ? legendCounts(this.appearance, this.visibility.nodes, this.visibility.edges)
      : null,
  );

  /** Which relations are drawn dashed (allegations only) and lighter (one document), once per network. */
  private readonly sourcing = $derived.by(() => {
    const corroboration = this.loaded()?.corroboration;
    return corroboration?.coverage.hasEvidence
      ? { weak: corroboration.weak, singleDocument: corroboration.singleDocument }
      : null;
  });

  readonly renderView = $derived.by(() =>
    this.visibility && this.appearance
      ? {
          appearance: this.appearance,
          visibility: this.visibility,
          focus: this.focus,
          selectedNode: this.selectedNode,
          selectedEdge: this.selectedEdge,
          sourcing: this.sourcing,
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
