/**
 * Resolving an appearance choice for actors: colours and sizes for every kind of
 * option (kind, file, categorical attribute, degree, numeric attribute, extra data) and the
 * fallbacks, with the legend in display order.
 */
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/lib/data/network';
import { MISSING_COLOR, nodeSizeForDegree, resolveAppearance } from '../../src/lib/appearance';
import { smallDataset } from '../fixtures/small-graph';
import { DEFAULT, actor, degreesOf, relation } from './support/appearance-network';

/** Six actors, some with a file colour, a party and a score; four relations with a channel. */
function importedNetwork(): Pick<Network, 'actors' | 'relations'> {
  return {
    actors: [
      actor('a', { kind: 'state', color: '#FF0000', attributes: { party: 'Green', score: 10 } }),
      actor('b', { kind: 'guild', color: '#FF0000', attributes: { party: 'Red', score: 0 } }),
      actor('c', { color: '#0000FF', attributes: { party: 'Red', score: '2.5' } }),
      actor('d', { kind: 'guild', attributes: { party: 'Red' } }),
      actor('e', { attributes: { party: 'Green', score: 'n/a' } }),
      actor('f', { kind: 'club' }),
    ],
    relations: [
      relation('r1', 'a', 'b', { type: 'allied', attributes: { channel: 'tv' } }),
      relation('r2', 'b', 'c', { type: 'trade', attributes: { channel: 'press' } }),
      relation('r3', 'c', 'a', { attributes: { channel: 'press' } }),
      relation('r4', 'a', 'd', { type: 'trade' }),
    ],
  };
}

