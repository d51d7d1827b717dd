/**
 * Every way a file can fail to open says so in a message that names the file and, where the
 * format has them, the line and column or the record: checked as key and parameters, and
 * as the English words a user reads.
 */
import { describe, expect, it } from 'vitest';
import { importNetwork, MAX_FILE_BYTES, MAX_PROBLEMS, type ImportResult } from '../../src/lib/import';
import { formatMessage, msg, type Message } from '../../src/lib/i18n/messages';

function problems(result: ImportResult): Message[] {
  if (result.ok) throw new Error(`expected problems, got a network of ${result.network.actors.length} actors`);
  return result.problems;
}

function problemsOf(name: string, text: string): Message[] {
  return problems(importNetwork([{ name, text }]));
}

function english(messages: Message[]): string[] {
  return messages.map((message) => formatMessage(message, 'en'));
}

/** The problems of a result as messages and as their English words, to compare with both at once. */
function refusal(result: ImportResult): { messages: Message[]; english: string[] } {
  const list = problems(result);
  return { messages: list, english: english(list) };
}

function refusalOf(name: string, text: string): { messages: Message[]; english: string[] } {
  return refusal(importNetwork([{ name, text }]));
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
    expect(refusal(importNetwork([{ name: 'x.gexf', text: '<gexf', size }]))).toEqual({
      messages: [msg('import_too_large', { file: 'x.gexf', size: 120, limit: 50 })],
      english: ['x.gexf is 120 MB; the limit is 50 MB'],
    });
    const [justOver] = problems(importNetwork([{ name: 'y.csv', text: 'Source,Target', size: MAX_FILE_BYTES + 1 }]));
    expect(justOver).toEqual(msg('import_too_large', { file: 'y.csv', size: 50, limit: 50 }));
    expect(formatMessage(justOver, 'en')).toMatch(/^y\.csv is 50 MB; the limit is 50 MB$/);
  });

  it('no file at all', () => {
    expect(refusal(importNetwork([]))).toEqual({ messages: [msg('import_no_file')], english: ['No file was given.'] });
  });

  it('an empty file', () => {
    expect(refusalOf('x.gexf', '')).toEqual({
      messages: [msg('import_empty_file', { file: 'x.gexf' })],
      english: ['x.gexf: the file is empty'],
    });
    expect(refusalOf('blank.csv', ' \n\r\n ')).toEqual({
      messages: [msg('import_empty_file', { file: 'blank.csv' })],
      english: ['blank.csv: the file is empty'],
    });
  });

  it('a PDF', () => {
    expect(refusalOf('x.pdf', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n')).toEqual({
      messages: [msg('import_not_a_network', { file: 'x.pdf' })],
      english: ['x.pdf: not a network file this app can open (expected GEXF, GraphML, JSON or CSV)'],
    });
  });

  it('random bytes', () => {
    const bytes = String.fromCharCode(...Array.from({ length: 400 }, (_, i) => (i * 37) % 256));
    expect(refusalOf('noise.bin', bytes)).toEqual({
      messages: [msg('import_not_a_network', { file: 'noise.bin' })],
      english: ['noise.bin: not a network file this app can open (expected GEXF, GraphML, JSON or CSV)'],
    });
  });

  it('a web page saved instead of the file', () => {
    const [problem] = problemsOf(
      'graph.gexf',
      '<!DOCTYPE html>\n<html><head><title>Download</title></head><body></body></html>',
    );
    expect(problem).toEqual(msg('import_web_page', { file: 'graph.gexf' }));
    expect(formatMessage(problem, 'en')).toMatch(/^graph\.gexf: a web page \(HTML\), not a network file/);
  });

  it('XML that is neither GEXF nor GraphML', () => {
    expect(refusalOf('drawing.svg', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>')).toEqual({
      messages: [msg('import_other_xml', { file: 'drawing.svg', root: 'svg' })],
      english: [
        'drawing.svg: an XML file whose root element is <svg>, not a network file this app can open (expected GEXF, GraphML, JSON or CSV)',
      ],
    });
  });

  it('truncated GEXF, with the line and column of the parser error', () => {
    const truncated = SMALL_GEXF.slice(0, SMALL_GEXF.indexOf('<edge id'));
    const [problem] = problemsOf('cut.gexf', truncated);
    expect(problem).toMatchObject({ key: 'xml_malformed_at', params: { file: 'cut.gexf' } });
    expect(problem.params).toEqual(
      expect.objectContaining({ line: expect.any(Number), column: expect.any(Number), detail: expect.any(String) }),
    );
    expect(formatMessage(problem, 'en')).toMatch(/^cut\.gexf: line \d+, column \d+: malformed XML: /);
  });

  it('malformed GraphML, at the line where the tags stop matching', () => {
    const text =
      '<?xml version="1.0"?>\n<graphml>\n<graph edgedefault="undirected">\n<node id="a">\n</graph>\n</graphml>';
    expect(refusalOf('bad.graphml', text)).toEqual({
      messages: [msg('xml_malformed_at', { file: 'bad.graphml', line: 5, column: 8, detail: 'unexpected close tag' })],
      english: ['bad.graphml: line 5, column 8: malformed XML: unexpected close tag'],
    });
  });

  it('a GEXF file that is not XML at all', () => {
    const [problem] = problemsOf('plain.gexf', 'hello');
    expect(problem).toMatchObject({ key: 'xml_malformed_at', params: { file: 'plain.gexf', line: 1 } });
    expect(formatMessage(problem, 'en')).toMatch(/^plain\.gexf: line 1, column \d+: malformed XML: /);
  });

  it('malformed JSON, with the line and column', () => {
    const [problem] = problemsOf('g.json', '{\n  "nodes": [\n    {"key": "a"}\n    {"key": "b"}\n  ]\n}');
    expect(problem).toMatchObject({ key: 'json_malformed_at', params: { file: 'g.json', line: 4, column: 5 } });
    expect(formatMessage(problem, 'en')).toMatch(/^g\.json: line 4, column 5: malformed JSON: /);
  });

  it('truncated JSON, at its end', () => {
    const [problem] = problemsOf('g.json', '{\n  "nodes": [\n    {"key": "a"}');
    expect(problem).toMatchObject({ key: 'json_malformed_at', params: { file: 'g.json', line: 3, column: 17 } });
    expect(formatMessage(problem, 'en')).toMatch(/^g\.json: line 3, column 17: malformed JSON: /);
  });

  it('JSON that is no network', () => {
    const [problem] = problemsOf('data.json', '{"rows": []}');
    expect(problem).toEqual(msg('json_not_a_network', { file: 'data.json' }));
    expect(formatMessage(problem, 'en')).toMatch(/^data\.json: JSON, but not a network this app can open/);
  });

  it('a spreadsheet instead of CSV', () => {
    expect(refusalOf('actors.xlsx', 'PK\u0003\u0004')).toEqual({
      messages: [msg('import_spreadsheet', { file: 'actors.xlsx' })],
      english: ['actors.xlsx: a spreadsheet; save the nodes and edges sheets as CSV files and open those'],
    });
  });

  it('a GEXF edge to a node that does not exist', () => {
    const text = SMALL_GEXF.replace('target="b"', 'target="x"');
    expect(refusalOf('g.gexf', text)).toEqual({
      messages: [msg('xml_edge_unknown_node', { file: 'g.gexf', edge: '1', node: 'x' })],
      english: ['g.gexf: edge 1 points to node "x" which does not exist'],
    });
  });

  it('a GraphML edge without an id to a node that does not exist, by its position', () => {
    const text =
      '<graphml><graph edgedefault="directed"><node id="a"/><edge source="a" target="zz"/></graph></graphml>';
    expect(refusalOf('g.graphml', text)).toEqual({
      messages: [msg('xml_edge_unknown_node', { file: 'g.graphml', edge: '#1', node: 'zz' })],
      english: ['g.graphml: edge #1 points to node "zz" which does not exist'],
    });
  });

  it('duplicate node ids in GEXF', () => {
    const text = SMALL_GEXF.replace('id="b" label="B"', 'id="a" label="B"').replace('target="b"', 'target="a"');
    expect(refusalOf('g.gexf', text)).toEqual({
      messages: [msg('xml_duplicate_node_id', { file: 'g.gexf', id: 'a' })],
      english: ['g.gexf: node id "a" is used by more than one node'],
    });
  });

  it('a GEXF file without a graph', () => {
    expect(refusalOf('g.gexf', '<gexf version="1.3"><meta/></gexf>')).toEqual({
      messages: [msg('xml_no_graph', { file: 'g.gexf', format: 'GEXF' })],
      english: ['g.gexf: the GEXF file has no <graph> element'],
    });
  });

  it('a network without nodes', () => {
    expect(refusalOf('g.gexf', '<gexf><graph><nodes/><edges/></graph></gexf>')).toEqual({
      messages: [msg('import_no_nodes', { file: 'g.gexf' })],
      english: ['g.gexf: the network has no nodes'],
    });
  });

  it('GraphML with an edge default that is no direction', () => {
    expect(refusalOf('g.graphml', '<graphml><graph edgedefault="sideways"><node id="a"/></graph></graphml>')).toEqual({
      messages: [msg('xml_bad_edge_default', { file: 'g.graphml', value: 'sideways' })],
      english: ['g.graphml: <graph edgedefault="sideways"> must be "directed" or "undirected"'],
    });
  });

  it('graphology JSON with a dangling edge and a duplicate key, by JSON path', () => {
    const json = JSON.stringify({
      nodes: [{ key: 'a' }, { key: 'b' }, { key: 'a' }],
      edges: [
        { key: 'k1', source: 'a', target: 'b' },
        { source: 'b', target: 'ghost' },
      ],
    });
    expect(refusalOf('g.json', json)).toEqual({
      messages: [
        msg('json_duplicate_node_key', { file: 'g.json', path: '$.nodes[2].key', key: 'a', firstPath: '$.nodes[0]' }),
        msg('json_edge_unknown_node', { file: 'g.json', path: '$.edges[1]', edge: '#2', node: 'ghost' }),
      ],
      english: [
        'g.json: $.nodes[2].key: node key "a" is already used by $.nodes[0]',
        'g.json: $.edges[1]: edge #2 points to node "ghost" which does not exist',
      ],
    });
  });

  it('two network files at once', () => {
    const result = importNetwork([
      { name: 'a.gexf', text: SMALL_GEXF },
      { name: 'b.csv', text: 'Source,Target\na,b\n' },
    ]);
    expect(refusal(result)).toEqual({
      messages: [msg('import_many_files', { files: 'a.gexf, b.csv' })],
      english: ['a.gexf, b.csv: open one network file at a time, or a nodes CSV with its edges CSV'],
    });
  });

  it('many problems, listing the first hundred and counting the rest', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `a,missing${i}`).join('\n');
    const result = importNetwork([
      { name: 'nodes.csv', text: 'Id\na\n' },
      { name: 'edges.csv', text: `Source,Target\n${rows}\n` },
    ]);
    const list = problems(result);
    expect(list).toHaveLength(MAX_PROBLEMS + 1);
    expect(list[0]).toEqual(msg('csv_edge_unknown_node', { file: 'edges.csv', line: 2, edge: '1', node: 'missing0' }));
    expect(formatMessage(list[0], 'en')).toBe(
      'edges.csv: line 2: edge 1 points to node "missing0" which does not exist',
    );
    expect(list[MAX_PROBLEMS]).toEqual(msg('import_more_problems', { count: 50 }));
    expect(formatMessage(list[MAX_PROBLEMS], 'en')).toBe('… and 50 more problems');
  });
});

