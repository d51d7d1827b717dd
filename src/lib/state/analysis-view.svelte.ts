/**
 * What the questions asked of the network show, derived from the explorer, the view and the
 * analysis results: the actors table (measures of the actors drawn), the blocs table (hostile
 * and cooperative relations between blocs), the blocs' names in the chosen language and the
 * selected actor's allies and adversaries. Pure functions in src/lib/analysis do the work;
 * this class names the results so Svelte recomputes only what an input changed.
 */
import type { ExplorerState } from './explorer.svelte';
import type { AnalysisResults } from './explorer-view.svelte';
import type { Visibility } from './filters';
import type { LoadedNetwork } from './loaded-network';
import { i18n } from '../i18n/locale.svelte';
import { blocMatrix, blocNames } from '../analysis/blocs';
import { buildActorRows } from '../analysis/actors-table';
import { alliesAndAdversaries } from '../analysis/allies';
import type { TimeSpan } from '../time/relation-span';

/**
 * The years the actor's dated relations span (among those shown), so that the allies' strips
 * cover the actor's own years rather than the network's (1948–2026 for Petro's network).
 */
function actorExtent(actor: string, loaded: LoadedNetwork, shown: ReadonlySet<string>): TimeSpan | null {
  let start = Infinity;
  let end = -Infinity;
  loaded.graph.forEachEdge(actor, (edge) => {
    const span = shown.has(edge) ? loaded.spans.spans.get(edge) : null;
    if (!span) return;
    if (Number.isFinite(span.start)) start = Math.min(start, span.start);
    if (Number.isFinite(span.end)) end = Math.max(end, span.end);
  });
  return start < end ? { start, end } : null;
}

export class AnalysisView {
  constructor(
    private readonly explorer: ExplorerState,
    private readonly loaded: () => LoadedNetwork | null,
    /** What is drawn (filters, time, focus, periods). */
    private readonly shown: () => Visibility | null,
    private readonly results: () => AnalysisResults,
  ) {}

  /** "Bloc of Gustavo Petro", by bloc id, for the legend and the tables. */
  readonly blocNames = $derived.by(() => {
    const { blocs } = this.results();
    return blocs ? blocNames(blocs, i18n.current) : new Map<string, string>();
  });

  /** One row per actor drawn, with its measures on the current view. */
  readonly actorRows = $derived.by(() => {
    const loaded = this.loaded();
    const { blocs, metrics } = this.results();
    const shown = this.shown();
    if (!loaded || !blocs || !metrics || !shown) return [];
    const actors = loaded.network.actors.filter((actor) => shown.nodes.has(actor.id));
    return buildActorRows(actors, blocs, metrics, i18n.current);
  });

  /** Whether the measures are still being computed (large networks, in the worker). */
  readonly measuring = $derived.by(() => this.results().metrics === null);

  readonly blocMatrix = $derived.by(() => {
    const loaded = this.loaded();
    const { blocs } = this.results();
    const shown = this.shown();
    return loaded && blocs && shown ? blocMatrix(blocs, loaded.network.relations, shown.edges) : null;
  });

  /** The selected actor's counterparts, by balance of cooperative and hostile relations. */
  readonly allies = $derived.by(() => {
    const loaded = this.loaded();
    const selection = this.explorer.selection;
    const shown = this.shown();
    if (!loaded || selection?.kind !== 'actor' || !shown) return [];
    return alliesAndAdversaries({
      actorId: selection.id,
      relations: loaded.network.relations,
      visibleIds: shown.edges,
      spans: loaded.spans.spans,
      extent: actorExtent(selection.id, loaded, shown.edges),
      labelOf: (id) => loaded.index.actors.get(id)?.label ?? id,
    });
  });
}
