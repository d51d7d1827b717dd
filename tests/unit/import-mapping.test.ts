/**
 * How every format's records become actors and relations: labels, kinds, positions and
 * colours; relation types (fixed vocabulary recognised), direction, dates, weights and
 * summaries; self-loops and overlong labels.
 */
import { describe, expect, it } from 'vitest';
import { importNetwork, type ImportResult } from '../../src/lib/import';
import { formatMessage, msg, type Message } from '../../src/lib/i18n/messages';

function english(messages: Message[]): string[] {
  return messages.map((message) => formatMessage(message, 'en'));
}

function open(name: string, text: string): Extract<ImportResult, { ok: true }> {
  const result = importNetwork([{ name, text }]);
  if (!result.ok) throw new Error(english(result.problems).join('\n'));
  return result;
}

function gexf(edges: string, graphAttributes = 'defaultedgetype="directed"', extraNodes = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph ${graphAttributes}>
    <attributes class="edge">
      <attribute id="0" title="relation" type="string"/>
    </attributes>
    <nodes>
      <node id="a" label="A"/>
      <node id="b" label="B"/>
      ${extraNodes}
    </nodes>
    <edges>
      ${edges}
    </edges>
  </graph>
</gexf>`;
}

describe('graphology JSON', () => {
  it('maps keys, attributes, positions, colours, kinds and the direction graphology gives each edge', () => {
    const json = JSON.stringify({
      attributes: { name: 'demo' },
      options: { type: 'mixed', multi: true },
      nodes: [
        { key: 'a', attributes: { label: 'Alpha', x: 1, y: 2, color: '#123456', category: 'party', seats: 12 } },
        { key: 'b', attributes: { x: 'not a number', y: 3 } },
        { key: 7 },
      ],
      edges: [
        { key: 'k', source: 'a', target: 'b', attributes: { kind: 'Supported', label: 'funds', weight: 3 } },
        { source: 'b', target: '7', undirected: true, attributes: { interaction: 'pp', date: '2024-02-29' } },
      ],
    });
    const { network, format, warnings } = open('demo.json', json);
    expect(format).toBe('graphology-json');
    // b's position cannot be drawn: it is laid out, and said.
    expect(warnings.map((w) => formatMessage(w, 'en'))).toEqual([
      'demo.json: 1 actor had a position that cannot be drawn (not a number, infinite or too large); it was laid out instead',
    ]);
    expect(network.name).toBe('demo');
    expect(network.actors).toEqual([
      { id: 'a', label: 'Alpha', kind: 'party', aliases: [], x: 1, y: 2, color: '#123456', attributes: { seats: 12 } },
      { id: 'b', label: 'b', kind: 'node', aliases: [], attributes: { x: 'not a number', y: 3 } },
      { id: '7', label: '7', kind: 'node', aliases: [] },
    ]);
    expect(network.relations).toEqual([
      {
        id: 'k',
        source: 'a',
        target: 'b',
        type: 'supported',
        directed: true,
        summary: 'funds',
        weight: 3,
        evidence: [],
      },
      { id: 'e1', source: 'b', target: '7', type: 'pp', directed: false, date: '2024-02-29', evidence: [] },
    ]);
    expect(network.documents).toEqual([]);
    expect(network.sources).toEqual({});
  });

  it('follows the graph type over the edge flags', () => {
    const json = JSON.stringify({
      options: { type: 'undirected' },
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [{ source: 'a', target: 'b' }],
    });
    expect(open('g.json', json).network.relations[0].directed).toBe(false);
  });
});

describe('relation types', () => {
  it('recognises the fixed vocabulary by id or label in any case, and keeps other types as written', () => {
    const edges = [
      '<edge id="1" source="a" target="b" kind="SANCTIONED"/>',
      '<edge id="2" source="a" target="b" label="member of"/>',
      '<edge id="3" source="a" target="b"><attvalues><attvalue for="0" value="Member_Of"/></attvalues></edge>',
      '<edge id="4" source="a" target="b" kind="likes"/>',
      '<edge id="5" source="a" target="b"/>',
    ].join('\n');
    const { network } = open('t.gexf', gexf(edges));
    expect(network.relations.map((r) => r.type)).toEqual(['sanctioned', 'member-of', 'member-of', 'likes', 'link']);
  });

  it('prefers relation over kind over label, and keeps a distinct label as the summary', () => {
    const edge =
      '<edge id="1" source="a" target="b" kind="met" label="a long lunch"><attvalues><attvalue for="0" value="negotiated"/></attvalues></edge>';
    const [relation] = open('t.gexf', gexf(edge)).network.relations;
    expect(relation).toMatchObject({ type: 'negotiated', summary: 'a long lunch', attributes: { kind: 'met' } });
  });

  it('does not repeat a label that only names the type as a summary', () => {
    const [relation] = open('t.gexf', gexf('<edge id="1" source="a" target="b" kind="allied" label="Allied"/>')).network
      .relations;
    expect(relation.type).toBe('allied');
    expect(relation.summary).toBeUndefined();
  });

  it('treats many different labels as descriptions, not types', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => `<node id="n${i}"/>`).join('');
    const edges = Array.from({ length: 60 }, (_, i) => `<edge source="a" target="n${i}" label="story ${i}"/>`).join('');
    const { network, warnings } = open('t.gexf', gexf(edges, '', nodes));
    expect(new Set(network.relations.map((r) => r.type))).toEqual(new Set(['link']));
    expect(network.relations[5].summary).toBe('story 5');
    expect(warnings).toContainEqual(msg('import_labels_are_descriptions', { file: 't.gexf', count: 60, type: 'link' }));
    expect(
      english(warnings).some((w) => w.startsWith('t.gexf: the edge labels look like descriptions (60 different ones)')),
    ).toBe(true);
  });

  it("names the single type after the graph's edge label when the file declares one", () => {
    const json = JSON.stringify({
      attributes: { edgeLabel: 'Cites' },
      nodes: [{ key: 'a' }, { key: 'b' }],
      edges: [{ source: 'a', target: 'b' }],
    });
    expect(open('g.json', json).network.relations[0].type).toBe('Cites');
  });
});

describe('yEd GraphML', () => {
  it("reads labels, centres and fill colours from yEd's drawing data instead of keeping it as text", () => {
    const text = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
      <key for="node" id="d6" yfiles.type="nodegraphics"/>
      <key for="edge" id="d10" yfiles.type="edgegraphics"/>
      <graph edgedefault="directed" id="G">
        <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="40.0" x="100.0" y="50.0"/>
          <y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel>Bogotá</y:NodeLabel></y:ShapeNode></data></node>
        <node id="n1"><data key="d6"><y:ShapeNode><y:NodeLabel>Caracas</y:NodeLabel></y:ShapeNode></data></node>
        <edge id="e0" source="n0" target="n1"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>Met</y:EdgeLabel></y:PolyLineEdge></data></edge>
      </graph>
    </graphml>`;
    const { network } = open('yed.graphml', text);
    expect(network.actors).toEqual([
      { id: 'n0', label: 'Bogotá', kind: 'node', aliases: [], x: 120, y: 65, color: '#FFCC00' },
      { id: 'n1', label: 'Caracas', kind: 'node', aliases: [] },
    ]);
    expect(network.relations).toEqual([
      { id: 'e0', source: 'n0', target: 'n1', type: 'met', directed: true, evidence: [] },
    ]);
  });
});

