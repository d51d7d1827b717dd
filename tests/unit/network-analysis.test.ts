/**
 * NetworkAnalysis, the page's analysis state: small networks are analysed on the page's
 * thread at once; large ones (here: a low threshold) in the worker, over the real handler run
 * in-process, with the same results, debounced metrics, progress while betweenness runs,
 * cancel, and answers about a replaced network dropped.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { AnalysisClient, isAnalysisError } from '../../src/lib/analysis/analysis-client';
import { computeBlocs } from '../../src/lib/analysis/find-blocs';
import { computeMetrics } from '../../src/lib/analysis/metrics';
import { DEFAULT_CONNECTION_OPTIONS, findConnections } from '../../src/lib/analysis/paths';
import { NetworkAnalysis, WORKER_ABOVE_RELATIONS } from '../../src/lib/analysis/network-analysis.svelte';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { indexDataset } from '../../src/lib/graph/dataset-index';
import { computeVisibility, EMPTY_FILTERS } from '../../src/lib/state/filters';
import { generateNetwork } from '../bench/generate';
import { smallDataset } from '../fixtures/small-graph';
import { AnalysisInputs } from './support/analysis-inputs.svelte';
import { FakeAnalysisWorker, settle } from './support/fake-analysis-worker';

const SAMPLING = { sampleAbove: 100 };

function sourceOf(network: ReturnType<typeof generateNetwork> | ReturnType<typeof smallDataset>) {
  const graph = buildGraph(network);
  return { network, graph, index: indexDataset(network) };
}

let analyses: NetworkAnalysis[] = [];
afterEach(() => {
  for (const analysis of analyses) analysis.dispose();
  analyses = [];
});

function setup(worker: boolean) {
  const inputs = new AnalysisInputs();
  const workers: FakeAnalysisWorker[] = [];
  const analysis = new NetworkAnalysis(
    () => inputs.source,
    () => inputs.visibility,
    {
      workerAbove: worker ? 0 : WORKER_ABOVE_RELATIONS,
      debounceMs: 5,
      metricsOptions: SAMPLING,
      createClient: () =>
        new AnalysisClient(() => {
          const fake = new FakeAnalysisWorker(SAMPLING);
          workers.push(fake);
          return fake;
        }),
    },
  );
  analyses.push(analysis);
  const show = (source: ReturnType<typeof sourceOf>) => {
    inputs.source = source;
    inputs.visibility = computeVisibility(source.graph, EMPTY_FILTERS);
    flushSync();
  };
  return { inputs, analysis, workers, show };
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 500 && !condition(); i++) await settle(1);
  expect(condition()).toBe(true);
};

describe('NetworkAnalysis', () => {
  it('analyses a small network on the page’s thread, once its computations have loaded', async () => {
    const { inputs, analysis, workers, show } = setup(false);
    const source = sourceOf(smallDataset());
    show(source);
    expect(analysis.inWorker).toBe(false);
    expect(analysis.status).toBe('idle');
    // The computations are a chunk of their own (analysis-compute.ts), loaded on first use.
    await until(() => analysis.blocs !== null && analysis.metrics !== null);
    expect(analysis.blocs).toEqual(computeBlocs(source.network));
    const view = inputs.visibility!;
    expect(analysis.metrics).toEqual(computeMetrics(source.network.relations, view.nodes, view.edges, SAMPLING));
    const connections = await analysis.connections('us', 'eln', null, DEFAULT_CONNECTION_OPTIONS);
    expect(connections.paths[0].actors).toEqual(['us', 'petro', 'eln']);
    expect(workers).toHaveLength(0);
  });

  it('analyses a large network in the worker with the same results and progress', async () => {
    const { inputs, analysis, workers, show } = setup(true);
    const source = sourceOf(generateNetwork({ id: 't', nodes: 400, edges: 1_200 }));
    show(source);
    expect(analysis.inWorker).toBe(true);
    expect(analysis.status).toBe('running');
    const seen: number[] = [];
    await until(() => {
      if (analysis.progress !== null) seen.push(analysis.progress);
      return analysis.metrics !== null && analysis.blocs !== null;
    });
    expect(analysis.status).toBe('idle');
    expect(analysis.progress).toBeNull();
    expect(seen.length).toBeGreaterThan(0);
    expect(analysis.blocs).toEqual(computeBlocs(source.network));
    const view = inputs.visibility!;
    expect(analysis.metrics).toEqual(computeMetrics(source.network.relations, view.nodes, view.edges, SAMPLING));
    const input = { graph: source.graph, relations: source.index.relations, from: 'n0', to: 'n9' };
    const options = DEFAULT_CONNECTION_OPTIONS;
    expect(await analysis.connections('n0', 'n9', view.edges, options)).toEqual(
      findConnections(input, view.edges, options),
    );
    expect(workers).toHaveLength(1);
  });

  it('recomputes metrics when the view changes, asking the worker once per quiet spell', async () => {
    const { inputs, analysis, workers, show } = setup(true);
    const source = sourceOf(generateNetwork({ id: 't', nodes: 200, edges: 600 }));
    show(source);
    await until(() => analysis.metrics !== null);
    for (const type of ['allied', 'met', 'criticized']) {
      inputs.visibility = computeVisibility(source.graph, { ...EMPTY_FILTERS, hiddenRelations: new Set([type]) });
      flushSync();
    }
    await until(
      () => analysis.status === 'idle' && analysis.metrics!.byActor.size > 0 && workers[0].state.queue.length === 0,
    );
    const last = inputs.visibility!;
    expect(analysis.metrics).toEqual(computeMetrics(source.network.relations, last.nodes, last.edges, SAMPLING));
    const metricsRequests = workers[0].received.filter((m) => m.type === 'request' && m.request.kind === 'metrics');
    expect(metricsRequests).toHaveLength(2);
  });

  it('drops the answers about a network replaced meanwhile', async () => {
    const { analysis, show } = setup(true);
    const first = sourceOf(generateNetwork({ id: 'a', nodes: 300, edges: 900 }));
    const second = sourceOf(generateNetwork({ id: 'b', nodes: 120, edges: 300 }));
    show(first);
    const paths = analysis.connections('n0', 'n5', null, DEFAULT_CONNECTION_OPTIONS);
    show(second);
    await expect(paths).rejects.toSatisfy((e) => isAnalysisError(e));
    await until(() => analysis.metrics !== null && analysis.blocs !== null);
    expect(analysis.blocs).toEqual(computeBlocs(second.network));
    expect(analysis.metrics!.byActor.size).toBe(120);
  });

  it('cancels what is under way', async () => {
    const { analysis, show } = setup(true);
    show(sourceOf(generateNetwork({ id: 't', nodes: 300, edges: 900 })));
    await settle(1);
    expect(analysis.status).toBe('running');
    analysis.cancel();
    expect(analysis.status).toBe('idle');
    await settle();
    expect(analysis.metrics).toBeNull();
    expect(analysis.blocs).toBeNull();
  });
});
