import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { csvField, toCsv } from '../../src/lib/export';
import { hostileNetwork, petroNetwork } from '../fixtures/export-networks';

function rows(content: string): string[][] {
  expect(content.charCodeAt(0)).toBe(0xfeff);
  const result = Papa.parse<string[]>(content.slice(1), { newline: '\r\n', skipEmptyLines: false });
  expect(result.errors).toEqual([]);
  // RFC 4180 ends the last record with CRLF too, which papaparse reports as one empty row.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1);
}

function records(content: string): Record<string, string>[] {
  const [header, ...body] = rows(content);
  return body.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
}

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1+2', "'=1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-x', "'-x"],
    ['+cmd', "'+cmd"],
    ['\tcell', "'\tcell"],
    ['\rcell', `"'\rcell"`],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['-2.5', '-2.5'],
    ['+1', '+1'],
    ['1e-7', '1e-7'],
    ['', ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('writes numbers and booleans as text and undefined as an empty field', () => {
    expect([csvField(-3), csvField(true), csvField(undefined)]).toEqual(['-3', 'true', '']);
  });
});

describe('toCsv on hostile strings', () => {
  const network = hostileNetwork();
  const [nodes, edges, evidence] = toCsv(network);

  it('writes three UTF-8 files with a BOM and CRLF line ends', () => {
    expect([nodes.name, edges.name, evidence.name]).toEqual([
      'hostile-network-test-bogota-nodes.csv',
      'hostile-network-test-bogota-edges.csv',
      'hostile-network-test-bogota-evidence.csv',
    ]);
    for (const file of [nodes, edges, evidence]) {
      expect(file.mimeType).toMatch(/^text\/csv/);
      expect(file.content.startsWith('\uFEFF')).toBe(true);
      expect(file.content.endsWith('\r\n')).toBe(true);
      expect(file.content.split('\r\n')[0]).not.toContain('\n');
    }
  });

  it('has one row per actor with its fields, custom attributes after them', () => {
    expect(rows(nodes.content)[0]).toEqual([
      'Id',
      'Label',
      'Kind',
      'Country',
      'Aliases',
      'Description',
      'score',
      'active',
      'note',
      'attr_label',
    ]);
    const [a, b, c, d] = records(nodes.content);
    expect(a).toEqual({
      Id: 'a&b',
      Label: network.actors[0].label,
      Kind: 'person',
      Country: 'CO',
      Aliases: "Tom, the cat | O'Malley",
      Description: network.actors[0].description,
      score: '3',
      active: 'true',
      note: `'=HYPERLINK("http://evil.example")`,
      attr_label: 'clashes with label',
    });
    expect(b).toMatchObject({ Id: 'b', Label: "'=1+2", Aliases: '', score: '4.25', active: 'false' });
    // CSV keeps what XML must drop: the file is text, any character goes.
    expect(c).toMatchObject({ Label: "O'Brien @home", Aliases: "'-minus", Description: network.actors[2].description });
    expect(d).toMatchObject({ Id: 'd', Country: '', Description: '' });
  });

  it('uses Gephi’s edge columns with direction, dates, weight and cited sources', () => {
    expect(rows(edges.content)[0]).toEqual([
      'Id',
      'Source',
      'Target',
      'Type',
      'Relation',
      'Label',
      'Date',
      'Start',
      'End',
      'Summary',
      'Weight',
      'Sources',
      'attr_label',
      'confidence',
    ]);
    const [r1, r2, r3, r4] = records(edges.content);
    expect(r1).toMatchObject({
      Id: 'r1',
      Source: 'a&b',
      Target: 'b',
      Type: 'Directed',
      Relation: 'criticized',
      Label: 'Criticized',
      Date: '2025-10',
      Start: '',
      End: '',
      Summary: network.relations[0].summary,
      Weight: '',
      Sources: 'A "quoted", title & <tag> (Press, Inc., 2025-11)',
    });
    expect(r2).toMatchObject({ Type: 'Undirected', Start: '2023-05', End: '2024-02' });
    expect(r3).toMatchObject({
      Type: 'Undirected',
      Relation: 'custom-type',
      Weight: '2.5',
      attr_label: 'edge attribute named label',
      confidence: '0.9',
    });
    expect(r4).toMatchObject({ Summary: "'+ again", Sources: "'=cmd|calc (@press, 2025-10-20)" });
  });

  it('has one row per evidence item with its document', () => {
    const all = records(evidence.content);
    expect(all).toHaveLength(network.relations.reduce((n, r) => n + r.evidence.length, 0));
    expect(all[1]).toEqual({
      Relation: 'r1',
      Source: 'a&b',
      Target: 'b',
      Document: 'doc-1',
      'Document title': 'A "quoted", title & <tag>',
      Publisher: 'Press, Inc.',
      Published: '2025-11',
      Quote: network.relations[0].evidence[1].quote,
      // Who says so: empty for evidence that is not coded.
      Claim: network.relations[0].evidence[1].claim ?? '',
      Speaker: network.relations[0].evidence[1].speaker ?? '',
    });
    expect(all.find((e) => e.Relation === 'r4')).toMatchObject({
      'Document title': "'=cmd|calc",
      Publisher: "'@press",
    });
  });
});

describe('toCsv on the Petro dataset', () => {
  it('has a row for every actor, relation and quote, quotes intact', () => {
    const petro = petroNetwork();
    const [nodes, edges, evidence] = toCsv(petro).map((f) => records(f.content));
    expect(nodes.map((n) => n.Id)).toEqual(petro.actors.map((a) => a.id));
    expect(edges.map((e) => [e.Id, e.Relation])).toEqual(petro.relations.map((r) => [r.id, r.type]));
    expect(evidence.map((e) => e.Quote)).toEqual(petro.relations.flatMap((r) => r.evidence.map((q) => q.quote)));
    expect(evidence.map((e) => e.Claim)).toEqual(petro.relations.flatMap((r) => r.evidence.map((q) => q.claim)));
  });
});
