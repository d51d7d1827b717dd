/**
 * Blocs, metrics and path search for the network on screen, as reactive state for the page.
 * Small networks (up to WORKER_ABOVE_RELATIONS relations) are analysed on the page's thread
 * (with the computations loaded on demand, analysis-compute.ts, so that they stay out of the
 * first script; results follow as soon as it is there), because it is fast there (the Petro dataset, 95 actors / 196 relations:
 * blocs 1–6 ms, metrics 20–35 ms, a path query under 12 ms; see tests/bench/analysis.ts) and
 * a worker round trip would only add latency.
 * Larger ones go to the analysis worker (analysis-client.ts), so that no task on the page's
 * thread runs long: blocs once per network, metrics when the view changes (debounced by
 * METRICS_DEBOUNCE_MS, a superseded request cancelled), paths on demand. Every answer is
 * checked against the network it was asked about: one that arrives after the network was
 * replaced is dropped (and a path promise then fails with 'stale-network').
 */
import { untrack } from 'svelte';
import type { Network } from '../data/network';
import type { ActorGraph } from '../graph/build-graph';
import type { DatasetIndex } from '../graph/dataset-index';
import type { Visibility } from '../state/filters';
import type { Blocs } from './blocs';
import type { MetricsOptions, MetricsResult } from './metrics';
import type { BlockingConstraint, ConnectionOptions, ConnectionResult, RelationVisibility } from './paths';
import { AnalysisClient, AnalysisRequestError, type AnalysisTask } from './analysis-client';

/**
 * Networks with more relations than this are analysed in the worker. Exact betweenness costs
 * actors × relations, and that sets the limit, not the relation count the issue guessed
 * (3,000): measured in Node on 2 cores, metrics take 20–35 ms on Petro (196 relations),
 * 30–60 ms on a generated 100 / 300 network, 20–110 ms on 200 / 600, 95–190 ms on 600 / 1,800
 * and 250–370 ms on 1k / 3k. Past ~500 relations a view change would be a long task (50 ms).
 */
export const WORKER_ABOVE_RELATIONS = 500;

/** Quiet time after a view change before metrics are asked of the worker. */
export const METRICS_DEBOUNCE_MS = 150;

export interface AnalysisSource {
  network: Network;
  graph: ActorGraph;
  index: DatasetIndex;
}

export interface NetworkAnalysisOptions {
  /** Relations above which the worker is used (default WORKER_ABOVE_RELATIONS). */
  workerAbove?: number;
  debounceMs?: number;
  /** The worker's client (tests give one over a fake worker). */
  createClient?: () => AnalysisClient;
  /** Passed to computeMetrics on the page's thread (the worker has its own). */
  metricsOptions?: Omit<MetricsOptions, 'onProgress'>;
}

export type AnalysisStatus = 'idle' | 'running';

interface Current {
  source: AnalysisSource;
  /** Bumped on every network change; answers carry the one they were asked with. */
  generation: number;
  worker: boolean;
}

let loading: Promise<typeof import('./analysis-compute')> | null = null;

/** The page-thread computations, loaded once, on first use. */
function computations(): Promise<typeof import('./analysis-compute')> {
  loading ??= import('./analysis-compute');
  return loading;
}

export class NetworkAnalysis {
  #blocs = $state.raw<Blocs | null>(null);
  #metrics = $state.raw<MetricsResult | null>(null);
  #running = $state(0);
  /** A metrics request waits for the view to stay still (counts as running). */
  #waiting = $state(false);
  #progress = $state<number | null>(null);

  #current: Current | null = null;
  /** The last view asked about: a page-thread answer for an older one is not applied. */
  #view: Visibility | null = null;
  #generation = 0;
  #client: AnalysisClient | null = null;
  /** Tasks under way, each with what ends its count as running. */
  #tasks = new Map<AnalysisTask<unknown>, () => void>();
  #metricsTask: AnalysisTask<MetricsResult> | null = null;
  #timer: ReturnType<typeof setTimeout> | null = null;
  readonly #options: Required<Omit<NetworkAnalysisOptions, 'metricsOptions'>> &
    Pick<NetworkAnalysisOptions, 'metricsOptions'>;
  readonly #stop: () => void;

