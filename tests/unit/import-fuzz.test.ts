/**
 * Property tests: random text and bytes, and valid files of every format broken at random
 * (cut short, characters changed, lines deleted or repeated), never make the importer throw
 * or reach its last-resort guard; every problem is a message of the catalogue with plain
 * parameters; whatever it opens is a network the explorer can draw (unique ids, existing
 * endpoints, no self-loops, labels within the limit).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importNetwork, BUNDLE_FORMAT, type ImportResult, type InputFile } from '../../src/lib/import';
import { formatMessage, isMessageKey, type Message } from '../../src/lib/i18n/messages';
import { MINI_SOURCE, miniDatasetFiles } from '../fixtures/mini-dataset';

const RUNS = 150;
/** The messages of importNetwork's last-resort guard: a reader threw. */
const GUARD_KEYS = ['import_unreadable', 'import_failed'];

/** A message of the catalogue, with only words and numbers as parameters, that words itself in English. */
function checkMessage(message: Message): void {
  expect(isMessageKey(message.key)).toBe(true);
  for (const value of Object.values(message.params ?? {})) expect(['string', 'number']).toContain(typeof value);
  expect(formatMessage(message, 'en')).not.toBe(message.key);
}

/** What every answer must be, whatever the input. */
function checkResult(result: ImportResult): void {
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) {
      checkMessage(problem);
      expect(GUARD_KEYS).not.toContain(problem.key);
    }
    return;
  }
  result.warnings.forEach(checkMessage);
  const { actors, relations } = result.network;
  const ids = new Set(actors.map((a) => a.id));
  expect(ids.size).toBe(actors.length);
  expect(new Set(relations.map((r) => r.id)).size).toBe(relations.length);
  for (const actor of actors) expect(Array.from(actor.label).length).toBeLessThanOrEqual(500);
  for (const relation of relations) {
    expect(ids.has(relation.source) && ids.has(relation.target)).toBe(true);
    expect(relation.source).not.toBe(relation.target);
  }
}

function importChecked(files: InputFile[]): void {
  let result: ImportResult | undefined;
  expect(() => (result = importNetwork(files))).not.toThrow();
  checkResult(result as ImportResult);
}

const SMALL_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed" timeformat="date">
    <attributes class="node"><attribute id="0" title="kind" type="string"/><attribute id="1" title="score" type="float"/></attributes>
    <attributes class="edge"><attribute id="0" title="relation" type="string"/></attributes>
    <nodes>
      <node id="a" label="Álvaro"><attvalues><attvalue for="0" value="person"/><attvalue for="1" value="0.5"/></attvalues>
        <viz:position x="1" y="2"/><viz:color r="10" g="20" b="30"/></node>
      <node id="b" label="B &amp; C"/>
      <node id="c" label="C"/>
    </nodes>
    <edges>
      <edge id="1" source="a" target="b" start="2020-01" end="2021"><attvalues><attvalue for="0" value="allied"/></attvalues></edge>
      <edge id="2" source="b" target="c" type="undirected" weight="2"><spells><spell start="2001" end="2002"/></spells></edge>
      <edge source="c" target="a" kind="likes" label="a lot"/>
    </edges>
  </graph>
</gexf>`;

const SMALL_GRAPHML = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="x" for="node" attr.name="x" attr.type="double"/>
  <key id="y" for="node" attr.name="y" attr.type="double"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"/>
  <key id="t" for="all" attr.name="type" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="1"><data key="label">One</data><data key="x">1.5</data><data key="y">-2</data></node>
    <node id="2"><data key="label">Two</data><data key="t">party</data></node>
    <node id="3"/>
    <edge id="e1" source="1" target="2"><data key="w">3</data></edge>
    <edge source="2" target="3" directed="true"><data key="t">Sanctioned</data></edge>
  </graph>
</graphml>`;

const NODES_CSV = '\uFEFFId,Label,Kind\n1,"Uno, one",person\n2,"Dos\nline",state\n3,Très,party\n';
const EDGES_CSV =
  'Source,Target,Type,Kind,Date,Weight\n1,2,Directed,sanctioned,2024-03,2\n2,3,Undirected,met,,1\n3,1,,likes,2020,\n';

const GRAPHOLOGY_JSON = JSON.stringify({
  options: { type: 'mixed' },
  nodes: [
    { key: 'a', attributes: { label: 'A', x: 0, y: 1 } },
    { key: 'b' },
    { key: 'c', attributes: { category: 'x' } },
  ],
  edges: [
    { key: 'k', source: 'a', target: 'b', attributes: { kind: 'allied' } },
    { source: 'b', target: 'c', undirected: true },
  ],
});

