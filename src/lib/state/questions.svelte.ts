/**
 * The questions asked of the network, as one object the page composes: the analysis (blocs
 * and measures, in a worker for large networks), the connection search kept in step with
 * its question, the tables and lists derived from them, the cell of the blocs table being
 * read, and the actions the panels call (ask for a connection, lift a chain, link to a
 * relation, copy citations). Views are given lazily, since the explorer's view reads the
 * answers and the answers read the view.
 */
import { NetworkAnalysis } from '../analysis/network-analysis.svelte';
import type { ConnectionOptions } from '../analysis/paths';
import { relationRows } from '../view/rows';
import { i18n } from '../i18n/locale.svelte';
import { AnalysisView } from './analysis-view.svelte';
import { ConnectionSearch } from './connection-search.svelte';
import type { ExplorerState } from './explorer.svelte';
import type { AnalysisResults, ExplorerView } from './explorer-view.svelte';
import type { LoadedNetwork } from './loaded-network';

export class NetworkQuestions {
  readonly analysis: NetworkAnalysis;
  readonly connection: ConnectionSearch;
  readonly tables: AnalysisView;
  /** The relations of the blocs table's cell being read, listed under it. */
  blocCell = $state.raw<readonly string[] | null>(null);

  constructor(
    private readonly explorer: ExplorerState,
    private readonly loaded: () => LoadedNetwork | null,
    view: () => ExplorerView,
  ) {
    this.analysis = new NetworkAnalysis(
      () => {
        const current = this.loaded();
        return current ? { network: current.network, graph: current.graph, index: current.index } : null;
      },
      () => view().filteredVisibility,
    );
    this.connection = new ConnectionSearch(this.analysis, () => view().connectionInputs);
    this.tables = new AnalysisView(
      explorer,
      loaded,
      () => view().visibility,
      () => this.results(),
    );
  }

  results(): AnalysisResults {
    return { blocs: this.analysis.blocs, metrics: this.analysis.metrics };
  }

  /** The chains found for the connection asked for, if one is. */
  paths() {
    return this.explorer.analysis.connection ? this.connection.result : null;
  }

  readonly blocCellRows = $derived.by(() => {
    const loaded = this.loaded();
    return loaded && this.blocCell
      ? relationRows(loaded.index, new Set(this.blocCell), i18n.current, loaded.palette)
      : [];
  });

  findConnection(from: string, to: string, options: ConnectionOptions): void {
    this.explorer.askConnection({
      from,
      to,
      polarity: options.polarity,
      timeOrder: options.respectTimeOrder,
      allowUndated: options.allowUndated,
    });
  }

  /** Lifts one chain (or all, for null) and gives the actors the camera should fit. */
  highlightPath(index: number | null): string[] {
    this.explorer.highlightedPath = index;
    const paths = this.connection.result?.paths ?? [];
    const shown = index === null ? paths : paths.slice(index, index + 1);
    return [...new Set(shown.flatMap((path) => path.actors))];
  }

  /** A link that opens the explorer on one relation, in the language shown. */
  permalink(relationId: string): string {
    const url = new URL(window.location.href);
    url.search = '';
    url.searchParams.set('relation', relationId);
    if (i18n.current !== 'en') url.searchParams.set('lang', i18n.current);
    return url.href;
  }

  /** A new network: nothing of the old one's questions stays. */
  reset(): void {
    this.blocCell = null;
  }

  dispose(): void {
    this.connection.dispose();
    this.analysis.dispose();
  }
}
