/**
 * Focus sets per depth and direction on a small hand-made graph: a → b → c → d (directed
 * "sanctioned"), b — e (undirected "allied"), and a hidden relation c → f.
 */
import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import type { ActorGraph } from '../../src/lib/graph/build-graph';
import { focusVisibility } from '../../src/lib/analysis/focus';

function graph(): ActorGraph {
  const g = new MultiGraph({ allowSelfLoops: false }) as ActorGraph;
  for (const id of ['a', 'b', 'c', 'd', 'e', 'f'])
    g.addNode(id, { label: id, kind: 'person', x: 0, y: 0, size: 1, degree: 0 });
  const add = (id: string, source: string, target: string, directed: boolean) =>
    g.addDirectedEdgeWithKey(id, source, target, {
      relation: directed ? 'sanctioned' : 'allied',
      type: 'line',
      directed,
      curvature: 0,
    });
  add('ab', 'a', 'b', true);
  add('bc', 'b', 'c', true);
  add('cd', 'c', 'd', true);
  add('be', 'e', 'b', false);
  add('cf', 'c', 'f', true);
  return g;
}

const visibility = { nodes: new Set(['a', 'b', 'c', 'd', 'e', 'f']), edges: new Set(['ab', 'bc', 'cd', 'be']) };
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('focusVisibility', () => {
  it('grows with the depth over visible relations only', () => {
    const g = graph();
    expect(sorted(focusVisibility(g, 'b', 1, 'both', visibility).nodes)).toEqual(['a', 'b', 'c', 'e']);
    expect(sorted(focusVisibility(g, 'b', 2, 'both', visibility).nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // c → f is hidden: f is never reached.
    expect(focusVisibility(g, 'b', 3, 'both', visibility).nodes.has('f')).toBe(false);
    expect(sorted(focusVisibility(g, 'b', 1, 'both', visibility).edges)).toEqual(['ab', 'bc', 'be']);
  });

  it('follows directed relations one way and undirected ones both ways', () => {
    const g = graph();
    expect(sorted(focusVisibility(g, 'b', 1, 'out', visibility).nodes)).toEqual(['b', 'c', 'e']);
    expect(sorted(focusVisibility(g, 'b', 1, 'in', visibility).nodes)).toEqual(['a', 'b', 'e']);
    expect(sorted(focusVisibility(g, 'a', 3, 'out', visibility).nodes)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(sorted(focusVisibility(g, 'd', 2, 'in', visibility).nodes)).toEqual(['b', 'c', 'd']);
  });

  it('is empty for an actor that is hidden or absent', () => {
    const g = graph();
    expect(focusVisibility(g, 'zz', 1, 'both', visibility).nodes.size).toBe(0);
    const hidden = { nodes: new Set(['a', 'c']), edges: new Set<string>() };
    expect(focusVisibility(g, 'b', 1, 'both', hidden).nodes.size).toBe(0);
  });
});
