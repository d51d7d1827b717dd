import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/lib/data/validate';
import { miniDatasetFiles } from '../fixtures/mini-dataset';

function messages(files: ReturnType<typeof miniDatasetFiles>): string[] {
  return validateDataset(files).problems.map(formatProblem);
}

describe('validateDataset', () => {
  it('accepts a valid dataset and returns it typed, with sources by document id', () => {
    const { problems, dataset } = validateDataset(miniDatasetFiles());
    expect(problems).toEqual([]);
    expect(dataset?.relations).toHaveLength(1);
    expect(dataset?.sources['mini-doc']).toContain('Trump imposed sanctions');
  });

  it('reports a file that is not an array', () => {
    const files = miniDatasetFiles();
    (files as { actors: unknown }).actors = { id: 'x' };
    expect(messages(files)).toContain('actors.json: $: must be a JSON array');
  });

  it('reports a schema violation with its JSON path', () => {
    const files = miniDatasetFiles();
    files.actors[1].kind = 'wizard';
    expect(messages(files).some((m) => m.startsWith('actors.json: $[1].kind: '))).toBe(true);
  });

  it('reports an unknown relation type', () => {
    const files = miniDatasetFiles();
    files.relations[0].type = 'befriended';
    expect(messages(files).some((m) => m.startsWith('relations.json: $[0].type: '))).toBe(true);
  });

  it('reports duplicate ids', () => {
    const files = miniDatasetFiles();
    files.actors.push({ ...files.actors[0] });
    expect(messages(files)).toContain('actors.json: $[2].id: duplicate id "donald-trump" (first used at $[0])');
  });

  it('reports an endpoint that does not exist', () => {
    const files = miniDatasetFiles();
    files.relations[0].target = 'gustavo-perto';
    expect(messages(files)).toContain('relations.json: $[0].target: unknown actor "gustavo-perto"');
  });

  it('reports malformed and impossible dates', () => {
    const files = miniDatasetFiles();
    files.relations[0].date = '2025-02-30';
    expect(messages(files)).toContain(
      'relations.json: $[0].date: must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
    );
    files.relations[0].date = '10/2025';
    expect(messages(files).some((m) => m.startsWith('relations.json: $[0].date: must be a partial ISO date'))).toBe(
      true,
    );
  });

  it('reports a date after the publication of the documents cited', () => {
    const files = miniDatasetFiles();
    files.relations[0].date = '2025-12';
    expect(messages(files)).toContain(
      'relations.json: $[0].date: date 2025-12 is after the publication of every document cited',
    );
  });

  it('reports a date and a period on the same relation', () => {
    const files = miniDatasetFiles();
    files.relations[0].start = '2024';
    expect(messages(files).some((m) => m.startsWith('relations.json: $[0].date: a relation has either a date'))).toBe(
      true,
    );
  });

  it('reports a period that ends before it starts', () => {
    const files = miniDatasetFiles();
    delete files.relations[0].date;
    files.relations[0].start = '2024-05';
    files.relations[0].end = '2023';
    expect(messages(files)).toContain('relations.json: $[0].end: end 2023 is before start 2024-05');
  });

  it('reports a quote that is not an exact substring, with the nearest match', () => {
    const files = miniDatasetFiles();
    // A straight apostrophe where the source has a curly one.
    files.relations[0].evidence = [
      { document: 'mini-doc', quote: "Petro's government – in a statement – called the move" },
    ];
    const [message] = messages(files);
    expect(message).toMatch(
      /^relations\.json: \$\[0\]\.evidence\[0\]\.quote: quote is not an exact substring of sources\/mini-doc\.txt/,
    );
    expect(message).toContain('characters agree) at line 1: "Petro’s government – in a statement – called the move"');
  });

  it('reports a quote that is too short to support a claim', () => {
    const files = miniDatasetFiles();
    files.relations[0].evidence = [{ document: 'mini-doc', quote: 'sanctions' }];
    expect(messages(files)).toContain(
      'relations.json: $[0].evidence[0].quote: a quote must be at least 20 characters long',
    );
  });

  it('reports a relation without evidence', () => {
    const files = miniDatasetFiles();
    files.relations[0].evidence = [];
    expect(messages(files)).toContain('relations.json: $[0].evidence: every relation needs at least one evidence item');
  });

  it('reports evidence citing an unknown document', () => {
    const files = miniDatasetFiles();
    files.relations[0].evidence = [{ document: 'other-doc', quote: 'Trump imposed sanctions on Petro in October.' }];
    expect(messages(files)).toContain('relations.json: $[0].evidence[0].document: unknown document "other-doc"');
  });

  it('reports a source file that differs from its listed digest', () => {
    const files = miniDatasetFiles();
    files.documents[0].sha256 = 'a'.repeat(64);
    files.sourceDigests = { 'sources/mini-doc.txt': 'b'.repeat(64) };
    expect(messages(files)[0]).toMatch(
      /^documents\.json: \$\[0\]\.sha256: "sources\/mini-doc\.txt" is not byte-identical/,
    );
  });

  it('reports a listed source file that is missing and a source file nobody lists', () => {
    const files = miniDatasetFiles();
    files.sourceFiles = { 'sources/stray.txt': 'x' };
    const all = messages(files);
    expect(all).toContain('documents.json: $[0].file: source file "sources/mini-doc.txt" does not exist');
    expect(all).toContain('sources/stray.txt: $: source file is not listed in documents.json');
  });

  it('reports a document that no relation cites', () => {
    const files = miniDatasetFiles();
    files.documents.push({
      id: 'unused-doc',
      title: 'Unused',
      publisher: 'X',
      published: '2024',
      file: 'sources/unused.txt',
    });
    files.sourceFiles['sources/unused.txt'] = 'nothing here';
    expect(messages(files)).toContain('documents.json: $[1]: document "unused-doc" is never cited');
  });

  it('reports a duplicate relation, treating undirected types as unordered', () => {
    const files = miniDatasetFiles();
    files.relations.push({ ...files.relations[0], id: 'again' });
    expect(messages(files)).toContain(
      'relations.json: $[1]: duplicate of relation $[0] (same actors, type and date); add its quote as a second evidence item instead',
    );
    const met: Record<string, unknown> = { ...files.relations[0], type: 'met', id: 'met-1' };
    files.relations = [met, { ...met, id: 'met-2', source: met.target, target: met.source }];
    expect(messages(files).some((m) => m.startsWith('relations.json: $[1]: duplicate of relation $[0]'))).toBe(true);
  });

  it('reports a relation from an actor to itself', () => {
    const files = miniDatasetFiles();
    files.relations[0].target = 'donald-trump';
    expect(messages(files)).toContain('relations.json: $[0].target: a relation must join two different actors');
  });
});

describe('findNearestMatch', async () => {
  const { findNearestMatch } = await import('../../src/lib/data/nearest-match');
  it('aligns on the longest leading part when the quote goes wrong late', () => {
    const near = findNearestMatch(
      'Trump imposed sanctions on Colombia',
      'a\nTrump imposed sanctions on Petro in October.',
    );
    expect(near).toEqual({ matchedLength: 27, line: 2, sourceText: 'Trump imposed sanctions on Petro in' });
  });
  it('returns null when nothing of the quote is there', () => {
    expect(findNearestMatch('zzz', 'abc')).toBeNull();
  });
});
