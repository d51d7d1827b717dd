/**
 * The XML readers give the same answer on jsdom's DOM (as in the page) and on the light
 * DOM (as in the import worker): the same networks and warnings from real files, the same
 * problems, worded the same, from broken ones. The readers are loaded twice, once on each
 * DOM (support/readers-on-dom.ts), as graphology's /browser parsers bind the DOM globals
 * when they are evaluated.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MultiGraph } from 'graphology';
import type { ImportResult } from '../../src/lib/import';
import { parseLightXml } from '../../src/lib/import/light-dom';
import { loadFresh, readersOn, type Readers } from './support/readers-on-dom';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/networks');
const SHARED = resolve(process.cwd(), '../shared/networks');

let browser: Readers;
let light: Readers;

beforeAll(async () => {
  browser = await readersOn('browser');
  light = await readersOn('light');
});

function both(name: string, text: string): { jsdom: ImportResult; light: ImportResult } {
  return { jsdom: browser.importNetwork([{ name, text }]), light: light.importNetwork([{ name, text }]) };
}

/** Both DOMs open the file, and to the same network and warnings. */
function expectSameNetwork(name: string, text: string): void {
  const { jsdom, light } = both(name, text);
  expect(jsdom.ok).toBe(true);
  expect(light).toEqual(jsdom);
}

const xmlFiles = (folder: string, only?: Set<string>) =>
  existsSync(folder)
    ? readdirSync(folder).filter((name) => /\.(gexf|graphml)$/.test(name) && (!only || only.has(name)))
    : [];

