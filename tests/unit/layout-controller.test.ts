/**
 * The layout controller's contract with its worker, with the Worker class faked (jsdom
 * has none): one module worker per run, the graph's matrices transferred in a start
 * message, positions applied in one graph update, the worker terminated when the layout
 * ends, is stopped, fails or is killed, and no callbacks after kill.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { settleRuleFor } from '../../src/lib/layout/convergence';
import { Fa2Controller, STOP_GRACE_MS } from '../../src/lib/layout/fa2-controller';
import type { FromWorker, StartMessage } from '../../src/lib/layout/layout-protocol';
import {
  NOVERLAP_MAX_ORDER,
  SPREAD_ON_STOP_MAX_ORDER,
  fa2SettingsFor,
  postIntervalFor,
} from '../../src/lib/layout/settings';
import { smallDataset } from '../fixtures/small-graph';

class FakeWorker {
  static instances: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  sent: Array<{ message: unknown; transfer?: Transferable[] }> = [];
  terminated = false;

  constructor(
    readonly url: URL | string,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.instances.push(this);
  }

  postMessage(message: unknown, transfer?: Transferable[]): void {
    this.sent.push({ message, transfer });
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent);
  }
}

const latest = () => FakeWorker.instances.at(-1)!;
const startOf = (worker: FakeWorker) => worker.sent[0].message as StartMessage;

/** `scale: null` leaves graphUnitsPerPixel out, as when no renderer is mounted. */
function setup(scale: (() => number | null) | null = () => 0.5) {
  const graph = buildGraph(smallDataset());
  const onStatus = vi.fn();
  const onProgress = vi.fn();
  const controller = new Fa2Controller(graph, { onStatus, onProgress, graphUnitsPerPixel: scale ?? undefined });
  return { graph, controller, onStatus, onProgress };
}

/** Positions that differ from any node's current place. */
function positionsFor(count: number, offset = 1000): Float32Array {
  return Float32Array.from({ length: count * 2 }, (_, i) => offset + i);
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
  it('starts one module worker and sends it the graph as transferred matrices with the size’s settings', () => {
    const { graph, controller, onStatus } = setup();
    controller.start();
    expect(FakeWorker.instances).toHaveLength(1);
    const worker = latest();
    expect(String(worker.url)).toMatch(/\/src\/lib\/layout\/layout\.worker\.ts/);
    expect(worker.options).toEqual({ type: 'module' });
    const start = startOf(worker);
    expect(start.type).toBe('start');
    expect(start.nodes).toBeInstanceOf(Float32Array);
    expect(start.nodes).toHaveLength(graph.order * 10);
    expect(start.edges).toHaveLength(graph.size * 3);
    expect(worker.sent[0].transfer).toEqual([start.nodes.buffer, start.edges.buffer]);
    // The matrices start from the graph's positions, every edge weighing 1.
    const first = graph.getNodeAttributes(graph.nodes()[0]);
    expect([start.nodes[0], start.nodes[1]]).toEqual([Math.fround(first.x), Math.fround(first.y)]);
    expect(start.edges[2]).toBe(1);
    expect(start.settings).toEqual(fa2SettingsFor(graph.order));
    expect(start.rule).toEqual(settleRuleFor(graph.order));
    expect(start.postEveryMs).toBe(postIntervalFor(graph.order));
    expect(start.unitsPerPixel).toBe(0.5);
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
    const { graph, controller, onStatus, onProgress } = setup();
    controller.start();
    const worker = latest();
    const positions = positionsFor(graph.order, 5);
    worker.reply({ type: 'done', positions, iterations: 450, state: 'settled', spreadPasses: 3 });
    expect(graph.getNodeAttribute(graph.nodes()[0], 'x')).toBe(5);
    expect(onProgress).toHaveBeenLastCalledWith(1);
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
    const { graph, controller, onStatus } = setup();
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
    expect(onStatus).toHaveBeenLastCalledWith('idle');
    expect(worker.terminated).toBe(true);
  });

  it('terminates a stopped worker that does not answer in time', () => {
    vi.useFakeTimers();
    const { controller, onStatus } = setup();
    controller.start();
    const worker = latest();
    controller.stop();
    vi.advanceTimersByTime(STOP_GRACE_MS - 1);
    expect(controller.running).toBe(true);
    vi.advanceTimersByTime(1);
    expect(controller.running).toBe(false);
    expect(worker.terminated).toBe(true);
    expect(onStatus).toHaveBeenLastCalledWith('idle');
  });

  it('kills the worker at once and calls nobody afterwards', () => {
    vi.useFakeTimers();
    const { graph, controller, onStatus, onProgress } = setup();
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
    vi.advanceTimersByTime(STOP_GRACE_MS * 2);
    expect(onStatus).not.toHaveBeenCalled();
    expect(onProgress).not.toHaveBeenCalled();
    controller.kill();
  });

  it('goes idle instead of throwing when the worker fails', () => {
    const { controller, onStatus } = setup();
    controller.start();
    const crashed = latest();
    const event = new Event('error', { cancelable: true });
    expect(() => crashed.onerror?.(event)).not.toThrow();
    expect(event.defaultPrevented).toBe(true);
    expect(crashed.terminated).toBe(true);
    expect(onStatus).toHaveBeenLastCalledWith('idle');

    controller.start();
    const failed = latest();
    failed.reply({ type: 'error', message: 'ForceAtlas2: bad settings' });
    expect(failed.terminated).toBe(true);
    expect(controller.running).toBe(false);
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