  constructor(
    source: () => AnalysisSource | null,
    visibility: () => Visibility | null,
    options: NetworkAnalysisOptions = {},
  ) {
    this.#options = {
      workerAbove: options.workerAbove ?? WORKER_ABOVE_RELATIONS,
      debounceMs: options.debounceMs ?? METRICS_DEBOUNCE_MS,
      createClient: options.createClient ?? (() => new AnalysisClient()),
      metricsOptions: options.metricsOptions,
    };
    this.#stop = $effect.root(() => {
      $effect(() => {
        const next = source();
        untrack(() => this.#setSource(next));
      });
      $effect(() => {
        source();
        const view = visibility();
        untrack(() => this.#setView(view));
      });
    });
  }

  /** Blocs of the whole network, once per network; null until computed. */
  get blocs(): Blocs | null {
    return this.#blocs;
  }

  /** Metrics of the current view; null until computed (and after a network change). */
  get metrics(): MetricsResult | null {
    return this.#metrics;
  }

  get status(): AnalysisStatus {
    return this.#running > 0 || this.#waiting ? 'running' : 'idle';
  }

  /** Betweenness progress, 0…1, while the worker computes metrics; null otherwise. */
  get progress(): number | null {
    return this.#progress;
  }

  /** Whether the current network is analysed in the worker. */
  get inWorker(): boolean {
    return this.#current?.worker ?? false;
  }

  /** Stops every computation under way (a view change later asks for metrics again). */
  cancel(): void {
    this.#clearTimer();
    for (const [task, settle] of [...this.#tasks]) {
      settle();
      task.cancel();
    }
  }

  /** Chains between two actors over `visible` relations (null: all). */
  connections(
    from: string,
    to: string,
    visible: ReadonlySet<string> | null,
    options: ConnectionOptions,
  ): Promise<ConnectionResult> {
    const current = this.#current;
    if (!current) return Promise.reject(new AnalysisRequestError('stale-network'));
    if (!current.worker) {
      const { graph, index } = current.source;
      return computations().then(({ findConnections }) =>
        findConnections({ graph, relations: index.relations, from, to }, visible, options),
      );
    }
    return this.#track(current, this.#client!.connections(from, to, visible, options));
  }

  /** Why no chain links the pair (see explainNoConnection). */
  explain(
    from: string,
    to: string,
    visibility: RelationVisibility,
    options: ConnectionOptions,
  ): Promise<{ connected: boolean; openedBy: BlockingConstraint[] }> {
    const current = this.#current;
    if (!current) return Promise.reject(new AnalysisRequestError('stale-network'));
    if (!current.worker) {
      const { graph, index } = current.source;
      return computations().then(({ explainNoConnection }) =>
        explainNoConnection({ graph, relations: index.relations, from, to }, visibility, options),
      );
    }
    return this.#track(current, this.#client!.explain(from, to, visibility, options));
  }

  /** Ends the effects and the worker; the object is unusable afterwards. */
  dispose(): void {
    this.#stop();
    this.cancel();
    this.#client?.dispose();
    this.#client = null;
    this.#current = null;
  }

  #setSource(source: AnalysisSource | null): void {
    this.cancel();
    this.#blocs = null;
    this.#metrics = null;
    this.#progress = null;
    if (!source) {
      this.#current = null;
      return;
    }
    const worker = source.network.relations.length > this.#options.workerAbove;
    const current: Current = { source, generation: ++this.#generation, worker };
    this.#current = current;
    if (!worker) {
      void computations().then(({ computeBlocs }) => {
        if (this.#current === current) this.#blocs = computeBlocs(source.network);
      });
      return;
    }
    this.#client ??= this.#options.createClient();
    this.#client.load(source.network);
    this.#track(current, this.#client.blocs()).then(
      (blocs) => (this.#blocs = blocs),
      () => {},
    );
  }

  #setView(view: Visibility | null): void {
    const current = this.#current;
    this.#view = view;
    this.#clearTimer();
    this.#metricsTask?.cancel();
    this.#metricsTask = null;
    if (!current || !view) {
      this.#metrics = null;
      return;
    }
    if (!current.worker) {
      const { relations } = current.source.network;
      void computations().then(({ computeMetrics }) => {
        if (this.#current === current && this.#view === view) {
          this.#metrics = computeMetrics(relations, view.nodes, view.edges, this.#options.metricsOptions);
        }
      });
      return;
    }
    this.#waiting = true;
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.#waiting = false;
      if (current !== this.#current) return;
      const task = this.#client!.metrics(view.nodes, view.edges, {
        onProgress: (fraction) => {
          if (this.#metricsTask === task) this.#progress = fraction;
        },
      });
      this.#metricsTask = task;
      this.#progress = 0;
      this.#track(current, task).then(
        (metrics) => (this.#metrics = metrics),
        () => {},
      );
      task.promise
        .finally(() => {
          if (this.#metricsTask === task) {
            this.#metricsTask = null;
            this.#progress = null;
          }
        })
        .catch(() => {});
    }, this.#options.debounceMs);
  }

  /** Counts the task as running, and resolves only if its network is still the current one. */
  #track<T>(current: Current, task: AnalysisTask<T>): Promise<T> {
    const settle = () => {
      if (this.#tasks.delete(task)) this.#running--;
    };
    this.#tasks.set(task, settle);
    this.#running++;
    return task.promise.then(
      (value) => {
        settle();
        if (current.generation !== this.#current?.generation) throw new AnalysisRequestError('stale-network');
        return value;
      },
      (error: unknown) => {
        settle();
        throw error;
      },
    );
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#waiting = false;
  }
}
