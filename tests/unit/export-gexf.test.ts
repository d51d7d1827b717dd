import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-gexf/browser';
import { toGexf, type NodeAppearances } from '../../src/lib/export';
import { RELATION_TYPES, isRelationTypeId } from '../../src/lib/vocabulary/relation-types';
import { hostileNetwork, petroNetwork } from '../fixtures/export-networks';
import type { Network } from '../../src/lib/data/network';

const GEXF_NS = 'http://gexf.net/1.3';
const VIZ_NS = 'http://gexf.net/1.3/viz';

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** attvalues of one node or edge element by attribute title. */
function values(doc: Document, element: Element): Record<string, string> {
  const cls = element.localName;
  const titles = new Map<string, string>();
  for (const block of Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'attributes'))) {
    if (block.getAttribute('class') !== cls) continue;
    for (const a of Array.from(block.getElementsByTagNameNS(GEXF_NS, 'attribute'))) {
      titles.set(a.getAttribute('id')!, a.getAttribute('title')!);
    }
  }
  const out: Record<string, string> = {};
  for (const v of Array.from(element.getElementsByTagNameNS(GEXF_NS, 'attvalue'))) {
    out[titles.get(v.getAttribute('for')!)!] = v.getAttribute('value')!;
  }
  return out;
}

function declared(doc: Document, cls: string): Record<string, string> {
  const block = Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'attributes')).find(
    (b) => b.getAttribute('class') === cls,
  )!;
  return Object.fromEntries(
    Array.from(block.getElementsByTagNameNS(GEXF_NS, 'attribute')).map((a) => [
      a.getAttribute('title'),
      a.getAttribute('type'),
    ]),
  );
}

function byId(doc: Document, tag: 'node' | 'edge', id: string): Element {
  const found = Array.from(doc.getElementsByTagNameNS(GEXF_NS, tag)).find((e) => e.getAttribute('id') === id);
  if (!found) throw new Error(`no ${tag} ${id}`);
  return found;
}

describe('toGexf on hostile strings', () => {
  const network = hostileNetwork();
  const file = toGexf(network);
  const doc = parseXml(file.content);

  it('is GEXF 1.3, dynamic with dates, and never uses the invalid "mixed" default', () => {
    expect(file.name).toBe('hostile-network-test-bogota.gexf');
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe(GEXF_NS);
    expect(root.getAttribute('version')).toBe('1.3');
    const graph = doc.getElementsByTagNameNS(GEXF_NS, 'graph')[0];
    expect(graph.getAttribute('mode')).toBe('dynamic');
    expect(graph.getAttribute('timeformat')).toBe('date');
    expect(['directed', 'undirected']).toContain(graph.getAttribute('defaultedgetype'));
    expect(doc.getElementsByTagNameNS(GEXF_NS, 'description')[0].textContent).toBe(network.name);
  });

  it('keeps every id and label exactly, line breaks included', () => {
    const nodes = Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'node'));
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(['a&b', 'b', 'c<>', 'd']);
    expect(nodes.map((n) => n.getAttribute('label'))).toEqual(network.actors.map((a) => a.label));
    const edges = Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'edge'));
    expect(edges.map((e) => e.getAttribute('id'))).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(edges.map((e) => [e.getAttribute('source'), e.getAttribute('target')])).toEqual(
      network.relations.map((r) => [r.source, r.target]),
    );
  });

  it('writes actor fields and typed custom attributes, renaming one that clashes', () => {
    expect(declared(doc, 'node')).toEqual({
      kind: 'string',
      country: 'string',
      aliases: 'string',
      description: 'string',
      score: 'double',
      active: 'boolean',
      note: 'string',
      attr_label: 'string',
    });
    expect(values(doc, byId(doc, 'node', 'a&b'))).toEqual({
      kind: 'person',
      country: 'CO',
      aliases: "Tom, the cat | O'Malley",
      description: network.actors[0].description,
      score: '3',
      active: 'true',
      note: '=HYPERLINK("http://evil.example")',
      attr_label: 'clashes with label',
    });
    expect(values(doc, byId(doc, 'node', 'b'))).toEqual({ kind: 'custom kind', score: '4.25', active: 'false' });
  });

  it('drops the characters XML 1.0 cannot hold and nothing else', () => {
    expect(values(doc, byId(doc, 'node', 'c<>')).description).toBe('control  char and lone surrogate  end');
  });

  it('gives each edge its type as kind, its direction and the vocabulary label', () => {
    const edges = Array.from(doc.getElementsByTagNameNS(GEXF_NS, 'edge'));
    expect(edges.map((e) => e.getAttribute('kind'))).toEqual([
      'criticized',
      'allied',
      'custom-type',
      'criticized',
      'member-of',
    ]);
    expect(edges.map((e) => e.getAttribute('type'))).toEqual([
      'directed',
      'undirected',
      'undirected',
      'directed',
      'directed',
    ]);
    expect(edges.map((e) => e.getAttribute('label'))).toEqual([
      'Criticized',
      'Allied',
      'custom-type',
      'Criticized',
      'Member of',
    ]);
    expect(edges.map((e) => e.getAttribute('weight'))).toEqual([null, null, '2.5', null, null]);
  });

  it('turns dates into inclusive intervals covering the partial date, and keeps the partial dates', () => {
    const interval = (id: string) => {
      const e = byId(doc, 'edge', id);
      return [e.getAttribute('start'), e.getAttribute('end')];
    };
    expect(interval('r1')).toEqual(['2025-10-01', '2025-10-31']);
    expect(interval('r4')).toEqual(['2025-10-16', '2025-10-16']);
    expect(interval('r2')).toEqual(['2023-05-01', '2024-02-29']);
    expect(interval('r5')).toEqual(['2020-01-01', null]);
    expect(interval('r3')).toEqual([null, null]);
    expect(values(doc, byId(doc, 'edge', 'r1')).date).toBe('2025-10');
    expect(values(doc, byId(doc, 'edge', 'r2'))).toMatchObject({ start: '2023-05', end: '2024-02' });
  });

  it('flattens every evidence item and describes the relation type', () => {
    const r1 = values(doc, byId(doc, 'edge', 'r1'));
    expect(r1).toMatchObject({
      relation_label: 'Criticized',
      summary: network.relations[0].summary,
      polarity: 'hostile',
      cameo: '11',
      evidence_count: '2',
      evidence_1_document: 'doc-1',
      evidence_1_quote: network.relations[0].evidence[0].quote,
      evidence_2_document: 'doc-1',
      evidence_2_quote: network.relations[0].evidence[1].quote,
      sources: 'A "quoted", title & <tag> (Press, Inc., 2025-11)',
    });
    expect(r1.evidence_3_quote).toBeUndefined();
    const r3 = values(doc, byId(doc, 'edge', 'r3'));
    expect(r3).toEqual({
      relation_label: 'custom-type',
      evidence_count: '0',
      attr_label: 'edge attribute named label',
      confidence: '0.9',
    });
    expect(values(doc, byId(doc, 'edge', 'r5')).cameo).toBeUndefined();
  });

  it('writes the actors’ own position and colour when no drawn positions are given', () => {
    const viz = (id: string, name: string) => byId(doc, 'node', id).getElementsByTagNameNS(VIZ_NS, name)[0];
    expect(viz('a&b', 'position').getAttribute('x')).toBe('1.5');
    expect(viz('a&b', 'position').getAttribute('y')).toBe('-2');
    expect(viz('a&b', 'color').getAttribute('hex')).toBe('#ff0000');
    expect(['r', 'g', 'b'].map((c) => viz('c<>', 'color').getAttribute(c))).toEqual(['10', '20', '30']);
    expect(viz('b', 'position')).toBeUndefined();
  });

  it('can be read back by graphology-gexf with the same graph', () => {
    const graph = parse(MultiGraph, file.content);
    expect(graph.type).toBe('mixed');
    expect(graph.nodes()).toEqual(['a&b', 'b', 'c<>', 'd']);
    expect(graph.edges()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(graph.getEdgeAttribute('r2', 'kind')).toBe('allied');
    expect(graph.isDirected('r2')).toBe(false);
    expect(graph.isDirected('r4')).toBe(true);
    expect(graph.getNodeAttribute('a&b', 'label')).toBe(network.actors[0].label);
    expect(graph.getEdgeAttribute('r3', 'weight')).toBe(2.5);
  });
});

