// @vitest-environment node
/**
 * The graph the coding desk extends in place: new actors land beside their neighbours,
 * new relations get the program and direction a fresh build would give them, existing
 * positions never move, degrees and parallel curves follow; syncing to a smaller network
 * drops what left and brings it back later. Then the loaded network as base plus the
 * desk's additions: a base relation's new evidence after its own, the same graph object,
 * every look-up derived again.
 */
import { describe, expect, it } from 'vitest';
import type { Network, NetworkActor, NetworkRelation } from '../../src/lib/data/network';
import { actorNodeAttributes, buildGraph, type ActorGraph } from '../../src/lib/graph/build-graph';
import { extendGraph, syncGraph } from '../../src/lib/graph/extend-graph';
import {
  extendLoadedNetwork,
  loadNetwork,
  withAdditions,
  type NetworkAdditions,
} from '../../src/lib/state/loaded-network';
import { smallDataset } from '../fixtures/small-graph';

/** Positions as a layout leaves them: spread far beyond the unit square. */
const SPREAD: Record<string, [number, number]> = {
  petro: [0, 0],
  trump: [300, 40],
  us: [250, -200],
  eln: [-280, 120],
  alone: [-100, -300],
};

function laidOut(network: Pick<Network, 'actors' | 'relations'> = smallDataset()): ActorGraph {
  const graph = buildGraph(network);
  for (const [id, [x, y]] of Object.entries(SPREAD)) graph.mergeNodeAttributes(id, { x, y });
  return graph;
}

function positions(graph: ActorGraph): Record<string, [number, number]> {
  return Object.fromEntries(graph.mapNodes((node, a): [string, [number, number]] => [node, [a.x, a.y]]));
}

const maduro: NetworkActor = { id: 'maduro', label: 'Nicolás Maduro', kind: 'person', aliases: ['Maduro'] };
const loner: NetworkActor = { id: 'loner', label: 'Loner', kind: 'organization', aliases: [] };

function relation(id: string, source: string, target: string, type: string, date = '2025-11'): NetworkRelation {
  return {
    id,
    source,
    target,
    type,
    date,
    summary: id,
    translations: { es: { summary: `es ${id}` } },
    evidence: [{ document: 'desk-doc', quote: `a quote of the desk for ${id}`, claim: 'reported' }],
  };
}

