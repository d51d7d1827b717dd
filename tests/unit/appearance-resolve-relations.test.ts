/**
 * Resolving the appearance of relations (type, relation attribute, evidence width), counting
 * what is visible per legend category, and what resolving costs: an unchanged aspect is not
 * recomputed, and a 50k-actor network resolves completely.
 */
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/lib/data/network';
import { MISSING_COLOR, edgeSizeForEvidence, legendCounts, resolveAppearance } from '../../src/lib/appearance';
import { smallDataset } from '../fixtures/small-graph';
import { DEFAULT, actor, degreesOf, relation } from './support/appearance-network';

/** Four actors; four relations of fixed and imported types, three with a channel. */
function importedNetwork(): Pick<Network, 'actors' | 'relations'> {
  return {
    actors: [actor('a'), actor('b'), actor('c'), actor('d')],
    relations: [
      relation('r1', 'a', 'b', { type: 'allied', attributes: { channel: 'tv' } }),
      relation('r2', 'b', 'c', { type: 'trade', attributes: { channel: 'press' } }),
      relation('r3', 'c', 'a', { attributes: { channel: 'press' } }),
      relation('r4', 'a', 'd', { type: 'trade' }),
    ],
  };
}

describe('resolveAppearance: relations', () => {
  it('colours fixed types with the vocabulary, others generated, in vocabulary order', () => {
    const network = importedNetwork();
    const resolved = resolveAppearance(network, degreesOf(network), DEFAULT);
    expect(resolved.edgeColor.get('r1')).toBe('#009E73');
    expect(resolved.edgeColor.get('r3')).toBe('#88CCEE');
    expect(resolved.edgeColor.get('r2')).toBe(resolved.edgeColor.get('r4'));
    expect(resolved.legend.edgeColor.entries.map((entry) => [entry.category, entry.count])).toEqual([
      ['allied', 1],
      ['met', 1],
      ['trade', 2],
    ]);
  });

  it('colours by a categorical relation attribute', () => {
    const network = importedNetwork();
    const resolved = resolveAppearance(network, degreesOf(network), { ...DEFAULT, edgeColor: 'attr:channel' });
    expect(resolved.edgeColor.get('r2')).toBe(resolved.edgeColor.get('r3'));
    expect(resolved.edgeColor.get('r1')).not.toBe(resolved.edgeColor.get('r2'));
    expect(resolved.edgeColor.get('r4')).toBe(MISSING_COLOR);
    expect(resolved.edgeColorKey.get('r2')).toBe('press');
    expect(resolved.legend.edgeColor.entries.map((entry) => entry.category)).toEqual(['press', 'tv', '']);
  });

  it('sizes lines by evidence: 1.6, +0.6 per further piece, up to four', () => {
    const quote = { document: 'd', quote: 'q' };
    const network = {
      actors: [actor('a'), actor('b')],
      relations: [1, 2, 4, 9, 0].map((pieces, i) =>
        relation(`r${i}`, 'a', 'b', { evidence: Array(pieces).fill(quote) }),
      ),
    };
    const resolved = resolveAppearance(network, degreesOf(network), DEFAULT);
    expect([...resolved.edgeSize.values()].map((size) => Number(size.toFixed(2)))).toEqual([1.6, 2.2, 3.4, 3.4, 1.6]);
    expect(edgeSizeForEvidence(3)).toBeCloseTo(2.8);
  });
});

describe('legendCounts', () => {
  it('counts what is visible per category', () => {
    const network = smallDataset();
    const resolved = resolveAppearance(network, degreesOf(network), DEFAULT);
    const counts = legendCounts(resolved, new Set(['petro', 'trump', 'us', 'ghost']), new Set(['r1', 'r2', 'r3']));
    expect(counts.nodeColor).toEqual(
      new Map([
        ['person', 2],
        ['state', 1],
      ]),
    );
    expect(counts.edgeColor).toEqual(
      new Map([
        ['accused', 1],
        ['threatened', 1],
        ['met', 1],
      ]),
    );
    expect(legendCounts(resolved, new Set(), new Set()).nodeColor.size).toBe(0);
  });
});

describe('resolveAppearance: cost', () => {
  it('recomputes only the aspects whose choice or data changed', () => {
    const network = importedNetwork();
    const degrees = degreesOf(network);
    const first = resolveAppearance(network, degrees, DEFAULT);
    const same = resolveAppearance(network, degrees, { ...DEFAULT });
    expect(same.nodeColor).toBe(first.nodeColor);
    const recoloured = resolveAppearance(network, degrees, { ...DEFAULT, edgeColor: 'attr:channel' });
    expect(recoloured.nodeColor).toBe(first.nodeColor);
    expect(recoloured.nodeSize).toBe(first.nodeSize);
    expect(recoloured.edgeSize).toBe(first.edgeSize);
    expect(recoloured.edgeColor).not.toBe(first.edgeColor);
    const copy = { actors: [...network.actors], relations: [...network.relations] };
    const fresh = resolveAppearance(copy, degrees, DEFAULT);
    expect(fresh.nodeColor).not.toBe(first.nodeColor);
    expect(fresh.nodeColor).toEqual(first.nodeColor);
  });

  // Speed is measured by `npm run bench`, not asserted here: this checks the result at that size.
  it('resolves a 50k-actor, 100k-relation network completely', () => {
    const actors = Array.from({ length: 50_000 }, (_, i) =>
      actor(`n${i}`, { kind: i % 7 ? 'person' : 'guild', attributes: { group: `g${i % 12}`, score: i % 97 } }),
    );
    const relations = Array.from({ length: 100_000 }, (_, i) =>
      relation(`e${i}`, `n${i % 50_000}`, `n${(i * 7) % 50_000}`, { attributes: { channel: `c${i % 3}` } }),
    );
    const network = { actors, relations };
    const degrees = degreesOf(network);
    resolveAppearance(network, degrees, { nodeColor: 'attr:group', nodeSize: 'attr:score', edgeColor: 'attr:channel' });
    const resolved = resolveAppearance(network, degrees, DEFAULT);
    expect(resolved.nodeColor.size).toBe(50_000);
    expect(resolved.edgeColor.size).toBe(100_000);
    expect(resolved.legend.nodeColor.entries.map((entry) => [entry.category, entry.count])).toEqual([
      ['person', 42_857],
      ['guild', 7_143],
    ]);
  });
});
