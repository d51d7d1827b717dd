/** Blocs: seeded Louvain on cooperative relations, naming, and the inter-bloc matrix. */
import { describe, expect, it } from 'vitest';
import type { NetworkActor, NetworkRelation } from '../../src/lib/data/network';
import { BLOC_PREFIX, blocMatrix, blocName, blocNameWithSize } from '../../src/lib/analysis/blocs';
import { computeBlocs, cooperativeGraph } from '../../src/lib/analysis/find-blocs';
import {
  analysisAppearanceData,
  analysisAppearanceOptions,
  analysisOptionLabel,
  blocCategoryLabel,
  blocNames,
} from '../../src/lib/analysis/analysis-appearance';
import { appearanceOptions } from '../../src/lib/appearance/appearance';
import { petroNetwork } from '../fixtures/export-networks';
import { smallDataset } from '../fixtures/small-graph';

const actor = (id: string, label = id.toUpperCase()): NetworkActor => ({ id, label, kind: 'person', aliases: [] });
let next = 0;
const rel = (source: string, target: string, type: string): NetworkRelation => ({
  id: `r${next++}`,
  source,
  target,
  type,
  evidence: [],
});

/** Two cooperative cliques {a,b,c,d} and {e,f,g}, joined by one hostile edge d → e. */
function twoCliques() {
  const actors = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => actor(id));
  const relations: NetworkRelation[] = [];
  const clique = (ids: string[]) => {
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) relations.push(rel(ids[i], ids[j], 'allied'));
  };
  clique(['a', 'b', 'c', 'd']);
  clique(['e', 'f', 'g']);
  relations.push(rel('a', 'b', 'met')); // a and b: two cooperative relations, so a is central
  relations.push(rel('d', 'e', 'criticized'));
  relations.push(rel('a', 'e', 'attacked'));
  relations.push(rel('f', 'g', 'threatened'));
  relations.push(rel('h', 'a', 'member-of')); // structural only: h is in no bloc
  return { actors, relations };
}

describe('computeBlocs', () => {
  it('finds two blocs for two cooperative cliques joined by hostility', () => {
    const { blocs, blocOf } = computeBlocs(twoCliques());
    expect(blocs.map((bloc) => bloc.members)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e', 'f', 'g'],
    ]);
    expect(blocOf.has('h')).toBe(false);
    expect(blocOf.get('c')).toBe(`${BLOC_PREFIX}a`);
  });

  it('names a bloc after its most central member, ties by label', () => {
    const { blocs } = computeBlocs(twoCliques());
    expect(blocs[0]).toMatchObject({ id: 'bloc:a', centralId: 'a', centralLabel: 'A' });
    // e, f and g all have weighted degree 2: the label decides.
    expect(blocs[1]).toMatchObject({ id: 'bloc:e', centralLabel: 'E' });
    expect(blocName(blocs[0], 'en')).toBe('Bloc of A');
    expect(blocName(blocs[0], 'es')).toBe('Bloque de A');
    expect(blocNameWithSize(blocs[1], 'en')).toBe('Bloc of E (3 actors)');
    expect(blocNameWithSize(blocs[1], 'es')).toBe('Bloque de E (3 actores)');
  });

  it('gives the same blocs twice for the same seed', () => {
    const network = petroNetwork();
    const first = computeBlocs(network);
    const second = computeBlocs(network);
    expect(second.blocs).toEqual(first.blocs);
    expect([...second.blocOf]).toEqual([...first.blocOf]);
    expect(first.blocs.length).toBeGreaterThan(1);
  });

  it('has no bloc without cooperative relations', () => {
    const { actors, relations } = smallDataset();
    const hostileOnly = relations.filter((r) => r.type !== 'met' && r.type !== 'negotiated');
    expect(computeBlocs({ actors, relations: hostileOnly })).toEqual({
      blocs: [],
      blocOf: new Map(),
      basis: 'cooperative',
    });
  });

  it('groups a network without any polarity (plain links) on all its relations, and says so', () => {
    const { actors, relations } = twoCliques();
    const links = relations.filter((r) => r.type === 'allied' || r.type === 'met').map((r) => ({ ...r, type: 'link' }));
    const blocs = computeBlocs({ actors, relations: links });
    expect(blocs.basis).toBe('all');
    expect(blocs.blocs.length).toBe(2);
    expect(blocs.blocs.map((bloc) => bloc.members.length).sort()).toEqual([3, 4]);
  });

  it('weights the cooperative graph by the number of cooperative relations', () => {
    const { actors, relations } = twoCliques();
    const graph = cooperativeGraph(actors, relations);
    expect(graph.order).toBe(7);
    expect(graph.getEdgeAttribute(graph.edge('a', 'b')!, 'weight')).toBe(2);
    expect(graph.hasEdge('d', 'e')).toBe(false);
  });
});

describe('blocMatrix', () => {
  it('counts cooperative and hostile relations between and within blocs, visible only', () => {
    const network = twoCliques();
    const blocs = computeBlocs(network);
    const all = new Set(network.relations.map((r) => r.id));
    const matrix = blocMatrix(blocs, network.relations, all);
    expect(matrix.blocs.map((b) => b.id)).toEqual(['bloc:a', 'bloc:e']);
    expect(matrix.cells[0][0].cooperative).toHaveLength(7);
    expect(matrix.cells[0][0].hostile).toHaveLength(0);
    expect(matrix.cells[0][1].hostile).toHaveLength(2);
    expect(matrix.cells[1][0]).toBe(matrix.cells[0][1]);
    expect(matrix.cells[1][1]).toEqual({ cooperative: expect.any(Array), hostile: [expect.any(String)] });
    const hostileIds = matrix.cells[0][1].hostile;
    const fewer = blocMatrix(blocs, network.relations, new Set([...all].filter((id) => id !== hostileIds[0])));
    expect(fewer.cells[0][1].hostile).toEqual([hostileIds[1]]);
    expect(blocMatrix(blocs, network.relations, all, 1)).toMatchObject({ omitted: 1 });
  });
});

describe('analysis appearance', () => {
  it('offers Bloc through the appearance extension point, with bloc ids as categories', () => {
    const network = twoCliques();
    const blocs = computeBlocs(network);
    const options = appearanceOptions(network, analysisAppearanceOptions());
    expect(options.nodeColor.map((o) => o.id)).toContain('bloc');
    expect(options.nodeSize.map((o) => o.id)).toEqual(['degree', 'betweenness', 'pagerank', 'weighted-degree']);
    const data = analysisAppearanceData(blocs);
    expect(data.nodeCategories?.get('bloc')?.get('f')).toBe('bloc:e');
    const names = blocNames(blocs, 'es');
    expect(blocCategoryLabel('bloc', 'bloc:e', names)).toBe('Bloque de E');
    expect(blocCategoryLabel('kind', 'bloc:e', names)).toBeUndefined();
    expect(analysisOptionLabel('pagerank', 'en')).toBe('PageRank');
    expect(analysisOptionLabel('degree', 'en')).toBeUndefined();
  });
});
