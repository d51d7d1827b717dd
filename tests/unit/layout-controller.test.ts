/**
 * The layout controller's contract with its worker, with the Worker class faked (jsdom
 * has none): one module worker per run, the graph's arrays transferred in a start
 * message, positions applied in one graph update, the worker terminated when the layout
 * ends, is stopped, fails or is killed, failures reported as a code, and no callbacks
 * after kill.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { settleRuleFor } from '../../src/lib/layout/convergence';
import { Fa2Controller, STOP_GRACE_MS } from '../../src/lib/layout/fa2-controller';
import {
  NOVERLAP_MAX_ITERATIONS,
  NOVERLAP_MAX_ORDER,
  SPREAD_ON_STOP_MAX_ORDER,
  postIntervalFor,
} from '../../src/lib/layout/settings';
import { smallDataset } from '../fixtures/small-graph';
import { FakeWorker, latestWorker as latest, positionsFor, startOf } from './support/fake-layout-worker';

/** `scale: null` leaves graphUnitsPerPixel out, as when no renderer is mounted. */
function setup(scale: (() => number | null) | null = () => 0.5) {
  const graph = buildGraph(smallDataset());
  const onStatus = vi.fn();
  const onProgress = vi.fn();
  const onError = vi.fn();
  const onDone = vi.fn();
  const controller = new Fa2Controller(graph, {
    onStatus,
    onProgress,
    onError,
    onDone,
    graphUnitsPerPixel: scale ?? undefined,
  });
  return { graph, controller, onStatus, onProgress, onError, onDone };
}

