/**
 * Gephi-style CSV tables: a nodes file and an edges file told apart by their headers,
 * quoted commas and line breaks, a byte order mark, accents, other separators, and
 * problems at the file's real line numbers.
 */
import { describe, expect, it } from 'vitest';
import { importNetwork, type ImportResult, type InputFile } from '../../src/lib/import';
import { formatMessage, msg, type Message } from '../../src/lib/i18n/messages';

function english(messages: Message[]): string[] {
  return messages.map((message) => formatMessage(message, 'en'));
}

function network(files: InputFile[]) {
  const result: ImportResult = importNetwork(files);
  if (!result.ok) throw new Error(english(result.problems).join('\n'));
  expect(result.format).toBe('csv');
  return result;
}

function problemMessages(files: InputFile[]): Message[] {
  const result = importNetwork(files);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

/** The problems as messages and as their English words, to compare with both at once. */
function problems(files: InputFile[]): { messages: Message[]; english: string[] } {
  const list = problemMessages(files);
  return { messages: list, english: english(list) };
}

const NODES =
  '\uFEFFId,Label,Kind,Country\r\n' +
  'petro,"Petro, Gustavo",person,CO\r\n' +
  'eln,"Ejército de Liberación Nacional\r\n(ELN)",armed-group,CO\r\n' +
  'us,États-Unis,state,US\r\n';

const EDGES =
  'Source,Target,Type,Id,Label,Weight,Kind,Start,End,Date\n' +
  'us,petro,Directed,s1,"sanctions, tariffs",2,Sanctioned,,,2025-10-24\n' +
  'petro,eln,Undirected,n1,"talks\nin Havana",1,negotiated,2022-11,2023-05,\n' +
  'petro,us,Directed,m1,,,member of,2025-01-02T10:00:00Z,,\n';

describe('CSV import', () => {
  it('reads a nodes and an edges file in either order, with quotes, line breaks, BOM and accents', () => {
    for (const files of [
      [
        { name: 'actors.csv', text: NODES },
        { name: 'ties.csv', text: EDGES },
      ],
      [
        { name: 'ties.csv', text: EDGES },
        { name: 'actors.csv', text: NODES },
      ],
    ]) {
      const { network: net, warnings } = network(files);
      expect(warnings).toEqual([]);
      expect(net.name).toBe('actors');
      expect(net.actors).toEqual([
        { id: 'petro', label: 'Petro, Gustavo', kind: 'person', aliases: [], attributes: { Country: 'CO' } },
        {
          id: 'eln',
          // Line ends are made one before reading, inside quoted cells too.
          label: 'Ejército de Liberación Nacional\n(ELN)',
          kind: 'armed-group',
          aliases: [],
          attributes: { Country: 'CO' },
        },
        { id: 'us', label: 'États-Unis', kind: 'state', aliases: [], attributes: { Country: 'US' } },
      ]);
      expect(net.relations).toEqual([
        {
          id: 's1',
          source: 'us',
          target: 'petro',
          type: 'sanctioned',
          directed: true,
          summary: 'sanctions, tariffs',
          weight: 2,
          date: '2025-10-24',
          evidence: [],
        },
        {
          id: 'n1',
          source: 'petro',
          target: 'eln',
          type: 'negotiated',
          directed: false,
          summary: 'talks\nin Havana',
          weight: 1,
          start: '2022-11',
          end: '2023-05',
          evidence: [],
        },
        {
          id: 'm1',
          source: 'petro',
          target: 'us',
          type: 'member-of',
          directed: true,
          start: '2025-01-02',
          evidence: [],
        },
      ]);
    }
  });

  it('reads semicolon and tab separated files', () => {
    const semicolon = network([{ name: 'edges.csv', text: 'source;target;weight\na;b;0.5\n' }]);
    expect(semicolon.network.relations[0]).toMatchObject({ source: 'a', target: 'b', weight: 0.5 });
    const tab = network([{ name: 'edges.tsv', text: 'Source\tTarget\tLabel\na, b\tc\tknows\n' }]);
    expect(tab.network.relations[0]).toMatchObject({ source: 'a, b', target: 'c', type: 'knows' });
  });

  it('makes nodes from the endpoints when there is only an edges file, and says so', () => {
    const { network: net, warnings } = network([{ name: 'edges.csv', text: 'Source,Target\na,b\nb,c\n' }]);
    expect(net.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ['a', 'a', 'node'],
      ['b', 'b', 'node'],
      ['c', 'c', 'node'],
    ]);
    expect(net.relations.map((r) => r.id)).toEqual(['e0', 'e1']);
    expect(net.relations[0].directed).toBeUndefined();
    expect(warnings).toEqual([msg('csv_nodes_from_edges', { file: 'edges.csv', count: 3 })]);
    expect(english(warnings)).toEqual([
      "edges.csv: no nodes file, so 3 nodes were made from the edges' Source and Target",
    ]);
    const single = network([{ name: 'edges.csv', text: 'Source,Target\na,a\n' }]).warnings;
    expect(english(single)[0]).toBe("edges.csv: no nodes file, so 1 node was made from the edges' Source and Target");
  });

  it('keeps a Type column that is no direction as the relation type', () => {
    const { network: net } = network([{ name: 'edges.csv', text: 'Source,Target,Type\na,b,Allied\n' }]);
    expect(net.relations[0]).toMatchObject({ type: 'allied' });
    expect(net.relations[0].directed).toBeUndefined();
  });

  it('reads a Gephi Timeset as a span and keeps a date it cannot read as an attribute', () => {
    const text = 'Source,Target,Timeset,Date\na,b,"<[2001-01-01, 2004-06-30]>",\nb,c,,last spring\n';
    const { network: net, warnings } = network([{ name: 'edges.csv', text }]);
    expect(net.relations[0]).toMatchObject({ start: '2001-01-01', end: '2004-06-30' });
    expect(net.relations[1].date).toBeUndefined();
    expect(net.relations[1].attributes).toEqual({ Date: 'last spring' });
    expect(warnings).toContainEqual(msg('import_dates_not_iso', { file: 'edges.csv', count: 1 }));
    expect(english(warnings)).toContain(
      'edges.csv: 1 edge with start, end or date values that are not ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); it is shown undated and the values are kept as attributes',
    );
  });

  it('keeps equal Start and End columns as a tie held in that period, and an instant Timeset as a date', () => {
    const text = 'Source,Target,Start,End,Timeset\na,b,1997,1997,\nb,c,,,"<[2001-05-02, 2001-05-02]>"\n';
    const { network: net } = network([{ name: 'edges.csv', text }]);
    expect(net.relations[0]).toMatchObject({ start: '1997', end: '1997' });
    expect(net.relations[0].date).toBeUndefined();
    expect(net.relations[1]).toMatchObject({ date: '2001-05-02' });
  });

  it('names the real line of an edge to a missing node, after a field spanning lines', () => {
    const edges = 'Source,Target,Label\npetro,us,"one\ntwo\nthree"\n\npetro,nobody,x\n';
    expect(
      problems([
        { name: 'nodes.csv', text: NODES },
        { name: 'edges.csv', text: edges },
      ]),
    ).toEqual({
      messages: [msg('csv_edge_unknown_node', { file: 'edges.csv', line: 6, edge: '2', node: 'nobody' })],
      english: ['edges.csv: line 6: edge 2 points to node "nobody" which does not exist'],
    });
  });

  it('names the edge by its Id when it has one', () => {
    const edges = 'Source,Target,Id\npetro,x,12\n';
    expect(
      problems([
        { name: 'nodes.csv', text: NODES },
        { name: 'edges.csv', text: edges },
      ]),
    ).toEqual({
      messages: [msg('csv_edge_unknown_node', { file: 'edges.csv', line: 2, edge: '12', node: 'x' })],
      english: ['edges.csv: line 2: edge 12 points to node "x" which does not exist'],
    });
  });

  it('reports duplicate node ids and nodes without an id by line', () => {
    const nodes = 'Id,Label\na,A\n"b",B\n,nameless\na,again\n';
    expect(
      problems([
        { name: 'nodes.csv', text: nodes },
        { name: 'edges.csv', text: 'Source,Target\na,b\n' },
      ]),
    ).toEqual({
      messages: [
        msg('csv_node_without_id', { file: 'nodes.csv', line: 4 }),
        msg('csv_duplicate_node_id', { file: 'nodes.csv', line: 5, id: 'a', firstLine: 2 }),
      ],
      english: ['nodes.csv: line 4: the node has no Id', 'nodes.csv: line 5: node id "a" is already used on line 2'],
    });
  });

  it('reports an edge without a Source', () => {
    expect(problems([{ name: 'edges.csv', text: 'Source,Target\n,b\n' }])).toEqual({
      messages: [msg('csv_edge_without_end', { file: 'edges.csv', line: 2, edge: '1', end: 'Source' })],
      english: ['edges.csv: line 2: edge 1 has no Source'],
    });
  });

  it('reports a quoted field that is never closed', () => {
    expect(problems([{ name: 'edges.csv', text: 'Source,Target\na,b\nc,"d\ne,f\n' }])).toEqual({
      messages: [msg('csv_unclosed_quote', { file: 'edges.csv', line: 3 })],
      english: ['edges.csv: line 3: a quoted field is never closed'],
    });
  });

  it('reports a table that is neither nodes nor edges, with its columns', () => {
    expect(problems([{ name: 'people.csv', text: 'name,age\nAda,36\n' }])).toEqual({
      messages: [msg('csv_not_a_table', { file: 'people.csv', columns: '"name", "age"' })],
      english: [
        'people.csv: a CSV file needs Source and Target columns (edges) or an Id column (nodes); its columns are "name", "age"',
      ],
    });
  });

  it('refuses a nodes file alone and two edges files', () => {
    expect(problems([{ name: 'nodes.csv', text: 'Id\na\n' }])).toEqual({
      messages: [msg('csv_nodes_alone', { files: 'nodes.csv' })],
      english: ['nodes.csv: a nodes table alone has no edges; add the edges CSV (with Source and Target columns)'],
    });
    const edges = { text: 'Source,Target\na,b\n' };
    expect(
      problems([
        { name: 'a.csv', ...edges },
        { name: 'b.csv', ...edges },
      ]),
    ).toEqual({
      messages: [msg('csv_several_edges_files', { files: 'a.csv, b.csv' })],
      english: ['a.csv, b.csv: choose one edges CSV at a time'],
    });
  });

  it('warns about rows with more values than columns', () => {
    const { warnings } = network([{ name: 'edges.csv', text: 'Source,Target\na,b,c\n' }]);
    expect(warnings).toContainEqual(msg('csv_extra_values', { file: 'edges.csv', lines: '2', count: 1 }));
    expect(english(warnings)).toContain('edges.csv: line 2: more values than columns; the extra values were ignored');
    const rows = Array.from({ length: 8 }, (_, i) => `a${i},b${i},extra`).join('\n');
    const many = network([{ name: 'edges.csv', text: `Source,Target\n${rows}\n` }]).warnings;
    expect(many).toContainEqual(msg('csv_extra_values_more', { file: 'edges.csv', lines: '2, 3, 4, 5, 6', more: 3 }));
    expect(english(many)).toContain(
      'edges.csv: lines 2, 3, 4, 5, 6 and 3 more: more values than columns; the extra values were ignored',
    );
  });

  it('renames duplicate edge ids instead of merging the edges', () => {
    const { network: net, warnings } = network([{ name: 'edges.csv', text: 'Source,Target,Id\na,b,1\nb,c,1\n' }]);
    expect(net.relations.map((r) => r.id)).toEqual(['1', '1-2']);
    expect(warnings).toContainEqual(msg('import_edge_ids_renamed', { file: 'edges.csv', count: 1, ids: '"1"' }));
    expect(english(warnings)).toContain('edges.csv: 1 edge with an id already taken ("1") given a new id');
  });
});

describe('line ends', () => {
  it('reads every row of a file that mixes \\r\\n, \\n and \\r, at its real line numbers', () => {
    const text = 'Source,Target,Kind\r\nA,B,ally\nB,C,ally\rC,D,ally\r\nD,A,ally\n';
    const { network: read } = network([{ name: 'mixed.csv', text }]);
    expect(read.relations.map((r) => `${r.source}-${r.target}`)).toEqual(['A-B', 'B-C', 'C-D', 'D-A']);
    const broken = problems([{ name: 'broken.csv', text: 'Source,Target\r\nA,B\rC,"D\n' }]);
    expect(broken.english[0]).toMatch(/^broken\.csv: line 3/);
  });
});