describe('direction', () => {
  it('reads GEXF edge types, the graph default, and leaves fixed types to decide when the file is silent', () => {
    const edges = [
      '<edge id="1" source="a" target="b" type="mutual"/>',
      '<edge id="2" source="a" target="b" type="directed"/>',
      '<edge id="3" source="a" target="b" kind="sanctioned"/>',
      '<edge id="4" source="a" target="b" kind="likes"/>',
    ].join('\n');
    const relations = open('t.gexf', gexf(edges, '')).network.relations;
    expect(relations.map((r) => r.directed)).toEqual([false, true, undefined, false]);
  });

  it('reads GraphML edge-level direction against the default', () => {
    const text = `<graphml><graph edgedefault="directed"><node id="a"/><node id="b"/>
      <edge source="a" target="b" directed="false"/><edge source="a" target="b"/></graph></graphml>`;
    expect(open('g.graphml', text).network.relations.map((r) => r.directed)).toEqual([false, true]);
  });
});

describe('dates', () => {
  it('reads GEXF start/end attributes, spells, timestamps and date-times', () => {
    const edges = [
      '<edge id="1" source="a" target="b" start="2020-01" end="2021"/>',
      '<edge id="2" source="a" target="b"><spells><spell start="2001" end="2002"/><spell start="2005" end="2007-03"/></spells></edge>',
      '<edge id="3" source="a" target="b" timestamp="2019-05-04T12:00:00"/>',
      '<edge id="4" source="a" target="b" start="2010-02-02" end="2010-02-02"/>',
    ].join('\n');
    const { network, warnings } = open('t.gexf', gexf(edges, 'defaultedgetype="directed" timeformat="date"'));
    expect(network.relations.map((r) => [r.date, r.start, r.end])).toEqual([
      [undefined, '2020-01', '2021'],
      [undefined, '2001', '2007-03'],
      ['2019-05-04', undefined, undefined],
      ['2010-02-02', undefined, undefined],
    ]);
    expect(warnings).toEqual([msg('xml_several_spells', { file: 't.gexf', count: 1 })]);
    expect(english(warnings)).toEqual([
      't.gexf: 1 edge with several spells; it is shown over one span from its first start to its last end',
    ]);
  });

  it('leaves non-ISO times undated but keeps them, and refuses spans that end before they start', () => {
    const edges = [
      '<edge id="1" source="a" target="b" start="2.0" end="5.0"/>',
      '<edge id="2" source="a" target="b" start="2020" end="2019"/>',
    ].join('\n');
    const { network, warnings } = open('t.gexf', gexf(edges, 'timeformat="double"'));
    expect(network.relations[0]).toMatchObject({ attributes: { start: '2.0', end: '5.0' } });
    expect(network.relations[0].start).toBeUndefined();
    expect(network.relations[1].start).toBeUndefined();
    expect(warnings).toEqual([
      msg('import_dates_not_iso', { file: 't.gexf', count: 1 }),
      msg('import_dates_backwards', { file: 't.gexf', count: 1 }),
    ]);
    expect(english(warnings)).toEqual([
      't.gexf: 1 edge with start, end or date values that are not ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); it is shown undated and the values are kept as attributes',
      't.gexf: 1 edge with an end before the start; it is shown undated and the values are kept as attributes',
    ]);
  });
});