describe('toGexf with drawn positions', () => {
  it('writes position, size and colour from the map, over the actors’ own', () => {
    const positions: NodeAppearances = new Map([
      ['a&b', { x: 10, y: 20, size: 7, color: '#123456' }],
      ['b', { x: -1e-7, y: 3, size: 4, color: 'not a colour' }],
    ]);
    const doc = parseXml(toGexf(hostileNetwork(), positions).content);
    const viz = (id: string, name: string) => byId(doc, 'node', id).getElementsByTagNameNS(VIZ_NS, name)[0];
    expect(viz('a&b', 'position').getAttribute('x')).toBe('10');
    expect(viz('a&b', 'size').getAttribute('value')).toBe('7');
    expect(viz('a&b', 'color').getAttribute('hex')).toBe('#123456');
    expect(viz('b', 'position').getAttribute('x')).toBe('-1e-7');
    expect(viz('b', 'color')).toBeUndefined();
  });
});

describe('toGexf without dates', () => {
  it('is static and has no time format', () => {
    const network: Network = {
      name: 'n',
      documents: [],
      sources: {},
      actors: [
        { id: 'x', label: 'X', kind: 'k', aliases: [] },
        { id: 'y', label: 'Y', kind: 'k', aliases: [] },
      ],
      relations: [{ id: 'e', source: 'x', target: 'y', type: 'met', evidence: [] }],
    };
    const graph = parseXml(toGexf(network).content).getElementsByTagNameNS(GEXF_NS, 'graph')[0];
    expect(graph.getAttribute('mode')).toBe('static');
    expect(graph.hasAttribute('timeformat')).toBe(false);
    expect(graph.getAttribute('defaultedgetype')).toBe('undirected');
  });
});

describe('toGexf on the Petro dataset', () => {
  it('keeps every actor and relation with its type and direction', () => {
    const petro = petroNetwork();
    const graph = parse(MultiGraph, toGexf(petro).content);
    expect(graph.order).toBe(petro.actors.length);
    expect(graph.size).toBe(petro.relations.length);
    for (const r of petro.relations) {
      expect(graph.getEdgeAttribute(r.id, 'kind')).toBe(r.type);
      expect(graph.source(r.id)).toBe(r.source);
      expect(graph.isDirected(r.id)).toBe(isRelationTypeId(r.type) && RELATION_TYPES[r.type].directed);
      expect(graph.getEdgeAttribute(r.id, 'evidence_count')).toBe(r.evidence.length);
      expect(graph.getEdgeAttribute(r.id, `evidence_${r.evidence.length}_quote`)).toBe(r.evidence.at(-1)!.quote);
    }
  });
});
