/** A network that brings every position keeps it, and can get it back after a layout. */
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { filePositionsOf, restorePositions } from '../../src/lib/graph/file-layout';

const actors = [
  { id: 'a', label: 'A', kind: 'person', aliases: [], x: 10, y: -4 },
  { id: 'b', label: 'B', kind: 'person', aliases: [], x: 0, y: 7.5 },
];

describe('file layout', () => {
  it('is the file’s positions when every actor has one, and nothing otherwise', () => {
    expect(filePositionsOf(actors)).toEqual(
      new Map([
        ['a', { x: 10, y: -4 }],
        ['b', { x: 0, y: 7.5 }],
      ]),
    );
    expect(filePositionsOf([...actors, { id: 'c', label: 'C', kind: 'person', aliases: [] }])).toBeNull();
    expect(filePositionsOf([{ ...actors[0], x: Number.NaN }])).toBeNull();
    expect(filePositionsOf([])).toBeNull();
  });

  it('the graph starts where the file put the actors, and returns there after they moved', () => {
    const graph = buildGraph({ actors, relations: [] });
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 10, y: -4 });
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: 99, y: 99 }));
    restorePositions(graph, filePositionsOf(actors)!);
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 10, y: -4 });
    expect(graph.getNodeAttributes('b')).toMatchObject({ x: 0, y: 7.5 });
  });
});