function bundleText(): string {
  const files = miniDatasetFiles();
  return JSON.stringify(
    {
      format: BUNDLE_FORMAT,
      version: 1,
      name: 'Mini',
      documents: files.documents,
      actors: files.actors,
      relations: files.relations,
      sources: { 'mini-doc': MINI_SOURCE },
    },
    null,
    2,
  );
}

/** One random way of breaking a text. */
type Mutation = (text: string) => string;

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  position.map((p) => (text: string) => text.slice(0, Math.floor(p * text.length))),
  fc
    .tuple(
      position,
      fc.constantFrom('<', '>', '"', "'", ',', ';', '\n', '{', '}', '[', ']', '&', '\u0000', 'x', '\uFFFD', '\uD800'),
    )
    .map(([p, c]) => (text: string) => {
      const i = Math.floor(p * text.length);
      return text.slice(0, i) + c + text.slice(i + 1);
    }),
  position.map((p) => (text: string) => {
    const lines = text.split('\n');
    lines.splice(Math.floor(p * lines.length), 1);
    return lines.join('\n');
  }),
  position.map((p) => (text: string) => {
    const lines = text.split('\n');
    const i = Math.floor(p * lines.length);
    lines.splice(i, 0, lines[i]);
    return lines.join('\n');
  }),
  fc.tuple(position, fc.string({ maxLength: 12 })).map(([p, s]) => (text: string) => {
    const i = Math.floor(p * text.length);
    return text.slice(0, i) + s + text.slice(i);
  }),
);
const mutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

function mutate(text: string, list: Mutation[]): string {
  return list.reduce((current, apply) => apply(current), text);
}

describe('the importer never throws', () => {
  it('on random text under any name', () => {
    const names = fc.constantFrom('x.gexf', 'x.graphml', 'x.json', 'x.csv', 'x.tsv', 'x.txt', 'x', 'x.xml');
    fc.assert(
      fc.property(names, fc.string({ unit: 'binary', maxLength: 300 }), (name, text) =>
        importChecked([{ name, text }]),
      ),
      { numRuns: RUNS },
    );
  });

  it('on random bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 400 }),
        fc.constantFrom('x.gexf', 'x.csv', 'x.json', 'x.bin'),
        (bytes, name) => importChecked([{ name, text: new TextDecoder().decode(bytes), size: bytes.length }]),
      ),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['GEXF', 'small.gexf', SMALL_GEXF],
    [
      'GEXF 1.3 features',
      'features.gexf',
      readFileSync(resolve(process.cwd(), 'tests/fixtures/networks/gexf-1.3-features.gexf'), 'utf8'),
    ],
    ['GraphML', 'small.graphml', SMALL_GRAPHML],
    ['graphology JSON', 'graph.json', GRAPHOLOGY_JSON],
    ['bundle', 'bundle.json', bundleText()],
  ])('on broken %s', (_format, name, text) => {
    importChecked([{ name, text }]);
    fc.assert(
      fc.property(mutations, (list) => importChecked([{ name, text: mutate(text, list) }])),
      { numRuns: RUNS },
    );
  });

  it('on broken CSV pairs', () => {
    importChecked([
      { name: 'nodes.csv', text: NODES_CSV },
      { name: 'edges.csv', text: EDGES_CSV },
    ]);
    fc.assert(
      fc.property(mutations, fc.boolean(), (list, breakNodes) =>
        importChecked([
          { name: 'nodes.csv', text: breakNodes ? mutate(NODES_CSV, list) : NODES_CSV },
          { name: 'edges.csv', text: breakNodes ? EDGES_CSV : mutate(EDGES_CSV, list) },
        ]),
      ),
      { numRuns: RUNS },
    );
  });

  it('opens the unbroken files', () => {
    for (const [name, text] of [
      ['small.gexf', SMALL_GEXF],
      ['small.graphml', SMALL_GRAPHML],
      ['graph.json', GRAPHOLOGY_JSON],
      ['bundle.json', bundleText()],
    ]) {
      const result = importNetwork([{ name, text }]);
      expect(result.ok ? [] : result.problems.map((problem) => formatMessage(problem, 'en'))).toEqual([]);
    }
    expect(
      importNetwork([
        { name: 'nodes.csv', text: NODES_CSV },
        { name: 'edges.csv', text: EDGES_CSV },
      ]).ok,
    ).toBe(true);
  });
});