describe('jsdom and the light DOM read files alike', () => {
  it.each(xmlFiles(FIXTURES))('%s', (name) => {
    expectSameNetwork(name, readFileSync(resolve(FIXTURES, name), 'utf8'));
  });

  // The larger published files, when the shared folder is there (jsdom takes a while on them).
  it.each(xmlFiles(SHARED, new Set(['celegans.gexf', 'airlines.graphml', 'arctic.gexf'])))(
    'shared %s',
    (name) => {
      expectSameNetwork(name, readFileSync(resolve(SHARED, name), 'utf8'));
    },
    60_000,
  );

  const YED = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <key for="all" id="w" attr.name="weight" attr.type="double"><default>1</default></key>
  <graph edgedefault="directed" id="G">
    <data key="w">3</data>
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="10.0" y="20.0"/><y:Fill color="#FFCC00" transparent="false"/><y:NodeLabel>Alpha <![CDATA[& co]]></y:NodeLabel></y:ShapeNode></data></node>
    <node id="n1"><!-- a comment --><data key="d6"><y:ShapeNode><y:NodeLabel>Beta</y:NodeLabel></y:ShapeNode></data></node>
    <edge id="e0" source="n0" target="n1" directed="false"><data key="d10"><y:PolyLineEdge><y:EdgeLabel>knows</y:EdgeLabel></y:PolyLineEdge></data></edge>
    <edge source="n1" target="n0"><data key="w">2.5</data></edge>
  </graph>
</graphml>`;

  it('yEd GraphML with for="all" keys, CDATA, comments and edges without ids', () => {
    expectSameNetwork('yed.graphml', YED);
  });

  const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE gexf [ <!ENTITY co "and company"> ]>
<gexf xmlns="http://gexf.net/1.2" xmlns:viz="http://gexf.net/1.2/viz" version="1.2">
  <meta lastmodifieddate="2024-01-01"><creator>Someone</creator><description>Test &amp; more</description></meta>
  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date">
    <attributes class="node"><attribute id="0" title="kind" type="string"><default>person</default></attribute></attributes>
    <attributes class="edge"><attribute id="r" title="relation" type="string"/></attributes>
    <nodes>
      <node id="a" label="A &co;"><viz:color r="10" g="20" b="30" a="0.5"/><viz:position x="1.5" y="-2"/><viz:size value="4"/></node>
      <node id="b" label="B"><attvalues><attvalue for="0" value="company"/></attvalues></node>
      <node id="c" label="C"/>
    </nodes>
    <edges>
      <edge id="1" source="a" target="b" type="directed" start="2001" end="2003"><attvalues><attvalue for="r" value="funds"/></attvalues></edge>
      <edge id="1" source="b" target="c"><spells><spell start="2001-02" end="2001-05"/><spell start="1999" end="2000"/></spells></edge>
      <edge source="c" target="c"/>
    </edges>
  </graph>
</gexf>`;

  it('GEXF with entities, viz data, defaults, spells, repeated edge ids and a self-loop', () => {
    expectSameNetwork('features.gexf', GEXF);
  });

  const BROKEN: [string, string][] = [
    ['cut.gexf', GEXF.slice(0, GEXF.indexOf('<edges>'))],
    [
      'bad.graphml',
      '<?xml version="1.0"?>\n<graphml>\n<graph edgedefault="undirected">\n<node id="a">\n</graph>\n</graphml>',
    ],
    ['blank-lines.graphml', '\n\n<?xml version="1.0"?>\n<graphml>\n<graph>\n<node id="a"/>\n</grap>\n</graphml>'],
    ['attr.gexf', '<gexf><graph><nodes><node id="a" id="b"/></nodes></graph></gexf>'],
    ['amp.gexf', '<gexf><graph><nodes><node id="a" label="A & B"/></nodes></graph></gexf>'],
    ['prefix.gexf', '<gexf><graph><nodes><node id="a"><viz:color r="1" g="2" b="3"/></node></nodes></graph></gexf>'],
    ['two-roots.graphml', '<graphml><graph/></graphml><graphml/>'],
    ['svg.graphml', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
    ['no-graph.gexf', '<gexf version="1.3"><meta/></gexf>'],
    [
      'missing.gexf',
      '<gexf><graph><nodes><node id="a"/><node/><node id="a"/></nodes><edges><edge source="a" target="z"/></edges></graph></gexf>',
    ],
    ['edgedefault.graphml', '<graphml><graph edgedefault="sideways"><node id="a"/></graph></graphml>'],
  ];

  it.each(BROKEN)('%s: the same problems, worded the same', (name, text) => {
    const { jsdom, light } = both(name, text);
    expect(jsdom.ok).toBe(false);
    expect(light).toEqual(jsdom);
  });

  it('malformed XML is placed by line and column', () => {
    // Whether problems are sentences or catalogue messages, they carry the line, column and cause.
    const { light } = both('bad.graphml', BROKEN[1][1]);
    expect(light.ok).toBe(false);
    const problems = light.ok ? [] : light.problems;
    expect(problems).toHaveLength(1);
    expect(JSON.stringify(problems)).toMatch(/bad\.graphml.*line\W+5\W+column\W+8\W.*unexpected close tag/);
    const { light: shifted } = both('blank-lines.graphml', BROKEN[2][1]);
    expect(JSON.stringify(shifted.ok ? [] : shifted.problems)).toMatch(/blank-lines\.graphml.*line\W+7\W+column\W+\d+/);
  });
});

describe('the light DOM', () => {
  it('is what the readers use in a scope without a DOM that installs it first, as the import worker does', () => {
    expect(light.platform.dom).toBe('light');
    const doc = light.platform.parse('<gexf><graph/></gexf>');
    expect(doc.constructor.name).toBe('LightDocument');
    expect(doc).not.toBeInstanceOf(Document);
    expect(browser.platform.dom).toBe('browser');
    expect(browser.platform.parse('<gexf><graph/></gexf>')).toBeInstanceOf(Document);
    // Each library parser takes the documents of the DOM it was bound to, and only those.
    expect(light.platform.parseGexf(MultiGraph, doc).order).toBe(0);
    const jsdomDoc = browser.platform.parse('<gexf><graph/></gexf>');
    expect(() => light.platform.parseGexf(MultiGraph, jsdomDoc)).toThrow(/should either be a XML document/);
    expect(() => browser.platform.parseGraphml(MultiGraph, doc)).toThrow(/should either be a XML document/);
  });

  it('must be installed before the readers load where there is no DOM', async () => {
    const failure = await loadFresh('none', () => import('../../src/lib/import')).then(
      () => null,
      (error: Error) => error,
    );
    // The entry's own error, wrapped by vitest as it comes from the fresh evaluation.
    expect(String(failure?.cause ?? failure)).toMatch(/DOMParser is not defined/);
  });

  it('is installed by the import worker before it loads the readers', async () => {
    const posted: unknown[] = [];
    const scope = globalThis as unknown as { onmessage: ((event: { data: unknown }) => void) | null };
    vi.stubGlobal('postMessage', (message: unknown) => posted.push(message));
    try {
      await loadFresh('none', () => import('../../src/lib/io/import.worker'));
      const file = new File([readFileSync(resolve(FIXTURES, 'les-miserables.gexf'), 'utf8')], 'les-miserables.gexf');
      scope.onmessage?.({ data: { type: 'open', files: [file] } });
      await vi.waitFor(() => expect(posted.at(-1)).toMatchObject({ type: 'result' }));
      expect(posted.at(-1)).toMatchObject({ type: 'result', result: { ok: true } });
      expect(posted).toContainEqual(expect.objectContaining({ type: 'progress', phase: 'parsing', fraction: 1 }));
    } finally {
      scope.onmessage = null;
      vi.unstubAllGlobals();
    }
  });

  it('reports how far parsing has got, ending at 1', () => {
    const fractions: number[] = [];
    const text = `<graph>${'<node id="x"/>'.repeat(200_000)}</graph>`;
    const doc = parseLightXml(text, (fraction) => fractions.push(fraction));
    expect(doc.getElementsByTagName('node')).toHaveLength(200_000);
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('walks, edits and clones like the DOM the readers expect', () => {
    const doc = parseLightXml('<r xmlns:v="urn:v"><a id="1">x<b/>y</a><v:c/><!--n--></r>');
    const root = doc.documentElement!;
    expect(root.children.map((e) => e.nodeName)).toEqual(['a', 'v:c']);
    expect(root.textContent).toBe('xy');
    expect(doc.getElementsByTagNameNS('urn:v', 'c')).toHaveLength(1);
    expect(root.children[1].localName).toBe('c');
    const walker = doc.createTreeWalker(root);
    const names = [walker.currentNode.nodeName];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) names.push(node.nodeName);
    expect(names).toEqual(['r', 'a', 'b', 'v:c']);
    const a = root.children[0];
    const copy = a.cloneNode(true);
    copy.setAttribute('id', '2');
    root.insertBefore(copy, a.nextSibling);
    expect(root.children.map((e) => e.getAttribute('id'))).toEqual(['1', '2', null]);
    a.remove();
    expect(doc.getElementsByTagName('a').map((e) => e.getAttribute('id'))).toEqual(['2']);
    expect(doc.getElementsByTagName('b')[0].parentElement).toBe(copy);
  });
});
