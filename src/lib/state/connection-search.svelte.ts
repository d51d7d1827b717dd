/**
 * The connection finder's answer, kept in step with the question: whenever the pair, its
 * options, the filters or the time window change, the chains are looked for again (on the
 * page for small networks, in the analysis worker for large ones) and, when there are none,
 * what would open one. An answer that arrives after a newer question is dropped.
 */
import { untrack } from 'svelte';
import type { ConnectionQuery } from './analysis-url';
import type { BlockingConstraint, ConnectionOptions, ConnectionResult, RelationVisibility } from '../analysis/paths';
import type { NetworkAnalysis } from '../analysis/network-analysis.svelte';
import { isAnalysisError } from '../analysis/analysis-client';

/** What a search needs: the question and the relations each constraint leaves. */
export interface ConnectionInputs {
  query: ConnectionQuery;
  /** Relations shown by the filters and the time window together. */
  visible: ReadonlySet<string>;
  /** The same two constraints apart, to say which one blocks a connection. */
  visibility: RelationVisibility;
}

export type SearchStatus = 'idle' | 'running' | 'failed';

export interface NoConnection {
  connected: boolean;
  openedBy: BlockingConstraint[];
}

export function connectionOptions(query: ConnectionQuery): ConnectionOptions {
  return { polarity: query.polarity, respectTimeOrder: query.timeOrder, allowUndated: query.allowUndated };
}

export class ConnectionSearch {
  result = $state.raw<ConnectionResult | null>(null);
  explanation = $state.raw<NoConnection | null>(null);
  status = $state<SearchStatus>('idle');
  #asked = 0;
  readonly #stop: () => void;

  constructor(
    private readonly analysis: NetworkAnalysis,
    inputs: () => ConnectionInputs | null,
  ) {
    this.#stop = $effect.root(() => {
      $effect(() => {
        const next = inputs();
        untrack(() => void this.#search(next));
      });
    });
  }

  async #search(inputs: ConnectionInputs | null): Promise<void> {
    const asked = ++this.#asked;
    if (!inputs) {
      this.result = null;
      this.explanation = null;
      this.status = 'idle';
      return;
    }
    const { query, visible, visibility } = inputs;
    const options = connectionOptions(query);
    this.status = 'running';
    try {
      const result = await this.analysis.connections(query.from, query.to, visible, options);
      const explanation =
        result.paths.length === 0 ? await this.analysis.explain(query.from, query.to, visibility, options) : null;
      if (asked !== this.#asked) return;
      this.result = result;
      this.explanation = explanation;
      this.status = 'idle';
    } catch (error) {
      if (asked !== this.#asked) return;
      // A search dropped for a newer network or cancelled is not a failure the user must hear of.
      if (isAnalysisError(error, 'stale-network') || isAnalysisError(error, 'cancelled')) return;
      this.result = null;
      this.explanation = null;
      this.status = 'failed';
    }
  }

  dispose(): void {
    this.#asked++;
    this.#stop();
  }
}
