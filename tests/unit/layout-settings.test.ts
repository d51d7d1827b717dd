// @vitest-environment node
/** The layout's settings by graph size: forces, Barnes–Hut, update rate, noverlap's reach. */
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import {
  BARNES_HUT_FROM,
  COARSE_THETA_FROM,
  NOVERLAP_MAX_ORDER,
  SPREAD_ON_STOP_MAX_ORDER,
  postIntervalFor,
} from '../../src/lib/layout/settings';
import { fa2SettingsFor, noverlapSettingsFor } from '../../src/lib/layout/worker-settings';

function pair(): Graph {
  const graph = new Graph();
  graph.addNode('a', { x: 0, y: 0, size: 1 });
  graph.addNode('b', { x: 1, y: 1, size: 1 });
  graph.addEdge('a', 'b');
  return graph;
}

describe('layout settings', () => {
  it('start from the library’s inferred settings, dissuade hubs and are valid', () => {
    for (const order of [2, 95, 1_000, 10_000, 50_000]) {
      const settings = fa2SettingsFor(order);
      const inferred = forceAtlas2.inferSettings(order);
      expect(settings).toMatchObject({
        gravity: inferred.gravity,
        scalingRatio: inferred.scalingRatio,
        slowDown: inferred.slowDown,
        strongGravityMode: inferred.strongGravityMode,
        outboundAttractionDistribution: true,
      });
      // The library validates settings when it runs.
      expect(() => forceAtlas2(pair(), { iterations: 1, settings })).not.toThrow();
    }
    expect(() => forceAtlas2(pair(), { iterations: 1, settings: { gravity: -1 } })).toThrow(/gravity/);
  });

  it('use Barnes–Hut above 400 nodes, with a coarser quadtree where iterations are scarce', () => {
    expect(fa2SettingsFor(BARNES_HUT_FROM).barnesHutOptimize).toBe(false);
    expect(fa2SettingsFor(BARNES_HUT_FROM + 1).barnesHutOptimize).toBe(true);
    expect(fa2SettingsFor(95)).toMatchObject({ barnesHutOptimize: false, barnesHutTheta: 0.5 });
    expect(fa2SettingsFor(COARSE_THETA_FROM).barnesHutTheta).toBe(0.5);
    expect(fa2SettingsFor(COARSE_THETA_FROM + 1).barnesHutTheta).toBe(1.2);
    expect(fa2SettingsFor(50_000)).toMatchObject({ barnesHutOptimize: true, barnesHutTheta: 1.2 });
  });

  it('post positions less often as graphs grow', () => {
    const intervals = [95, 1_000, 2_000, 10_000, 50_000].map(postIntervalFor);
    expect([...intervals].sort((a, b) => a - b)).toEqual(intervals);
    expect(postIntervalFor(95)).toBeLessThanOrEqual(100);
    expect(postIntervalFor(10_000)).toBeGreaterThanOrEqual(250);
    expect(postIntervalFor(50_000)).toBeGreaterThanOrEqual(1000);
  });

  it('keep noverlap to graphs where it is cheap, and cheaper still on stop', () => {
    expect(NOVERLAP_MAX_ORDER).toBeLessThanOrEqual(2000);
    expect(SPREAD_ON_STOP_MAX_ORDER).toBeLessThanOrEqual(NOVERLAP_MAX_ORDER);
    expect(noverlapSettingsFor(0.5)).toEqual({ ratio: 0.5, margin: 3, expansion: 1.05 });
    expect(() => noverlap(pair(), { maxIterations: 1, settings: noverlapSettingsFor(0.5) })).not.toThrow();
  });
});