describe('resolveAppearance: actors', () => {
  it('colours fixed kinds with the vocabulary and lists them in its order', () => {
    const network = smallDataset();
    const resolved = resolveAppearance(network, degreesOf(network), DEFAULT);
    expect(resolved.nodeColor.get('petro')).toBe('#4477AA');
    expect(resolved.nodeColor.get('us')).toBe('#228833');
    expect(resolved.nodeColor.get('eln')).toBe('#EE6677');
    expect(resolved.nodeColorKey.get('alone')).toBe('organization');
    expect(resolved.legend.nodeColor).toEqual({
      choice: 'kind',
      entries: [
        { category: 'person', color: '#4477AA', count: 2 },
        { category: 'state', color: '#228833', count: 1 },
        { category: 'armed-group', color: '#EE6677', count: 1 },
        { category: 'organization', color: '#66CCEE', count: 1 },
      ],
    });
  });

  it('generates colours for kinds outside the vocabulary, after the fixed ones', () => {
    const network = importedNetwork();
    const resolved = resolveAppearance(network, degreesOf(network), DEFAULT);
    expect(resolved.nodeColor.get('a')).toBe('#228833');
    const guild = resolved.nodeColor.get('b')!;
    expect(guild).toMatch(/^#[0-9A-F]{6}$/);
    expect(resolved.nodeColor.get('d')).toBe(guild);
    expect([guild, '#228833', '#4477AA']).not.toContain(resolved.nodeColor.get('f'));
    expect(resolved.legend.nodeColor.entries.map((entry) => entry.category)).toEqual([
      'person',
      'state',
      'club',
      'guild',
    ]);
  });

  it("uses the file's colours, grey where the file gave none", () => {
    const network = importedNetwork();
    const resolved = resolveAppearance(network, degreesOf(network), { ...DEFAULT, nodeColor: 'file' });
    expect(resolved.nodeColor.get('a')).toBe('#FF0000');
    expect(resolved.nodeColor.get('c')).toBe('#0000FF');
    expect(resolved.nodeColor.get('d')).toBe(MISSING_COLOR);
    expect(resolved.nodeColorKey.get('d')).toBe('');
    expect(resolved.legend.nodeColor.entries).toEqual([
      { category: '#FF0000', color: '#FF0000', count: 2 },
      { category: '#0000FF', color: '#0000FF', count: 1 },
      { category: '', color: MISSING_COLOR, count: 3 },
    ]);
  });

  it('colours by a categorical attribute, missing values grey and last in the legend', () => {
    const network = importedNetwork();
    const resolved = resolveAppearance(network, degreesOf(network), { ...DEFAULT, nodeColor: 'attr:party' });
    const red = resolved.nodeColor.get('b')!;
    const green = resolved.nodeColor.get('a')!;
    expect(red).not.toBe(green);
    expect(resolved.nodeColor.get('d')).toBe(red);
    expect(resolved.nodeColor.get('f')).toBe(MISSING_COLOR);
    expect(resolved.legend.nodeColor).toEqual({
      choice: 'attr:party',
      entries: [
        { category: 'Red', color: red, count: 3 },
        { category: 'Green', color: green, count: 2 },
        { category: '', color: MISSING_COLOR, count: 1 },
      ],
    });
    const again = resolveAppearance(network, degreesOf(network), { ...DEFAULT, nodeColor: 'attr:party' });
    expect(again.nodeColor).toEqual(resolved.nodeColor);
  });

  it('sizes by degree as 3 + 1.7·√degree', () => {
    const network = importedNetwork();
    const resolved = resolveAppearance(network, degreesOf(network), DEFAULT);
    expect(resolved.nodeSize.get('a')).toBeCloseTo(3 + 1.7 * Math.sqrt(3));
    expect(resolved.nodeSize.get('f')).toBe(3);
    expect(resolved.legend.nodeSize).toEqual({
      choice: 'degree',
      min: 0,
      max: 3,
      minSize: 3,
      maxSize: nodeSizeForDegree(3),
    });
  });

  it('sizes by a numeric attribute on a square-root scale up to the largest degree dot (at least degree 9)', () => {
    const network = importedNetwork();
    const resolved = resolveAppearance(network, degreesOf(network), { ...DEFAULT, nodeSize: 'attr:score' });
    const ceiling = nodeSizeForDegree(9);
    expect(resolved.nodeSize.get('a')).toBeCloseTo(ceiling);
    expect(resolved.nodeSize.get('b')).toBe(3);
    expect(resolved.nodeSize.get('c')).toBeCloseTo(3 + (ceiling - 3) * Math.sqrt(0.25));
    expect(resolved.nodeSize.get('e')).toBe(3);
    expect(resolved.nodeSize.get('f')).toBe(3);
    expect(resolved.legend.nodeSize).toMatchObject({ choice: 'attr:score', min: 0, max: 10, minSize: 3 });
    expect(resolved.legend.nodeSize.maxSize).toBeCloseTo(ceiling);
  });

  it('falls back to kind and degree for ids it cannot draw', () => {
    const network = importedNetwork();
    const resolved = resolveAppearance(network, degreesOf(network), {
      nodeColor: 'bloc',
      nodeSize: 'pagerank',
      edgeColor: 'nope',
    });
    expect(resolved.legend.nodeColor.choice).toBe('kind');
    expect(resolved.legend.nodeSize.choice).toBe('degree');
    expect(resolved.legend.edgeColor.choice).toBe('type');
    expect(resolved.nodeColor.get('a')).toBe('#228833');
  });

  it('draws extra options from the data given for them', () => {
    const network = importedNetwork();
    const resolved = resolveAppearance(
      network,
      degreesOf(network),
      { nodeColor: 'bloc', nodeSize: 'pagerank', edgeColor: 'type' },
      {
        nodeCategories: new Map([
          [
            'bloc',
            new Map([
              ['a', 'north'],
              ['b', 'north'],
              ['c', 'south'],
            ]),
          ],
        ]),
        nodeValues: new Map([
          [
            'pagerank',
            new Map([
              ['a', 0.5],
              ['b', 0.1],
            ]),
          ],
        ]),
      },
    );
    expect(resolved.nodeColor.get('a')).toBe(resolved.nodeColor.get('b'));
    expect(resolved.nodeColor.get('d')).toBe(MISSING_COLOR);
    expect(resolved.legend.nodeColor.entries.map((entry) => [entry.category, entry.count])).toEqual([
      ['north', 2],
      ['south', 1],
      ['', 3],
    ]);
    expect(resolved.legend.nodeSize).toMatchObject({ choice: 'pagerank', min: 0.1, max: 0.5 });
    expect(resolved.nodeSize.get('b')).toBe(3);
  });
});