beforeEach(() => {
  FakeWorker.instances = [];
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('Fa2Controller', () => {
  it('starts one module worker and sends it the graph as transferred arrays with the size’s rules', () => {
    const { graph, controller, onStatus } = setup();
    controller.start();
    expect(FakeWorker.instances).toHaveLength(1);
    const worker = latest();
    expect(String(worker.url)).toMatch(/\/src\/lib\/layout\/layout\.worker\.ts/);
    expect(worker.options).toEqual({ type: 'module' });
    const start = startOf(worker);
    expect(start.type).toBe('start');
    expect(start.positions).toBeInstanceOf(Float32Array);
    expect(start.sizes).toBeInstanceOf(Float32Array);
    expect(start.edges).toBeInstanceOf(Uint32Array);
    expect(worker.sent[0].transfer).toEqual([start.positions.buffer, start.sizes.buffer, start.edges.buffer]);
    // The arrays hold the graph's positions and sizes in node order, and its edges as index pairs.
    const nodes = graph.nodes();
    expect([...start.positions]).toEqual(
      nodes.flatMap((node) => [graph.getNodeAttribute(node, 'x'), graph.getNodeAttribute(node, 'y')].map(Math.fround)),
    );
    expect([...start.sizes]).toEqual(nodes.map((node) => Math.fround(graph.getNodeAttribute(node, 'size'))));
    expect([...start.edges]).toEqual(
      graph.mapEdges((_edge, _attributes, source, target) => [nodes.indexOf(source), nodes.indexOf(target)]).flat(),
    );
    // ForceAtlas2's settings are the worker's to choose: the page imports no layout library.
    expect(start).not.toHaveProperty('settings');
    expect(start.rule).toEqual(settleRuleFor(graph.order));
    expect(start.postEveryMs).toBe(postIntervalFor(graph.order));
    expect(start.unitsPerPixel).toBe(0.5);
    expect(start.noverlapMaxIterations).toBe(NOVERLAP_MAX_ITERATIONS);
    expect(onStatus).toHaveBeenCalledWith('running');
    expect(controller.running).toBe(true);
    controller.start();
    expect(FakeWorker.instances).toHaveLength(1);
  });

  it('applies posted positions to the graph in one update and reports progress', () => {
    const { graph, controller, onProgress } = setup();
    const updates = vi.fn();
    graph.on('eachNodeAttributesUpdated', updates);
    controller.start();
    const positions = positionsFor(graph.order);
    latest().reply({ type: 'positions', positions, iterations: 10, progress: 0.25 });
    expect(updates).toHaveBeenCalledTimes(1);
    graph.forEachNode((node, attributes) => {
      const i = graph.nodes().indexOf(node);
      expect([attributes.x, attributes.y]).toEqual([positions[2 * i], positions[2 * i + 1]]);
    });
    expect(onProgress).toHaveBeenCalledWith(0.25);
    expect(controller.running).toBe(true);
    // Progress alone moves the bar and leaves the graph alone.
    latest().reply({ type: 'progress', iterations: 20, progress: 0.5 });
    expect(onProgress).toHaveBeenLastCalledWith(0.5);
    expect(updates).toHaveBeenCalledTimes(1);
  });

  it('applies the final positions, goes idle and terminates the worker when the layout is done', () => {
    const { graph, controller, onStatus, onProgress, onDone, onError } = setup();
    controller.start();
    const worker = latest();
    const positions = positionsFor(graph.order, 5);
    onDone.mockImplementation(() => {
      // Told how the layout ended with the positions in place, just before going idle.
      expect(graph.getNodeAttribute(graph.nodes()[0], 'x')).toBe(5);
      expect(onStatus).not.toHaveBeenCalledWith('idle');
    });
    worker.reply({ type: 'done', positions, iterations: 450, state: 'settled', spreadPasses: 3 });
    expect(graph.getNodeAttribute(graph.nodes()[0], 'x')).toBe(5);
    expect(onProgress).toHaveBeenLastCalledWith(1);
    expect(onDone).toHaveBeenCalledExactlyOnceWith('settled');
    expect(onError).not.toHaveBeenCalled();
    expect(onStatus).toHaveBeenLastCalledWith('idle');
    expect(worker.terminated).toBe(true);
    expect(controller.running).toBe(false);
    // A late message from the terminated worker changes nothing.
    worker.reply({ type: 'positions', positions: positionsFor(graph.order, 99), iterations: 1, progress: 0.1 });
    expect(graph.getNodeAttribute(graph.nodes()[0], 'x')).toBe(5);
    // Running again takes a fresh worker.
    controller.start();
    expect(FakeWorker.instances).toHaveLength(2);
    expect(latest().terminated).toBe(false);
  });

  it('asks the worker to stop and goes idle with its last positions', () => {
    const { graph, controller, onStatus, onDone, onError } = setup();
    controller.start();
    const worker = latest();
    controller.stop();
    expect(worker.sent[1].message).toEqual({ type: 'stop', spread: true });
    expect(controller.running).toBe(true);
    controller.stop();
    expect(worker.sent).toHaveLength(2);
    worker.reply({
      type: 'done',
      positions: positionsFor(graph.order, 7),
      iterations: 12,
      state: 'stopped',
      spreadPasses: 4,
    });
    expect(graph.getNodeAttribute(graph.nodes()[0], 'x')).toBe(7);
    expect(onDone).toHaveBeenCalledExactlyOnceWith('stopped');
    expect(onError).not.toHaveBeenCalled();
    expect(onStatus).toHaveBeenLastCalledWith('idle');
    expect(worker.terminated).toBe(true);
  });

  it('terminates a stopped worker that does not answer in time', () => {
    vi.useFakeTimers();
    const { controller, onStatus, onDone, onError } = setup();
    controller.start();
    const worker = latest();
    controller.stop();
    vi.advanceTimersByTime(STOP_GRACE_MS - 1);
    expect(controller.running).toBe(true);
    vi.advanceTimersByTime(1);
    expect(controller.running).toBe(false);
    expect(worker.terminated).toBe(true);
    expect(onStatus).toHaveBeenLastCalledWith('idle');
    // Not an error, and no final positions.
    expect(onError).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('kills the worker at once and calls nobody afterwards', () => {
    vi.useFakeTimers();
    const { graph, controller, onStatus, onProgress, onError, onDone } = setup();
    controller.start();
    const worker = latest();
    controller.stop();
    onStatus.mockClear();
    controller.kill();
    expect(worker.terminated).toBe(true);
    expect(controller.running).toBe(false);
    worker.reply({
      type: 'done',
      positions: positionsFor(graph.order),
      iterations: 1,
      state: 'settled',
      spreadPasses: 0,
    });
    worker.onerror?.(new Event('error', { cancelable: true }));
    vi.advanceTimersByTime(STOP_GRACE_MS * 2);
    expect(onStatus).not.toHaveBeenCalled();
    expect(onProgress).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
    controller.kill();
  });

  it('reports a failing worker to onError with a code, then goes idle instead of throwing', () => {
    const { controller, onStatus, onError, onDone } = setup();
    onError.mockImplementation(() => expect(onStatus).not.toHaveBeenCalledWith('idle'));
    controller.start();
    const crashed = latest();
    const event = new Event('error', { cancelable: true });
    expect(() => crashed.onerror?.(event)).not.toThrow();
    expect(event.defaultPrevented).toBe(true);
    expect(crashed.terminated).toBe(true);
    expect(onError).toHaveBeenCalledExactlyOnceWith({ code: 'layout-failed' });
    expect(onStatus).toHaveBeenLastCalledWith('idle');
    onError.mockReset();

    // A script error in the worker: its message is the detail.
    controller.start();
    const thrown = new ErrorEvent('error', { cancelable: true, message: 'Uncaught RangeError: out of memory' });
    latest().onerror?.(thrown);
    expect(onError).toHaveBeenLastCalledWith({ code: 'layout-failed', detail: 'Uncaught RangeError: out of memory' });

    // The worker's own report.
    controller.start();
    const failed = latest();
    failed.reply({ type: 'error', message: 'layout data: edge 3 joins node 9, but there are 5 nodes' });
    expect(failed.terminated).toBe(true);
    expect(controller.running).toBe(false);
    expect(onError).toHaveBeenLastCalledWith({
      code: 'layout-failed',
      detail: 'layout data: edge 3 joins node 9, but there are 5 nodes',
    });

    // A message that could not be read.
    controller.start();
    const garbled = latest();
    garbled.onmessageerror?.(new MessageEvent('messageerror'));
    expect(garbled.terminated).toBe(true);
    expect(onError).toHaveBeenLastCalledWith({ code: 'layout-failed', detail: expect.any(String) });
    expect(onError).toHaveBeenCalledTimes(3);
    expect(onDone).not.toHaveBeenCalled();
    expect(onStatus).toHaveBeenLastCalledWith('idle');
  });

  it('reports a worker that cannot be created, and stays idle', () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new DOMException('Refused to create a worker', 'SecurityError');
        }
      },
    );
    const { controller, onStatus, onError } = setup();
    expect(() => controller.start()).not.toThrow();
    expect(onError).toHaveBeenCalledExactlyOnceWith({ code: 'layout-failed', detail: 'Refused to create a worker' });
    expect(onStatus).not.toHaveBeenCalled();
    expect(controller.running).toBe(false);
  });

  it('ignores failures of a worker it has already let go', () => {
    const { graph, controller, onError } = setup();
    controller.start();
    const first = latest();
    first.reply({
      type: 'done',
      positions: positionsFor(graph.order),
      iterations: 3,
      state: 'capped',
      spreadPasses: 0,
    });
    first.onerror?.(new Event('error', { cancelable: true }));
    first.reply({ type: 'error', message: 'late' });
    expect(onError).not.toHaveBeenCalled();
  });

  it('ends the layout when the positions no longer match the graph', () => {
    const { graph, controller } = setup();
    controller.start();
    const worker = latest();
    const before = graph.getNodeAttribute(graph.nodes()[0], 'x');
    worker.reply({ type: 'positions', positions: positionsFor(graph.order + 1), iterations: 1, progress: 0.1 });
    expect(graph.getNodeAttribute(graph.nodes()[0], 'x')).toBe(before);
    expect(worker.terminated).toBe(true);
    expect(controller.running).toBe(false);
  });

  it('skips noverlap when the renderer gives no scale, and does not start on fewer than two nodes', () => {
    const { controller } = setup(null);
    controller.start();
    expect(startOf(latest()).unitsPerPixel).toBeNull();
    controller.kill();

    const lonely = buildGraph({ actors: smallDataset().actors.slice(0, 1), relations: [] });
    const onStatus = vi.fn();
    new Fa2Controller(lonely, { onStatus }).start();
    expect(FakeWorker.instances).toHaveLength(1);
    expect(onStatus).not.toHaveBeenCalled();
  });

  it('leaves noverlap out on graphs too big for it, and out of a stop above its smaller limit', () => {
    const actorsOf = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ ...smallDataset().actors[0], id: `a${i}`, label: `A ${i}` }));
    const big = buildGraph({ actors: actorsOf(NOVERLAP_MAX_ORDER + 1), relations: [] });
    const bigController = new Fa2Controller(big, { onStatus: vi.fn(), graphUnitsPerPixel: () => 0.5 });
    bigController.start();
    expect(startOf(latest()).unitsPerPixel).toBeNull();
    bigController.stop();
    expect(latest().sent[1].message).toEqual({ type: 'stop', spread: false });
    bigController.kill();

    const medium = buildGraph({ actors: actorsOf(SPREAD_ON_STOP_MAX_ORDER + 1), relations: [] });
    const mediumController = new Fa2Controller(medium, { onStatus: vi.fn(), graphUnitsPerPixel: () => 0.5 });
    mediumController.start();
    expect(startOf(latest()).unitsPerPixel).toBe(0.5);
    mediumController.stop();
    expect(latest().sent[1].message).toEqual({ type: 'stop', spread: false });
    mediumController.kill();
  });
});
