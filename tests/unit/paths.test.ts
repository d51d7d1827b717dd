/**
 * The connection finder's core on hand-made graphs: parallel relations, polarity and time
 * order, walking against a relation's direction, the explanation of no connection, the
 * limit and the hop bound; graphology-simple-path serves as the oracle for the bounded walk.
 */
import { describe, expect, it } from 'vitest';
import { allSimplePaths } from 'graphology-simple-path';
import Graph from 'graphology';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { indexDataset } from '../../src/lib/graph/dataset-index';
import type { Network, NetworkRelation } from '../../src/lib/data/network';
import {
  citationLines,
  explainNoConnection,
  findConnections,
  type ConnectionInput,
  type ConnectionOptions,
} from '../../src/lib/analysis/paths';
import { smallDataset } from '../fixtures/small-graph';

const ANY: ConnectionOptions = { polarity: 'any', respectTimeOrder: false, allowUndated: true };

function rel(id: string, source: string, target: string, type: string, date?: string): NetworkRelation {
  return {
    id,
    source,
    target,
    type,
    ...(date ? { date } : {}),
    evidence: [{ document: 'd', quote: `quote of ${id}` }],
  };
}

function network(relations: NetworkRelation[]): Network {
  const ids = new Set(relations.flatMap((r) => [r.source, r.target]));
  return {
    name: 'test',
    documents: [{ id: 'd', title: 'Doc D', publisher: 'P', published: '2026', file: 'sources/d.txt' }],
    actors: [...ids].map((id) => ({ id, label: id.toUpperCase(), kind: 'person', aliases: [] })),
    relations,
    sources: {},
  };
}

function input(net: Network, from: string, to: string): ConnectionInput {
  return { graph: buildGraph(net), relations: indexDataset(net).relations, from, to };
}

const hopIds = (result: ReturnType<typeof findConnections>) =>
  result.paths.map((p) => p.hops.map((h) => h.relations.map((r) => r.id).join('+')).join(' '));

describe('findConnections', () => {
  it('groups parallel relations in one hop and walks against their direction', () => {
    const data = smallDataset();
    const result = findConnections(input(data, 'eln', 'trump'), null, ANY);
    expect(result.shortestLength).toBe(2);
    expect(result.paths[0].actors).toEqual(['eln', 'petro', 'trump']);
    expect(hopIds(result)[0]).toBe('r5 r2+r1+r3');
    const [first] = result.paths[0].hops[1].relations;
    expect(first).toMatchObject({ source: 'trump', target: 'petro', directed: true });
    // Longer chains come after: eln–petro–us–trump.
    expect(result.paths.map((p) => p.actors.join('>'))).toEqual(['eln>petro>trump', 'eln>petro>us>trump']);
  });

  it('walks undirected types both ways', () => {
    const net = network([rel('ab', 'a', 'b', 'allied'), rel('cb', 'c', 'b', 'allied')]);
    const forward = findConnections(input(net, 'a', 'c'), null, ANY);
    const backward = findConnections(input(net, 'c', 'a'), null, ANY);
    expect(forward.paths[0].actors).toEqual(['a', 'b', 'c']);
    expect(backward.paths[0].actors).toEqual(['c', 'b', 'a']);
    expect(backward.paths[0].hops[0].relations[0]).toMatchObject({ source: 'c', target: 'b', directed: false });
  });

  it('follows only the visible relations and the chosen polarity', () => {
    const data = smallDataset();
    const visible = new Set(['r5', 'r4', 'r6']);
    expect(hopIds(findConnections(input(data, 'eln', 'trump'), visible, ANY))).toEqual(['r5 r4 r6']);
    const hostile = findConnections(input(data, 'eln', 'trump'), null, { ...ANY, polarity: 'hostile' });
    expect(hostile.paths).toEqual([]);
    const net = network([rel('x', 'a', 'b', 'allied'), rel('y', 'a', 'b', 'accused'), rel('z', 'b', 'c', 'supported')]);
    const cooperative = findConnections(input(net, 'a', 'c'), null, { ...ANY, polarity: 'cooperative' });
    expect(hopIds(cooperative)).toEqual(['x z']);
  });

  it('keeps time order, dropping relations no ordered chain can use', () => {
    const net = network([
      rel('ab-2020', 'a', 'b', 'met', '2020'),
      rel('ab-2024', 'a', 'b', 'met', '2024'),
      rel('bc-2022', 'b', 'c', 'met', '2022-05'),
      rel('bc-undated', 'b', 'c', 'met'),
    ]);
    const ordered = { ...ANY, respectTimeOrder: true, allowUndated: false };
    expect(hopIds(findConnections(input(net, 'a', 'c'), null, ordered))).toEqual(['ab-2020 bc-2022']);
    expect(hopIds(findConnections(input(net, 'c', 'a'), null, ordered))).toEqual(['bc-2022 ab-2024']);
    const withUndated = { ...ordered, allowUndated: true };
    expect(hopIds(findConnections(input(net, 'a', 'c'), null, withUndated))).toEqual([
      'ab-2020+ab-2024 bc-2022+bc-undated',
    ]);
    expect(hopIds(findConnections(input(net, 'c', 'a'), null, withUndated))).toEqual([
      'bc-2022+bc-undated ab-2020+ab-2024',
    ]);
  });

  it('returns at most 10 chains, shortest first, of at most 4 hops', () => {
    // a and z share 12 middle actors (2 hops each), plus one chain of 5 hops.
    const relations = Array.from({ length: 12 }, (_, i) => [
      rel(`a-m${i}`, 'a', `m${i}`, 'met'),
      rel(`m${i}-z`, `m${i}`, 'z', 'met'),
    ]).flat();
    relations.push(rel('a-p', 'a', 'p', 'met'), rel('p-q', 'p', 'q', 'met'), rel('q-m0', 'q', 'm0', 'met'));
    const result = findConnections(input(network(relations), 'a', 'z'), null, ANY);
    expect(result.paths).toHaveLength(10);
    expect(result.paths.every((p) => p.hops.length === 2)).toBe(true);
    const chain = network([
      rel('1', 'a', 'b', 'met'),
      rel('2', 'b', 'c', 'met'),
      rel('3', 'c', 'd', 'met'),
      rel('4', 'd', 'e', 'met'),
      rel('5', 'e', 'f', 'met'),
    ]);
    expect(findConnections(input(chain, 'a', 'e'), null, ANY).shortestLength).toBe(4);
    expect(findConnections(input(chain, 'a', 'f'), null, ANY).paths).toEqual([]);
  });

  it('finds the same chains as graphology-simple-path, in length order', () => {
    const net = network([
      rel('ab', 'a', 'b', 'met'),
      rel('bc', 'b', 'c', 'met'),
      rel('cd', 'c', 'd', 'met'),
      rel('ad', 'a', 'd', 'met'),
      rel('bd', 'b', 'd', 'met'),
      rel('ce', 'c', 'e', 'met'),
      rel('de', 'd', 'e', 'met'),
    ]);
    const result = findConnections(input(net, 'a', 'e'), null, { ...ANY, limit: 100 });
    const lengths = result.paths.map((p) => p.hops.length);
    expect(lengths).toEqual([...lengths].sort((x, y) => x - y));
    const oracle = new Graph({ type: 'undirected' });
    for (const r of net.relations) oracle.mergeEdge(r.source, r.target);
    const expected = allSimplePaths(oracle, 'a', 'e', { maxDepth: 4 }).map((p) => p.join('>'));
    expect(result.paths.map((p) => p.actors.join('>')).sort()).toEqual(expected.sort());
  });

  it('stops at the step budget and says so', () => {
    const relations = Array.from({ length: 50 }, (_, i) => [
      rel(`a-m${i}`, 'a', `m${i}`, 'met'),
      rel(`m${i}-z`, `m${i}`, 'z', 'met'),
    ]).flat();
    const result = findConnections(input(network(relations), 'a', 'z'), null, { ...ANY, budget: 5 });
    expect(result.truncated).toBe(true);
    expect(result.steps).toBeLessThanOrEqual(6);
  });
});

