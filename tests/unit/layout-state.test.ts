/**
 * The layout's reactive state, over the real controller with the Worker class faked: status
 * and progress follow the worker, a failure becomes `error`, onSettled hears of runs that
 * ended by themselves (once idle), and a new start or a kill leaves the old run's worker
 * terminated and unheard.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { LayoutState } from '../../src/lib/layout/layout-state.svelte';
import { smallDataset } from '../fixtures/small-graph';
import { FakeWorker, latestWorker, positionsFor, startOf } from './support/fake-layout-worker';

beforeEach(() => {
  FakeWorker.instances = [];
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function setup() {
  const graph = buildGraph(smallDataset());
  const onSettled = vi.fn();
  const layout = new LayoutState({ onSettled });
  return { graph, layout, onSettled };
}

const done = (count: number, state: 'settled' | 'capped' | 'stopped') =>
  ({ type: 'done', positions: positionsFor(count), iterations: 100, state, spreadPasses: 0 }) as const;

describe('LayoutState', () => {
  it('starts idle, with no progress and no error', () => {
    const { layout } = setup();
    expect(layout.status).toBe('idle');
    expect(layout.progress).toBe(0);
    expect(layout.error).toBeNull();
  });

  it('runs the graph’s layout in a worker and follows its progress', () => {
    const { graph, layout } = setup();
    layout.start(graph, () => 0.25);
    expect(FakeWorker.instances).toHaveLength(1);
    expect(startOf(latestWorker()).unitsPerPixel).toBe(0.25);
    expect(layout.status).toBe('running');
    latestWorker().reply({ type: 'progress', iterations: 10, progress: 0.2 });
    expect(layout.progress).toBe(0.2);
    latestWorker().reply({ type: 'positions', positions: positionsFor(graph.order, 3), iterations: 20, progress: 0.4 });
    expect(layout.progress).toBe(0.4);
    expect(graph.getNodeAttribute(graph.nodes()[0], 'x')).toBe(3);
  });

  it('calls onSettled once idle when the run settles or reaches its cap by itself', () => {
    for (const state of ['settled', 'capped'] as const) {
      const { graph, layout, onSettled } = setup();
      onSettled.mockImplementation(() => {
        expect(layout.status).toBe('idle');
        expect(graph.getNodeAttribute(graph.nodes()[0], 'x')).toBe(1000);
      });
      layout.start(graph);
      latestWorker().reply(done(graph.order, state));
      expect(onSettled).toHaveBeenCalledTimes(1);
      expect(layout.status).toBe('idle');
      expect(layout.progress).toBe(1);
      expect(latestWorker().terminated).toBe(true);
    }
  });

  it('does not call onSettled for a stopped run, nor when the stopped worker never answers', () => {
    vi.useFakeTimers();
    try {
      const { graph, layout, onSettled } = setup();
      layout.start(graph);
      layout.stop();
      expect(latestWorker().sent[1].message).toMatchObject({ type: 'stop' });
      latestWorker().reply(done(graph.order, 'stopped'));
      expect(layout.status).toBe('idle');

      layout.start(graph);
      layout.stop();
      vi.runAllTimers();
      expect(latestWorker().terminated).toBe(true);
      expect(layout.status).toBe('idle');
      expect(onSettled).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a failure as its error code until the next start', () => {
    const { graph, layout, onSettled } = setup();
    layout.start(graph);
    latestWorker().reply({ type: 'error', message: 'layout data: 3 sizes for 5 nodes' });
    expect(layout.error).toEqual({ code: 'layout-failed', detail: 'layout data: 3 sizes for 5 nodes' });
    expect(layout.status).toBe('idle');
    expect(onSettled).not.toHaveBeenCalled();

    layout.start(graph);
    expect(layout.error).toBeNull();
    expect(layout.progress).toBe(0);
    latestWorker().onerror?.(new Event('error', { cancelable: true }));
    expect(layout.error).toEqual({ code: 'layout-failed' });
  });

  it('replaces a run in progress on start, and no longer hears the old worker', () => {
    const { graph, layout, onSettled } = setup();
    layout.start(graph);
    const old = latestWorker();
    old.reply({ type: 'progress', iterations: 50, progress: 0.5 });
    const other = buildGraph({ ...smallDataset(), actors: smallDataset().actors.slice(0, 3), relations: [] });
    layout.start(other);
    expect(old.terminated).toBe(true);
    expect(FakeWorker.instances).toHaveLength(2);
    expect(layout.status).toBe('running');
    expect(layout.progress).toBe(0);
    old.reply(done(graph.order, 'settled'));
    old.reply({ type: 'error', message: 'late' });
    expect(layout.status).toBe('running');
    expect(layout.error).toBeNull();
    expect(onSettled).not.toHaveBeenCalled();
    latestWorker().reply(done(other.order, 'settled'));
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('kills the run at once: idle, worker terminated, nothing heard afterwards', () => {
    const { graph, layout, onSettled } = setup();
    layout.start(graph);
    const worker = latestWorker();
    layout.kill();
    expect(worker.terminated).toBe(true);
    expect(layout.status).toBe('idle');
    worker.reply(done(graph.order, 'settled'));
    expect(onSettled).not.toHaveBeenCalled();
    layout.kill();
    layout.stop();
    expect(layout.status).toBe('idle');
  });

  it('has nothing to run for fewer than two nodes', () => {
    const { layout, onSettled } = setup();
    const lonely = buildGraph({ actors: smallDataset().actors.slice(0, 1), relations: [] });
    layout.start(lonely);
    expect(FakeWorker.instances).toHaveLength(0);
    expect(layout.status).toBe('idle');
    expect(onSettled).not.toHaveBeenCalled();
  });

  it('reports a worker that cannot be created as its error', () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('Refused to create a worker');
        }
      },
    );
    const { graph, layout } = setup();
    layout.start(graph);
    expect(layout.status).toBe('idle');
    expect(layout.error).toEqual({ code: 'layout-failed', detail: 'Refused to create a worker' });
  });
});