describe('the same problems in Spanish', () => {
  it('keep the file, the line and the values, with Spanish words and numbers', () => {
    const [dangling] = problems(
      importNetwork([
        { name: 'nodes.csv', text: 'Id\na\n' },
        { name: 'edges.csv', text: 'Source,Target\na,nadie\n' },
      ]),
    );
    expect(formatMessage(dangling, 'es')).toBe('edges.csv: línea 2: la arista 1 apunta al nodo "nadie", que no existe');
    const text =
      '<?xml version="1.0"?>\n<graphml>\n<graph edgedefault="undirected">\n<node id="a">\n</graph>\n</graphml>';
    expect(problemsOf('bad.graphml', text).map((problem) => formatMessage(problem, 'es'))).toEqual([
      'bad.graphml: línea 5, columna 8: XML mal formado: unexpected close tag',
    ]);
    expect(formatMessage(problemsOf('x.gexf', '')[0], 'es')).toBe('x.gexf: el archivo está vacío');
  });

  it('choose the plural form by the count and write it as Colombian Spanish does', () => {
    expect(formatMessage(msg('import_more_problems', { count: 1 }), 'es')).toBe('… y 1 problema más');
    expect(formatMessage(msg('import_more_problems', { count: 1500 }), 'es')).toBe('… y 1.500 problemas más');
    expect(formatMessage(msg('import_more_problems', { count: 1500 }), 'en')).toBe('… and 1,500 more problems');
    expect(formatMessage(msg('import_too_large', { file: 'x.gexf', size: 50.5, limit: 50 }), 'es')).toBe(
      'x.gexf pesa 50,5 MB; el límite es de 50 MB',
    );
  });
});
