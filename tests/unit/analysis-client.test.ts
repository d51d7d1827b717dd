/**
 * The analysis worker's page side over the real worker handler, run in-process: answers equal
 * what the pure functions give on the page's thread, a cancelled request never runs, a request
 * about a replaced network fails as stale, betweenness reports progress, and a crashed or
 * disposed worker rejects what was pending with a code.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AnalysisClient, isAnalysisError } from '../../src/lib/analysis/analysis-client';
import { computeBlocs } from '../../src/lib/analysis/find-blocs';
import { computeMetrics } from '../../src/lib/analysis/metrics';
import { DEFAULT_CONNECTION_OPTIONS, explainNoConnection, findConnections } from '../../src/lib/analysis/paths';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { indexDataset } from '../../src/lib/graph/dataset-index';
import { computeVisibility, EMPTY_FILTERS } from '../../src/lib/state/filters';
import { generateNetwork } from '../bench/generate';
import { FakeAnalysisWorker, settle } from './support/fake-analysis-worker';

const SAMPLING = { sampleAbove: 100 };

function setup(nodes = 400, edges = 1_200) {
  const network = generateNetwork({ id: 'test', nodes, edges });
  const graph = buildGraph(network);
  const index = indexDataset(network);
  const view = computeVisibility(graph, { ...EMPTY_FILTERS, hiddenRelations: new Set(['criticized']) });
  const workers: FakeAnalysisWorker[] = [];
  const client = new AnalysisClient(() => {
    const worker = new FakeAnalysisWorker(SAMPLING);
    workers.push(worker);
    return worker;
  });
  client.load(network);
  return { network, graph, index, view, client, workers };
}

let clients: AnalysisClient[] = [];
afterEach(() => {
  for (const client of clients) client.dispose();
  clients = [];
});
const track = <T extends { client: AnalysisClient }>(value: T) => (clients.push(value.client), value);

describe('AnalysisClient', () => {
  it('answers blocs, metrics, connections and explanations as the page’s thread computes them', async () => {
    const { network, graph, index, view, client } = track(setup());
    const blocs = await client.blocs().promise;
    expect(blocs).toEqual(computeBlocs(network));
    const metrics = await client.metrics(view.nodes, view.edges).promise;
    const expected = computeMetrics(network.relations, view.nodes, view.edges, SAMPLING);
    expect(metrics.sampled).toBe(true);
    expect([...metrics.byActor]).toEqual([...expected.byActor]);
    expect(metrics).toEqual(expected);

    const options = { ...DEFAULT_CONNECTION_OPTIONS, respectTimeOrder: true };
    const input = { graph, relations: index.relations, from: 'n0', to: 'n7' };
    const connections = await client.connections('n0', 'n7', view.edges, options).promise;
    expect(connections).toEqual(findConnections(input, view.edges, options));
    expect(connections.paths.length).toBeGreaterThan(0);

    const visibility = { byFilters: view.edges, byTime: new Set([...view.edges].slice(0, 200)) };
    const hostile = { ...options, polarity: 'hostile' as const };
    const explanation = await client.explain('n3', 'n250', visibility, hostile).promise;
    expect(explanation).toEqual(explainNoConnection({ ...input, from: 'n3', to: 'n250' }, visibility, hostile));
  });

  it('reports betweenness progress, rising to 1', async () => {
    const { view, client } = track(setup());
    const onProgress = vi.fn();
    await client.metrics(view.nodes, view.edges, { onProgress }).promise;
    const fractions = onProgress.mock.calls.map(([f]) => f as number);
    expect(fractions.length).toBeGreaterThan(2);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('cancels a queued request: it rejects as cancelled and never runs', async () => {
    const { view, client, workers } = track(setup());
    const first = client.metrics(view.nodes, view.edges);
    const second = client.blocs();
    second.cancel();
    await expect(second.promise).rejects.toSatisfy((e) => isAnalysisError(e, 'cancelled'));
    await first.promise;
    await settle();
    const secondId = (
      workers[0].received.find((m) => m.type === 'request' && m.request.kind === 'blocs') as {
        requestId: number;
      }
    ).requestId;
    const answers = workers[0].posted.filter((m) => 'requestId' in m && m.requestId === secondId);
    expect(answers).toEqual([{ type: 'error', requestId: secondId, error: { code: 'cancelled' } }]);
    expect(client.pendingCount).toBe(0);
  });

  it('fails requests about a network that was replaced before they were answered', async () => {
    const { network, client } = track(setup());
    const old = client.blocs();
    client.load(network);
    await expect(old.promise).rejects.toSatisfy((e) => isAnalysisError(e, 'stale-network'));
    await expect(client.blocs().promise).resolves.toEqual(computeBlocs(network));
  });

  it('rejects pending requests with worker-failed when the worker crashes, and restarts on load', async () => {
    const { network, client, workers } = track(setup(50, 100));
    const pending = client.blocs();
    workers[0].crash();
    await expect(pending.promise).rejects.toSatisfy((e) => isAnalysisError(e, 'worker-failed'));
    expect(workers[0].terminated).toBe(true);
    await expect(client.blocs().promise).rejects.toSatisfy((e) => isAnalysisError(e, 'stale-network'));
    client.load(network);
    await expect(client.blocs().promise).resolves.toEqual(computeBlocs(network));
    expect(workers).toHaveLength(2);
  });

  it('terminates the worker on dispose and rejects what was pending', async () => {
    const { client, workers } = setup(50, 100);
    const pending = client.blocs();
    client.dispose();
    await expect(pending.promise).rejects.toSatisfy((e) => isAnalysisError(e, 'disposed'));
    expect(workers[0].terminated).toBe(true);
  });

  it('says when a computation throws, with a code', async () => {
    const { client, workers } = track(setup(50, 100));
    workers[0].state.metricsOptions = {
      get sampleAbove(): number {
        throw new Error('broken');
      },
    };
    const task = client.metrics(new Set(['n1']), new Set());
    await expect(task.promise).rejects.toSatisfy((e) => isAnalysisError(e, 'failed'));
  });
});