describe('explainNoConnection', () => {
  it('names each constraint whose relaxing opens a chain', () => {
    const data = smallDataset();
    const all = new Set(data.relations.map((r) => r.id));
    const byTime = new Set(['r5', 'r4', 'r6']);
    const byFilters = new Set(['r5', 'r1']);
    const explained = explainNoConnection(input(data, 'eln', 'trump'), { byFilters, byTime }, ANY);
    expect(explained).toEqual({ connected: true, openedBy: ['time-window', 'filters'] });
    const hostile = explainNoConnection(
      input(data, 'eln', 'trump'),
      { byFilters: all, byTime: all },
      {
        ...ANY,
        polarity: 'hostile',
      },
    );
    expect(hostile).toEqual({ connected: true, openedBy: ['polarity'] });
    const ordered = explainNoConnection(
      input(data, 'trump', 'eln'),
      { byFilters: all, byTime: all },
      {
        ...ANY,
        respectTimeOrder: true,
        allowUndated: false,
      },
    );
    expect(ordered).toEqual({ connected: true, openedBy: ['time-order'] });
  });

  it('says when the pair is not connected at all', () => {
    const data = smallDataset();
    const all = new Set(data.relations.map((r) => r.id));
    expect(explainNoConnection(input(data, 'alone', 'petro'), { byFilters: all, byTime: all }, ANY)).toEqual({
      connected: false,
      openedBy: [],
    });
  });
});

describe('citationLines', () => {
  it('gives one line per relation of each hop with its first quote, document and permalink', () => {
    const data = smallDataset();
    const { paths } = findConnections(input(data, 'eln', 'us'), null, ANY);
    const index = indexDataset(data);
    const lines = citationLines(paths[0], index.relations, index.documents, (id) => `https://x/#r=${id}`);
    expect(lines[0]).toEqual({
      relationId: 'r5',
      type: 'negotiated',
      source: 'petro',
      target: 'eln',
      directed: false,
      relation: { date: '2022', start: undefined, end: undefined },
      quote: 'a quote long enough to count',
      documentTitle: 'D',
      permalink: 'https://x/#r=r5',
    });
    expect(lines.map((l) => l.relationId)).toEqual(['r5', 'r4']);
  });
});
