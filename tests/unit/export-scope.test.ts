import { describe, expect, it } from 'vitest';
import { slugify, subsetNetwork } from '../../src/lib/export';
import { hostileNetwork, petroNetwork } from '../fixtures/export-networks';
import { validateDataset } from '../../src/lib/data/validate';
import type { Network } from '../../src/lib/data/network';

const all = (network: Network) => ({
  nodes: new Set(network.actors.map((a) => a.id)),
  edges: new Set(network.relations.map((r) => r.id)),
});

describe('subsetNetwork', () => {
  it('keeps everything cited when the scope is everything, dropping only uncited documents', () => {
    const network = hostileNetwork();
    const subset = subsetNetwork(network, all(network));
    expect(subset.actors).toEqual(network.actors);
    expect(subset.relations).toEqual(network.relations);
    expect(subset.documents.map((d) => d.id)).toEqual(['doc-1', 'doc-2']);
    expect(Object.keys(subset.sources).sort()).toEqual(['doc-1', 'doc-2']);
    expect(subset.name).toBe(network.name);
  });

  it('keeps only listed actors and relations, in their original order', () => {
    const network = hostileNetwork();
    const subset = subsetNetwork(network, { nodes: new Set(['b', 'a&b']), edges: new Set(['r4', 'r1']) });
    expect(subset.actors.map((a) => a.id)).toEqual(['a&b', 'b']);
    expect(subset.relations.map((r) => r.id)).toEqual(['r1', 'r4']);
  });

  it('drops a listed relation whose actor is not listed', () => {
    const network = hostileNetwork();
    const subset = subsetNetwork(network, { nodes: new Set(['a&b', 'b']), edges: new Set(['r1', 'r2', 'r3']) });
    expect(subset.relations.map((r) => r.id)).toEqual(['r1']);
  });

  it('keeps a document and its text only when a kept relation cites it', () => {
    const network = hostileNetwork();
    const subset = subsetNetwork(network, { nodes: new Set(['a&b', 'b']), edges: new Set(['r4']) });
    expect(subset.documents.map((d) => d.id)).toEqual(['doc-2']);
    expect(subset.sources).toEqual({ 'doc-2': network.sources['doc-2'] });
  });

  it('does not change the network it was given', () => {
    const network = hostileNetwork();
    subsetNetwork(network, { nodes: new Set(), edges: new Set() });
    expect(network).toEqual(hostileNetwork());
  });

  it('cuts the Petro dataset into a part that still passes the strict dataset rules', () => {
    const petro = petroNetwork();
    const edges = new Set(petro.relations.filter((r) => r.type === 'sanctioned').map((r) => r.id));
    const nodes = new Set(petro.relations.filter((r) => edges.has(r.id)).flatMap((r) => [r.source, r.target]));
    const subset = subsetNetwork(petro, { nodes, edges });
    expect(subset.relations.length).toBe(edges.size);
    const { problems } = validateDataset({
      documents: subset.documents,
      actors: subset.actors,
      relations: subset.relations,
      sourceFiles: Object.fromEntries(subset.documents.map((d) => [d.file, subset.sources[d.id]])),
    });
    expect(problems).toEqual([]);
  });
});

describe('slugify', () => {
  it.each([
    ['Petro network', 'petro-network'],
    ['Bogotá & Ñandú!!', 'bogota-nandu'],
    ['  --Les Misérables (1862)--  ', 'les-miserables-1862'],
    ['Hostile "network" <test> & Bogotá 🐱', 'hostile-network-test-bogota'],
    ['', 'network'],
    ['🐱🐶', 'network'],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('caps the length without leaving a trailing hyphen', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