const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('extendGraph', () => {
  it('places a new actor beside its neighbour, far closer to it than the picture spans', () => {
    const graph = laidOut();
    const before = positions(graph);
    const added = extendGraph(graph, [maduro], [relation('m1', 'maduro', 'eln', 'supported')]);
    expect(added).toEqual({ addedActors: ['maduro'], addedRelations: ['m1'] });
    const spot = positions(graph).maduro;
    const span = Math.max(...Object.values(SPREAD).flatMap(([x, y]) => [Math.abs(x), Math.abs(y)]));
    const fromNeighbour = distance(spot, before.eln);
    expect(fromNeighbour).toBeGreaterThan(0);
    expect(fromNeighbour).toBeLessThan(span * 0.1);
    for (const other of ['petro', 'trump', 'us', 'alone']) {
      expect(distance(spot, before[other])).toBeGreaterThan(fromNeighbour);
    }
    expect(graph.getNodeAttributes('maduro')).toMatchObject({ label: 'Nicolás Maduro', kind: 'person' });
  });

  it('places an actor related to two others near the middle of them', () => {
    const graph = laidOut();
    extendGraph(
      graph,
      [maduro],
      [relation('m1', 'maduro', 'trump', 'criticized'), relation('m2', 'us', 'maduro', 'sanctioned')],
    );
    const middle: [number, number] = [(SPREAD.trump[0] + SPREAD.us[0]) / 2, (SPREAD.trump[1] + SPREAD.us[1]) / 2];
    expect(distance(positions(graph).maduro, middle)).toBeLessThan(300 * 0.1);
  });

  it('places an actor with no relations at its seeded place', () => {
    const graph = laidOut();
    extendGraph(graph, [loner], []);
    const { x, y } = actorNodeAttributes(loner);
    expect(graph.getNodeAttributes('loner')).toMatchObject({ x, y, degree: 0 });
  });

  it('keeps every existing position', () => {
    const graph = laidOut();
    const before = positions(graph);
    extendGraph(
      graph,
      [maduro, loner],
      [relation('m1', 'maduro', 'petro', 'met'), relation('m2', 'us', 'petro', 'accused')],
    );
    const after = positions(graph);
    for (const id of Object.keys(before)) expect(after[id]).toEqual(before[id]);
  });

  it('adds edges in the direction of the relation, with the program, degrees and curves of a fresh build', () => {
    const base = smallDataset();
    const relations = [
      relation('m1', 'maduro', 'petro', 'criticized'),
      relation('m2', 'petro', 'maduro', 'met'),
      relation('r7', 'trump', 'petro', 'sanctioned'),
    ];
    const graph = laidOut();
    extendGraph(graph, [maduro], relations);
    expect([graph.source('m1'), graph.target('m1')]).toEqual(['maduro', 'petro']);
    expect(graph.getEdgeAttributes('m1')).toMatchObject({ relation: 'criticized', directed: true });
    expect(graph.getEdgeAttributes('m2')).toMatchObject({ relation: 'met', directed: false });
    const fresh = buildGraph({ actors: [...base.actors, maduro], relations: [...base.relations, ...relations] });
    fresh.forEachEdge((edge, attributes) => expect(graph.getEdgeAttributes(edge)).toEqual(attributes));
    fresh.forEachNode((node, { degree, size }) =>
      expect(graph.getNodeAttributes(node)).toMatchObject({ degree, size }),
    );
    expect(graph.getNodeAttribute('petro', 'degree')).toBe(5 + 3);
  });

  it('draws a lone new relation straight, with an arrow when it has a direction', () => {
    const graph = laidOut();
    extendGraph(
      graph,
      [maduro, loner],
      [relation('m1', 'maduro', 'eln', 'supported'), relation('m2', 'loner', 'alone', 'met')],
    );
    expect(graph.getEdgeAttribute('m1', 'type')).toBe('arrow');
    expect(graph.getEdgeAttribute('m2', 'type')).toBe('line');
    expect(graph.getNodeAttribute('alone', 'degree')).toBe(1);
  });

  it('leaves what is already there as it is and skips relations to actors it does not hold', () => {
    const graph = laidOut();
    const base = smallDataset();
    const added = extendGraph(graph, base.actors, [...base.relations, relation('x', 'petro', 'nobody', 'met')]);
    expect(added).toEqual({ addedActors: [], addedRelations: [] });
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(6);
  });
});

describe('syncGraph', () => {
  it('drops the relations and actors no longer in the network, and adds them back', () => {
    const base = smallDataset();
    const graph = laidOut();
    const before = positions(graph);
    const fewer = syncGraph(
      graph,
      base.actors.filter((a) => a.id !== 'alone'),
      base.relations.filter((r) => r.id !== 'r5'),
    );
    expect(fewer).toEqual({ addedActors: [], addedRelations: [], dropped: 2 });
    expect(graph.hasEdge('r5')).toBe(false);
    expect(graph.hasNode('alone')).toBe(false);
    expect(graph.getNodeAttribute('eln', 'degree')).toBe(0);
    expect(graph.getNodeAttribute('petro', 'degree')).toBe(4);

    const again = syncGraph(
      graph,
      [...base.actors, maduro],
      [...base.relations, relation('m1', 'maduro', 'petro', 'met')],
    );
    expect(again).toEqual({ addedActors: ['alone', 'maduro'], addedRelations: ['r5', 'm1'], dropped: 0 });
    expect(graph.getNodeAttribute('eln', 'degree')).toBe(1);
    expect(graph.getNodeAttribute('petro', 'degree')).toBe(6);
    const after = positions(graph);
    for (const id of ['petro', 'trump', 'us', 'eln']) expect(after[id]).toEqual(before[id]);
  });

  it('updates the curves of a pair that lost one of its parallel relations', () => {
    const base = smallDataset();
    const graph = laidOut();
    syncGraph(
      graph,
      base.actors,
      base.relations.filter((r) => r.id !== 'r2' && r.id !== 'r3'),
    );
    expect(graph.getEdgeAttributes('r1')).toMatchObject({ curvature: 0, type: 'arrow' });
  });
});

