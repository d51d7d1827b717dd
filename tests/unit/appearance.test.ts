/**
 * The appearance as state: the menus a network offers, the default choice, reading the choice
 * from URL values (unknown ids ignored and reported as codes) and writing it back.
 */
import { describe, expect, it } from 'vitest';
import type { Network, NetworkActor } from '../../src/lib/data/network';
import {
  appearanceOptions,
  appearanceParams,
  attributeOfOption,
  attributeOptionId,
  defaultAppearance,
  hasFileColors,
  parseAppearance,
} from '../../src/lib/appearance';
import { smallDataset } from '../fixtures/small-graph';

function actor(id: string, extra: Partial<NetworkActor> = {}): NetworkActor {
  return { id, label: id, kind: 'node', aliases: [], ...extra };
}

/** A Gephi-like import: file colours on most actors, a community id, a score and free text. */
function gephiNetwork(): Pick<Network, 'actors' | 'relations'> {
  const actors = Array.from({ length: 8 }, (_, i) =>
    actor(`n${i}`, {
      ...(i < 6 ? { color: i % 2 ? '#FF0000' : '#0000FF' } : {}),
      attributes: { modularity_class: i % 3, score: i / 10, note: `free text ${i}` },
    }),
  );
  const relations = [
    { id: 'e1', source: 'n0', target: 'n1', type: 'edge', evidence: [], attributes: { kind: 'a' } },
    { id: 'e2', source: 'n1', target: 'n2', type: 'edge', evidence: [], attributes: { kind: 'a' } },
    { id: 'e3', source: 'n2', target: 'n3', type: 'edge', evidence: [], attributes: { kind: 'b' } },
  ];
  return { actors, relations };
}

describe('defaultAppearance', () => {
  it('colours the Petro network by kind, sizes by degree, colours lines by type', () => {
    expect(defaultAppearance(smallDataset())).toEqual({ nodeColor: 'kind', nodeSize: 'degree', edgeColor: 'type' });
  });

  it("uses the file's colours when most actors have one", () => {
    expect(defaultAppearance(gephiNetwork())).toEqual({ nodeColor: 'file', nodeSize: 'degree', edgeColor: 'type' });
  });

  it('needs more than half of the actors coloured', () => {
    const half = [actor('a', { color: '#000000' }), actor('b')];
    expect(hasFileColors(half)).toBe(false);
    expect(hasFileColors([...half, actor('c', { color: '#111111' })])).toBe(true);
    expect(hasFileColors([])).toBe(false);
    expect(defaultAppearance({ actors: half }).nodeColor).toBe('kind');
  });
});

describe('appearanceOptions', () => {
  it('offers only the built-in options for the Petro network', () => {
    expect(appearanceOptions(smallDataset())).toEqual({
      nodeColor: [{ id: 'kind', kind: 'builtin' }],
      nodeSize: [{ id: 'degree', kind: 'builtin' }],
      edgeColor: [{ id: 'type', kind: 'builtin' }],
    });
  });

  it('offers file colours, categorical attributes for colour and numeric ones for size', () => {
    expect(appearanceOptions(gephiNetwork())).toEqual({
      nodeColor: [
        { id: 'kind', kind: 'builtin' },
        { id: 'file', kind: 'builtin' },
        { id: 'attr:modularity_class', kind: 'attribute', name: 'modularity_class' },
      ],
      nodeSize: [
        { id: 'degree', kind: 'builtin' },
        { id: 'attr:modularity_class', kind: 'attribute', name: 'modularity_class' },
        { id: 'attr:score', kind: 'attribute', name: 'score' },
      ],
      edgeColor: [
        { id: 'type', kind: 'builtin' },
        { id: 'attr:kind', kind: 'attribute', name: 'kind' },
      ],
    });
  });

  it('puts extra options after the built-in ones, skipping ids already listed', () => {
    const options = appearanceOptions(gephiNetwork(), {
      nodeColor: [
        { id: 'bloc', kind: 'builtin' },
        { id: 'kind', kind: 'builtin' },
      ],
      nodeSize: [{ id: 'pagerank', kind: 'builtin' }],
    });
    expect(options.nodeColor.map((option) => option.id)).toEqual(['kind', 'file', 'bloc', 'attr:modularity_class']);
    expect(options.nodeSize.map((option) => option.id)).toEqual([
      'degree',
      'pagerank',
      'attr:modularity_class',
      'attr:score',
    ]);
    expect(options.edgeColor.map((option) => option.id)).toEqual(['type', 'attr:kind']);
  });
});

describe('parseAppearance', () => {
  const options = appearanceOptions(gephiNetwork());

  it('reads known ids', () => {
    expect(
      parseAppearance({ color: 'attr:modularity_class', size: 'attr:score', edgecolor: 'attr:kind' }, options),
    ).toEqual({
      choice: { nodeColor: 'attr:modularity_class', nodeSize: 'attr:score', edgeColor: 'attr:kind' },
      ignored: [],
    });
  });

  it('keeps the defaults for absent or empty values', () => {
    expect(parseAppearance({}, options)).toEqual({
      choice: { nodeColor: 'file', nodeSize: 'degree', edgeColor: 'type' },
      ignored: [],
    });
    expect(parseAppearance({ color: null, size: '' }, options).ignored).toEqual([]);
  });

  it('ignores unknown ids and reports them as codes', () => {
    const parsed = parseAppearance({ color: 'attr:note', size: 'betweenness', edgecolor: 'kind' }, options);
    expect(parsed.choice).toEqual({ nodeColor: 'file', nodeSize: 'degree', edgeColor: 'type' });
    expect(parsed.ignored).toEqual([
      { param: 'color', value: 'attr:note' },
      { param: 'size', value: 'betweenness' },
      { param: 'edgecolor', value: 'kind' },
    ]);
  });

  it("refuses 'file' when the file gave no colours", () => {
    const parsed = parseAppearance({ color: 'file' }, appearanceOptions(smallDataset()));
    expect(parsed.choice.nodeColor).toBe('kind');
    expect(parsed.ignored).toEqual([{ param: 'color', value: 'file' }]);
  });
});

describe('appearanceParams', () => {
  const options = appearanceOptions(gephiNetwork());

  it('writes only what differs from the default, and reads back the same choice', () => {
    expect(appearanceParams({ nodeColor: 'file', nodeSize: 'degree', edgeColor: 'type' }, options)).toEqual({});
    const choice = { nodeColor: 'kind', nodeSize: 'attr:score', edgeColor: 'type' };
    const params = appearanceParams(choice, options);
    expect(params).toEqual({ color: 'kind', size: 'attr:score' });
    expect(parseAppearance(params, options).choice).toEqual(choice);
  });
});

describe('attribute option ids', () => {
  it('round-trip attribute names, colons included', () => {
    expect(attributeOptionId('a:b')).toBe('attr:a:b');
    expect(attributeOfOption('attr:a:b')).toBe('a:b');
    expect(attributeOfOption('kind')).toBeUndefined();
  });
});