describe('what the explorer cannot show', () => {
  it('leaves out self-loops and counts them', () => {
    const edges = '<edge source="a" target="a"/><edge source="b" target="b"/><edge source="a" target="b"/>';
    const { network, warnings } = open('t.gexf', gexf(edges));
    expect(network.relations).toHaveLength(1);
    expect(warnings).toEqual([msg('import_self_loops_left_out', { file: 't.gexf', count: 2 })]);
    expect(english(warnings)).toEqual([
      't.gexf: 2 self-loops (edges from a node to itself) left out; the explorer cannot show them',
    ]);
  });

  it('cuts labels over 500 characters and names the record', () => {
    const long = 'x'.repeat(600);
    const { network, warnings } = open(
      't.gexf',
      gexf('<edge id="1" source="a" target="b"/>', '', `<node id="c" label="${long}"/>`),
    );
    const label = network.actors.find((a) => a.id === 'c')?.label ?? '';
    expect(label).toHaveLength(500);
    expect(label.endsWith('x…')).toBe(true);
    expect(warnings).toEqual([msg('import_node_label_cut', { file: 't.gexf', id: 'c', max: 500 })]);
    expect(english(warnings)).toEqual(['t.gexf: node "c": label cut to 500 characters']);
  });

  it('keeps markup in labels as plain text', () => {
    const json = JSON.stringify({
      nodes: [{ key: 'a', attributes: { label: '<img src=x onerror=alert(1)>' } }],
      edges: [],
    });
    expect(open('g.json', json).network.actors[0].label).toBe('<img src=x onerror=alert(1)>');
  });
});
