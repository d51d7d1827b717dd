/**
 * The page's side of the analysis worker: owns one Worker, sends it the network once
 * (packed, its buffers transferred) and then requests that name ids, not objects. Each
 * request gives `{ promise, cancel }`; cancelling rejects at once with the code 'cancelled'
 * and tells the worker, which skips the request if it has not started (a running one ends
 * and its answer is dropped). A new `load` makes requests about the previous network fail
 * with 'stale-network'; a worker error rejects every pending request with 'worker-failed'
 * (the next load starts a fresh worker); `dispose` terminates the worker and rejects with
 * 'disposed'. Rejections are AnalysisRequestError: a code, never words.
 */
import type { Network } from '../data/network';
import type { Blocs } from './blocs';
import type { MetricsResult } from './metrics';
import type { BlockingConstraint, ConnectionOptions, ConnectionResult, RelationVisibility } from './paths';
import {
  idIndex,
  packIds,
  packNetwork,
  packedTransfer,
  type AnalysisAnswer,
  type AnalysisError,
  type AnalysisErrorCode,
  type AnalysisRequest,
  type FromAnalysisWorker,
  type ToAnalysisWorker,
  unpackMetrics,
} from './analysis-protocol';

/** A request's failure, as a code with parameters (the page words it). */
export class AnalysisRequestError extends Error {
  constructor(
    readonly code: AnalysisErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'AnalysisRequestError';
  }
}

/** Whether `error` is an AnalysisRequestError with this code. */
export const isAnalysisError = (error: unknown, code?: AnalysisErrorCode): error is AnalysisRequestError =>
  error instanceof AnalysisRequestError && (code === undefined || error.code === code);

/** A request under way. */
export interface AnalysisTask<T> {
  promise: Promise<T>;
  cancel(): void;
}

export interface RequestHooks {
  /** Betweenness progress, 0…1, while the worker computes metrics. */
  onProgress?: (fraction: number) => void;
}

interface Pending {
  resolve(answer: AnalysisAnswer): void;
  reject(error: AnalysisRequestError): void;
  onProgress?: (fraction: number) => void;
}

/** What the client needs of a worker (the browser's Worker, or a test's stand-in). */
export type AnalysisWorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<FromAnalysisWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

const defaultWorker = (): AnalysisWorkerLike =>
  new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }) as AnalysisWorkerLike;

export class AnalysisClient {
  #worker: AnalysisWorkerLike | null = null;
  #networkId = 0;
  #nextRequest = 1;
  #pending = new Map<number, Pending>();
  #actors: ReadonlyMap<string, number> = new Map();
  #actorIds: readonly string[] = [];
  #relations: ReadonlyMap<string, number> = new Map();
  #disposed = false;

  constructor(private readonly createWorker: () => AnalysisWorkerLike = defaultWorker) {}