describe('withAdditions', () => {
  const desk = { id: 'desk-doc', title: 'Desk', publisher: 'P', published: '2025-12', file: 'sources/desk-doc.txt' };

  function additions(): NetworkAdditions {
    return {
      documents: [desk, smallDataset().documents[0]],
      sources: { 'desk-doc': 'the desk article' },
      actors: [maduro, smallDataset().actors[0]],
      relations: [
        { ...relation('r4', 'us', 'petro', 'sanctioned', '2025-10'), summary: 'ignored' },
        relation('m1', 'maduro', 'petro', 'met'),
      ],
    };
  }

  it('puts a base relation’s further evidence after its own and appends the new relations', () => {
    const base = smallDataset();
    const network = withAdditions(base, additions());
    expect(network.relations.map((r) => r.id)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'm1']);
    const r4 = network.relations.find((r) => r.id === 'r4')!;
    expect(r4.evidence).toEqual([
      ...base.relations[3].evidence,
      ...relation('r4', 'us', 'petro', 'sanctioned').evidence,
    ]);
    expect(r4.summary).toBe('r4');
    expect(network.relations[0]).toBe(base.relations[0]);
  });

  it('adds only new documents and actors, and the new texts', () => {
    const base = smallDataset();
    const network = withAdditions(base, additions());
    expect(network.documents.map((d) => d.id)).toEqual(['d', 'desk-doc']);
    expect(network.actors.map((a) => a.id)).toEqual(['petro', 'trump', 'us', 'eln', 'alone', 'maduro']);
    expect(network.sources).toEqual({ d: base.sources.d, 'desk-doc': 'the desk article' });
    expect(base.relations[3].evidence).toHaveLength(1);
    expect(base.actors).toHaveLength(5);
  });
});

describe('extendLoadedNetwork', () => {
  const additions: NetworkAdditions = {
    documents: [{ id: 'desk-doc', title: 'Desk', publisher: 'P', published: '2025-12', file: 'sources/desk-doc.txt' }],
    sources: { 'desk-doc': 'a quote of the desk for m1' },
    actors: [maduro],
    relations: [relation('m1', 'maduro', 'petro', 'met')],
  };

  it('keeps the same graph and derives the look-ups again', () => {
    const base = smallDataset();
    const loaded = loadNetwork(base);
    const graph = loaded.graph;
    const before = positions(graph);
    const extended = extendLoadedNetwork(loaded, base, additions);
    expect(extended.graph).toBe(graph);
    expect(graph.hasNode('maduro') && graph.hasEdge('m1')).toBe(true);
    for (const id of Object.keys(before)) expect(positions(graph)[id]).toEqual(before[id]);
    expect(extended.index.relations.get('m1')).toMatchObject({ source: 'maduro', target: 'petro' });
    expect(extended.index.actors.has('maduro')).toBe(true);
    expect(extended.index.documents.has('desk-doc')).toBe(true);
    expect(extended.corroboration.byRelation.has('m1')).toBe(true);
    expect(extended.known.relations.has('m1')).toBe(true);
    expect(extended.degrees.get('maduro')).toBe(1);
    expect(extended.degrees.get('petro')).toBe(6);
    expect(extended.network.sources['desk-doc']).toBe('a quote of the desk for m1');
    expect(loaded.index.relations.has('m1')).toBe(false);
  });

  it('withdraws what is no longer added, on the same graph', () => {
    const base = smallDataset();
    const loaded = loadNetwork(base);
    const extended = extendLoadedNetwork(loaded, base, additions);
    const withdrawn = extendLoadedNetwork(extended, base, { documents: [], sources: {}, actors: [], relations: [] });
    expect(withdrawn.graph).toBe(loaded.graph);
    expect(loaded.graph.hasNode('maduro')).toBe(false);
    expect(loaded.graph.hasEdge('m1')).toBe(false);
    expect(withdrawn.index.relations.has('m1')).toBe(false);
    expect(withdrawn.corroboration.byRelation.has('m1')).toBe(false);
    expect(withdrawn.degrees.get('petro')).toBe(5);
  });
});
