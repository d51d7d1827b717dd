/**
 * Every way a file can fail to open says so in words that name the file and, where the
 * format has them, the line and column or the record.
 */
import { describe, expect, it } from 'vitest';
import { importNetwork, MAX_FILE_BYTES, MAX_PROBLEMS, type ImportResult } from '../../src/lib/import';

function problems(result: ImportResult): string[] {
  if (result.ok) throw new Error(`expected problems, got a network of ${result.network.actors.length} actors`);
  return result.problems;
}

function problemsOf(name: string, text: string): string[] {
  return problems(importNetwork([{ name, text }]));
}

const SMALL_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="A"/>
      <node id="b" label="B"/>
    </nodes>
    <edges>
      <edge id="1" source="a" target="b"/>
    </edges>
  </graph>
</gexf>`;

describe('importNetwork refuses, naming the file', () => {
  it('a file over the size limit, without parsing it', () => {
    const size = 120 * 1024 * 1024;
    expect(problems(importNetwork([{ name: 'x.gexf', text: '<gexf', size }]))).toEqual([
      'x.gexf is 120 MB; the limit is 50 MB',
    ]);
    expect(problems(importNetwork([{ name: 'y.csv', text: 'Source,Target', size: MAX_FILE_BYTES + 1 }]))[0]).toMatch(
      /^y\.csv is 50 MB; the limit is 50 MB$/,
    );
  });

  it('no file at all', () => {
    expect(problems(importNetwork([]))).toEqual(['No file was given.']);
  });

  it('an empty file', () => {
    expect(problemsOf('x.gexf', '')).toEqual(['x.gexf: the file is empty']);
    expect(problemsOf('blank.csv', ' \n\r\n ')).toEqual(['blank.csv: the file is empty']);
  });

  it('a PDF', () => {
    expect(problemsOf('x.pdf', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')).toEqual(
      ['x.pdf: not a network file this app can open (expected GEXF, GraphML, JSON or CSV)'],
    );
  });

  it('random bytes', () => {
    const bytes = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
    expect(problemsOf('noise.bin', bytes)).toEqual([
      'noise.bin: not a network file this app can open (expected GEXF, GraphML, JSON or CSV)',
    ]);
  });

  it('a web page saved instead of the file', () => {
    const [problem] = problemsOf(
      'graph.gexf',
      '<!DOCTYPE html>\n<html><head><title>Download</title></head><body></body></html>',
    );
    expect(problem).toMatch(/^graph\.gexf: a web page \(HTML\), not a network file/);
  });

  it('XML that is neither GEXF nor GraphML', () => {
    expect(problemsOf('drawing.svg', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>')).toEqual([
      'drawing.svg: an XML file whose root element is <svg>, not a network file this app can open (expected GEXF, GraphML, JSON or CSV)',
    ]);
  });

  it('truncated GEXF, with the line and column of the parser error', () => {
    const truncated = SMALL_GEXF.slice(0, SMALL_GEXF.indexOf('<edge id'));
    const [problem] = problemsOf('cut.gexf', truncated);
    expect(problem).toMatch(/^cut\.gexf: line \d+, column \d+: malformed XML: /);
  });

  it('malformed GraphML, at the line where the tags stop matching', () => {
    const text =
      '<?xml version="1.0"?>\n<graphml>\n<graph edgedefault="undirected">\n<node id="a">\n</graph>\n</graphml>';
    expect(problemsOf('bad.graphml', text)).toEqual([
      'bad.graphml: line 5, column 8: malformed XML: unexpected close tag',
    ]);
  });

  it('a GEXF file that is not XML at all', () => {
    expect(problemsOf('plain.gexf', 'hello')[0]).toMatch(/^plain\.gexf: line 1, column \d+: malformed XML: /);
  });

  it('malformed JSON, with the line and column', () => {
    const [problem] = problemsOf('g.json', '{\n  "nodes": [\n    {"key": "a"}\n    {"key": "b"}\n  ]\n}');
    expect(problem).toMatch(/^g\.json: line 4, column 5: malformed JSON: /);
  });

  it('truncated JSON, at its end', () => {
    const [problem] = problemsOf('g.json', '{\n  "nodes": [\n    {"key": "a"}');
    expect(problem).toMatch(/^g\.json: line 3, column 17: malformed JSON: /);
  });

  it('JSON that is no network', () => {
    expect(problemsOf('data.json', '{"rows": []}')[0]).toMatch(
      /^data\.json: JSON, but not a network this app can open/,
    );
  });

  it('a spreadsheet instead of CSV', () => {
    expect(problemsOf('actors.xlsx', 'PK\u0003\u0004')).toEqual([
      'actors.xlsx: a spreadsheet; save the nodes and edges sheets as CSV files and open those',
    ]);
  });

  it('a GEXF edge to a node that does not exist', () => {
    const text = SMALL_GEXF.replace('target="b"', 'target="x"');
    expect(problemsOf('g.gexf', text)).toEqual(['g.gexf: edge 1 points to node "x" which does not exist']);
  });

  it('a GraphML edge without an id to a node that does not exist, by its position', () => {
    const text =
      '<graphml><graph edgedefault="directed"><node id="a"/><edge source="a" target="zz"/></graph></graphml>';
    expect(problemsOf('g.graphml', text)).toEqual(['g.graphml: edge #1 points to node "zz" which does not exist']);
  });

  it('duplicate node ids in GEXF', () => {
    const text = SMALL_GEXF.replace('id="b" label="B"', 'id="a" label="B"').replace('target="b"', 'target="a"');
    expect(problemsOf('g.gexf', text)).toEqual(['g.gexf: node id "a" is used by more than one node']);
  });

  it('a GEXF file without a graph', () => {
    expect(problemsOf('g.gexf', '<gexf version="1.3"><meta/></gexf>')).toEqual([
      'g.gexf: the GEXF file has no <graph> element',
    ]);
  });

  it('a network without nodes', () => {
    expect(problemsOf('g.gexf', '<gexf><graph><nodes/><edges/></graph></gexf>')).toEqual([
      'g.gexf: the network has no nodes',
    ]);
  });

  it('GraphML with an edge default that is no direction', () => {
    expect(problemsOf('g.graphml', '<graphml><graph edgedefault="sideways"><node id="a"/></graph></graphml>')).toEqual([
      'g.graphml: <graph edgedefault="sideways"> must be "directed" or "undirected"',
    ]);
  });

  it('graphology JSON with a dangling edge and a duplicate key, by JSON path', () => {
    const json = JSON.stringify({
      nodes: [{ key: 'a' }, { key: 'b' }, { key: 'a' }],
      edges: [
        { key: 'k1', source: 'a', target: 'b' },
        { source: 'b', target: 'ghost' },
      ],
    });
    expect(problemsOf('g.json', json)).toEqual([
      'g.json: $.nodes[2].key: node key "a" is already used by $.nodes[0]',
      'g.json: $.edges[1]: edge #2 points to node "ghost" which does not exist',
    ]);
  });

  it('two network files at once', () => {
    const result = importNetwork([
      { name: 'a.gexf', text: SMALL_GEXF },
      { name: 'b.csv', text: 'Source,Target\na,b\n' },
    ]);
    expect(problems(result)).toEqual([
      'a.gexf, b.csv: open one network file at a time, or a nodes CSV with its edges CSV',
    ]);
  });

  it('many problems, listing the first hundred and counting the rest', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `a,missing${i}`).join('\n');
    const result = importNetwork([
      { name: 'nodes.csv', text: 'Id\na\n' },
      { name: 'edges.csv', text: `Source,Target\n${rows}\n` },
    ]);
    const list = problems(result);
    expect(list).toHaveLength(MAX_PROBLEMS + 1);
    expect(list[0]).toBe('edges.csv: line 2: edge 1 points to node "missing0" which does not exist');
    expect(list[MAX_PROBLEMS]).toBe('… and 50 more problems');
  });
});