  /** Sends `network` to the worker; returns its id. Requests about an earlier network fail. */
  load(network: Pick<Network, 'actors' | 'relations'>): number {
    if (this.#disposed) throw new AnalysisRequestError('disposed');
    const packed = packNetwork(network);
    this.#actors = idIndex(packed.actorIds);
    this.#actorIds = packed.actorIds;
    this.#relations = idIndex(packed.relationIds);
    this.#networkId++;
    this.#rejectAll('stale-network');
    const message: ToAnalysisWorker = { type: 'load', networkId: this.#networkId, network: packed };
    this.#ensureWorker().postMessage(message, packedTransfer(packed));
    return this.#networkId;
  }

  blocs(hooks?: RequestHooks): AnalysisTask<Blocs> {
    return this.#typed({ kind: 'blocs' }, hooks, (a) => (a.kind === 'blocs' ? a.blocs : null));
  }

  metrics(nodes: ReadonlySet<string>, edges: ReadonlySet<string>, hooks?: RequestHooks): AnalysisTask<MetricsResult> {
    const visibleActors = packIds(nodes, this.#actors);
    const actorIds = this.#actorIds;
    // Kept before the indices are transferred: the answer comes back in this order.
    const order = Array.from(visibleActors, (i) => actorIds[i]);
    const request: AnalysisRequest = {
      kind: 'metrics',
      visibleActors,
      visibleRelations: packIds(edges, this.#relations),
    };
    return this.#typed(request, hooks, (a) => (a.kind === 'metrics' ? unpackMetrics(a.metrics, order) : null));
  }

  connections(
    from: string,
    to: string,
    visible: ReadonlySet<string> | null,
    options: ConnectionOptions,
  ): AnalysisTask<ConnectionResult> {
    const visibleRelations = visible ? packIds(visible, this.#relations) : null;
    const request: AnalysisRequest = { kind: 'connections', from, to, visibleRelations, options };
    return this.#typed(request, undefined, (a) => (a.kind === 'connections' ? a.connections : null));
  }

  explain(
    from: string,
    to: string,
    visibility: RelationVisibility,
    options: ConnectionOptions,
  ): AnalysisTask<{ connected: boolean; openedBy: BlockingConstraint[] }> {
    const request: AnalysisRequest = {
      kind: 'explain',
      from,
      to,
      byFilters: packIds(visibility.byFilters, this.#relations),
      byTime: packIds(visibility.byTime, this.#relations),
      options,
    };
    return this.#typed(request, undefined, (a) => (a.kind === 'explain' ? a.explanation : null));
  }

  /** Any request, answered with the worker's tagged answer. */
  request(request: AnalysisRequest, hooks: RequestHooks = {}): AnalysisTask<AnalysisAnswer> {
    const requestId = this.#nextRequest++;
    let settle: Pending | null = null;
    const promise = new Promise<AnalysisAnswer>((resolve, reject) => {
      settle = { resolve, reject, onProgress: hooks.onProgress };
    });
    const cancel = () => {
      const pending = this.#pending.get(requestId);
      if (!pending) return;
      this.#pending.delete(requestId);
      this.#worker?.postMessage({ type: 'cancel', requestId } satisfies ToAnalysisWorker);
      pending.reject(new AnalysisRequestError('cancelled'));
    };
    if (this.#disposed || !this.#worker) {
      (settle as unknown as Pending).reject(new AnalysisRequestError(this.#disposed ? 'disposed' : 'stale-network'));
      return { promise, cancel };
    }
    this.#pending.set(requestId, settle as unknown as Pending);
    const message: ToAnalysisWorker = { type: 'request', requestId, networkId: this.#networkId, request };
    this.#worker.postMessage(message, transferOf(request));
    return { promise, cancel };
  }

  /** Requests still waiting for an answer. */
  get pendingCount(): number {
    return this.#pending.size;
  }

  /** Terminates the worker; pending requests fail with 'disposed'. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#rejectAll('disposed');
    this.#worker?.terminate();
    this.#worker = null;
  }

  #typed<T>(request: AnalysisRequest, hooks: RequestHooks | undefined, pick: (a: AnalysisAnswer) => T | null) {
    const task = this.request(request, hooks);
    const promise = task.promise.then((answer) => {
      const value = pick(answer);
      if (value === null) throw new AnalysisRequestError('failed', { detail: `unexpected ${answer.kind}` });
      return value;
    });
    return { promise, cancel: task.cancel };
  }

  #ensureWorker(): AnalysisWorkerLike {
    if (this.#worker) return this.#worker;
    const worker = this.createWorker();
    worker.onmessage = (event) => {
      if (worker === this.#worker) this.#receive(event.data);
    };
    worker.onerror = (event) => {
      if (worker !== this.#worker) return;
      event.preventDefault?.();
      worker.terminate();
      this.#worker = null;
      this.#rejectAll('worker-failed', event.message ? { detail: event.message } : {});
    };
    this.#worker = worker;
    return worker;
  }

  #receive(message: FromAnalysisWorker): void {
    if (message.type === 'loaded') return;
    const pending = this.#pending.get(message.requestId);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onProgress?.(message.fraction);
      return;
    }
    this.#pending.delete(message.requestId);
    if (message.type === 'result') pending.resolve(message.answer);
    else pending.reject(errorOf(message.error));
  }

  #rejectAll(code: AnalysisErrorCode, params?: Record<string, string | number>): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const p of pending) p.reject(new AnalysisRequestError(code, params));
  }
}

const errorOf = (error: AnalysisError) => new AnalysisRequestError(error.code, error.params);

function transferOf(request: AnalysisRequest): Transferable[] {
  switch (request.kind) {
    case 'metrics':
      return [request.visibleActors.buffer, request.visibleRelations.buffer];
    case 'connections':
      return request.visibleRelations ? [request.visibleRelations.buffer] : [];
    case 'explain':
      return [request.byFilters.buffer, request.byTime.buffer];
    default:
      return [];
  }
}
