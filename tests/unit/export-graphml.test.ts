import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml/browser';
import { toGraphml, type NodeAppearances } from '../../src/lib/export';
import { RELATION_TYPES, isRelationTypeId } from '../../src/lib/vocabulary/relation-types';
import { hostileNetwork, petroNetwork } from '../fixtures/export-networks';

const NS = 'http://graphml.graphdrawing.org/xmlns';

function parseXml(text: string): Document {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function keys(doc: Document, target: string): Record<string, { id: string; type: string }> {
  return Object.fromEntries(
    Array.from(doc.getElementsByTagNameNS(NS, 'key'))
      .filter((k) => k.getAttribute('for') === target)
      .map((k) => [k.getAttribute('attr.name'), { id: k.getAttribute('id')!, type: k.getAttribute('attr.type')! }]),
  );
}

/** data values of one element by key name. */
function data(doc: Document, element: Element): Record<string, string> {
  const names = new Map(
    Array.from(doc.getElementsByTagNameNS(NS, 'key')).map((k) => [k.getAttribute('id'), k.getAttribute('attr.name')!]),
  );
  return Object.fromEntries(
    Array.from(element.getElementsByTagNameNS(NS, 'data')).map((d) => [
      names.get(d.getAttribute('key')),
      d.textContent!,
    ]),
  );
}

function byId(doc: Document, tag: string, id: string): Element {
  return Array.from(doc.getElementsByTagNameNS(NS, tag)).find((e) => e.getAttribute('id') === id)!;
}

describe('toGraphml on hostile strings', () => {
  const network = hostileNetwork();
  const file = toGraphml(network);
  const doc = parseXml(file.content);

  it('declares every key with its type, custom attributes renamed when they clash', () => {
    expect(file.name).toBe('hostile-network-test-bogota.graphml');
    const nodeTypes = Object.fromEntries(Object.entries(keys(doc, 'node')).map(([k, v]) => [k, v.type]));
    expect(nodeTypes).toEqual({
      label: 'string',
      kind: 'string',
      country: 'string',
      aliases: 'string',
      description: 'string',
      x: 'double',
      y: 'double',
      color: 'string',
      score: 'double',
      active: 'boolean',
      note: 'string',
      attr_label: 'string',
    });
    const edgeTypes = Object.fromEntries(Object.entries(keys(doc, 'edge')).map(([k, v]) => [k, v.type]));
    expect(edgeTypes).toEqual({
      relation: 'string',
      label: 'string',
      summary: 'string',
      date: 'string',
      start: 'string',
      end: 'string',
      directed: 'boolean',
      weight: 'double',
      evidence_count: 'int',
      evidence: 'string',
      attr_label: 'string',
      confidence: 'double',
    });
    const ids = Array.from(doc.getElementsByTagNameNS(NS, 'key')).map((k) => k.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps ids, labels and text exactly, line breaks and carriage returns included', () => {
    expect(Array.from(doc.getElementsByTagNameNS(NS, 'node')).map((n) => n.getAttribute('id'))).toEqual([
      'a&b',
      'b',
      'c<>',
      'd',
    ]);
    expect(data(doc, byId(doc, 'node', 'a&b'))).toEqual({
      label: network.actors[0].label,
      kind: 'person',
      country: 'CO',
      aliases: "Tom, the cat | O'Malley",
      description: network.actors[0].description,
      x: '1.5',
      y: '-2',
      color: '#ff0000',
      score: '3',
      active: 'true',
      note: '=HYPERLINK("http://evil.example")',
      attr_label: 'clashes with label',
    });
    expect(data(doc, byId(doc, 'node', 'c<>')).description).toBe('control  char and lone surrogate  end');
    expect(Array.from(doc.getElementsByTagNameNS(NS, 'data'))[0].textContent).toBe(network.name);
  });

  it('states every edge’s direction on the edge and as data', () => {
    const edges = Array.from(doc.getElementsByTagNameNS(NS, 'edge'));
    expect(edges.map((e) => e.getAttribute('directed'))).toEqual(['true', 'false', 'false', 'true', 'true']);
    expect(edges.map((e) => data(doc, e).directed)).toEqual(['true', 'false', 'false', 'true', 'true']);
    expect(doc.getElementsByTagNameNS(NS, 'graph')[0].getAttribute('edgedefault')).toBe('undirected');
  });

  it('writes relation fields, partial dates as given and the evidence as JSON', () => {
    expect(data(doc, byId(doc, 'edge', 'r1'))).toEqual({
      relation: 'criticized',
      label: 'Criticized',
      summary: network.relations[0].summary,
      date: '2025-10',
      directed: 'true',
      evidence_count: '2',
      evidence: JSON.stringify(network.relations[0].evidence),
    });
    expect(JSON.parse(data(doc, byId(doc, 'edge', 'r1')).evidence)).toEqual(network.relations[0].evidence);
    expect(data(doc, byId(doc, 'edge', 'r2'))).toMatchObject({ start: '2023-05', end: '2024-02' });
    expect(data(doc, byId(doc, 'edge', 'r3'))).toMatchObject({
      weight: '2.5',
      attr_label: 'edge attribute named label',
      evidence: '[]',
    });
  });

  it('reads back in graphology with every edge’s direction right', () => {
    const graph = parse(MultiGraph, file.content);
    expect(graph.edges()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(graph.edges().map((e) => graph.isDirected(e))).toEqual([true, false, false, true, true]);
    expect(graph.getNodeAttribute('a&b', 'description')).toBe(network.actors[0].description);
    expect(graph.getEdgeAttribute('r3', 'weight')).toBe(2.5);
    expect(graph.getEdgeAttribute('r4', 'directed')).toBe(true);
  });
});

describe('toGraphml with drawn positions', () => {
  it('declares size and writes the drawn values over the actors’ own', () => {
    const positions: NodeAppearances = new Map([['b', { x: 4, y: -5, size: 6, color: 'rgba(1,2,3,0.5)' }]]);
    const doc = parseXml(toGraphml(hostileNetwork(), positions).content);
    expect(keys(doc, 'node').size.type).toBe('double');
    expect(data(doc, byId(doc, 'node', 'b'))).toMatchObject({ x: '4', y: '-5', size: '6', color: 'rgba(1,2,3,0.5)' });
    expect(data(doc, byId(doc, 'node', 'd')).x).toBeUndefined();
  });

  it('declares no position keys when nothing has a position', () => {
    const network = hostileNetwork();
    network.actors = network.actors.map(({ x: _x, y: _y, color: _c, ...actor }) => actor);
    const doc = parseXml(toGraphml(network).content);
    expect(Object.keys(keys(doc, 'node'))).not.toContain('x');
    expect(Object.keys(keys(doc, 'node'))).not.toContain('color');
  });
});

describe('toGraphml on the Petro dataset', () => {
  it('keeps every actor and relation with its type, direction and evidence', () => {
    const petro = petroNetwork();
    const graph = parse(MultiGraph, toGraphml(petro).content);
    expect(graph.order).toBe(petro.actors.length);
    expect(graph.size).toBe(petro.relations.length);
    for (const r of petro.relations) {
      expect(graph.getEdgeAttribute(r.id, 'relation')).toBe(r.type);
      expect(graph.isDirected(r.id)).toBe(isRelationTypeId(r.type) && RELATION_TYPES[r.type].directed);
      expect(JSON.parse(graph.getEdgeAttribute(r.id, 'evidence'))).toEqual(r.evidence);
      expect(graph.getEdgeAttribute(r.id, 'date')).toBe(r.date);
    }
  });
});
