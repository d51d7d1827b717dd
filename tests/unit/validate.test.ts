/**
 * The dataset validator: every rule, each problem checked as its file, JSON path and
 * catalogue message, and as the English line `npm run validate` prints.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, type Problem } from '../../src/lib/data/validate';
import { problemAt } from '../../src/lib/data/problem';
import { miniDatasetFiles } from '../fixtures/mini-dataset';

function problems(files: ReturnType<typeof miniDatasetFiles>): Problem[] {
  return validateDataset(files).problems;
}

/** The problems as the command line prints them, in English. */
function messages(files: ReturnType<typeof miniDatasetFiles>): string[] {
  return problems(files).map((problem) => formatProblem(problem, 'en'));
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
    expect(problems(files)).toContainEqual(problemAt('actors.json', '$', 'validate_not_array'));
    expect(messages(files)).toContain('actors.json: $: must be a JSON array');
  });

  it('reports a schema violation with its JSON path', () => {
    const files = miniDatasetFiles();
    files.actors[1].kind = 'wizard';
    const [problem] = problems(files).filter((p) => p.path === '$[1].kind');
    expect(problem).toMatchObject({ file: 'actors.json', message: { key: 'validate_not_one_of' } });
    expect(problem.message.params?.values).toContain('"person"');
    expect(messages(files).some((m) => m.startsWith('actors.json: $[1].kind: must be one of "person", '))).toBe(true);
  });

  it('reports an unknown relation type', () => {
    const files = miniDatasetFiles();
    files.relations[0].type = 'befriended';
    expect(problems(files).find((p) => p.path === '$[0].type')).toMatchObject({
      file: 'relations.json',
      message: { key: 'validate_not_one_of' },
    });
    expect(messages(files).some((m) => m.startsWith('relations.json: $[0].type: must be one of "allied", '))).toBe(
      true,
    );
  });

  it('reports duplicate ids', () => {
    const files = miniDatasetFiles();
    files.actors.push({ ...files.actors[0] });
    expect(problems(files)).toContainEqual(
      problemAt('actors.json', '$[2].id', 'validate_duplicate_id', { id: 'donald-trump', firstPath: '$[0]' }),
    );
    expect(messages(files)).toContain('actors.json: $[2].id: duplicate id "donald-trump" (first used at $[0])');
  });

  it('reports an endpoint that does not exist', () => {
    const files = miniDatasetFiles();
    files.relations[0].target = 'gustavo-perto';
    expect(problems(files)).toContainEqual(
      problemAt('relations.json', '$[0].target', 'validate_unknown_actor', { actor: 'gustavo-perto' }),
    );
    expect(messages(files)).toContain('relations.json: $[0].target: unknown actor "gustavo-perto"');
  });

  it('reports malformed and impossible dates', () => {
    const files = miniDatasetFiles();
    files.relations[0].date = '2025-02-30';
    expect(problems(files)).toContainEqual(problemAt('relations.json', '$[0].date', 'validate_not_partial_date'));
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
    expect(problems(files)).toContainEqual(
      problemAt('relations.json', '$[0].date', 'validate_date_after_sources', { field: 'date', value: '2025-12' }),
    );
    expect(messages(files)).toContain(
      'relations.json: $[0].date: date 2025-12 is after the publication of every document cited',
    );
  });

  it('reports a date and a period on the same relation', () => {
    const files = miniDatasetFiles();
    files.relations[0].start = '2024';
    expect(problems(files)).toContainEqual(problemAt('relations.json', '$[0].date', 'validate_date_and_span'));
    expect(messages(files).some((m) => m.startsWith('relations.json: $[0].date: a relation has either a date'))).toBe(
      true,
    );
  });

  it('reports a period that ends before it starts', () => {
    const files = miniDatasetFiles();
    delete files.relations[0].date;
    files.relations[0].start = '2024-05';
    files.relations[0].end = '2023';
    expect(problems(files)).toContainEqual(
      problemAt('relations.json', '$[0].end', 'validate_end_before_start', { start: '2024-05', end: '2023' }),
    );
    expect(messages(files)).toContain('relations.json: $[0].end: end 2023 is before start 2024-05');
  });

  it('reports a quote that is not an exact substring, with the nearest match', () => {
    const files = miniDatasetFiles();
    // A straight apostrophe where the source has a curly one.
    files.relations[0].evidence = [
      { document: 'mini-doc', quote: "Petro's government – in a statement – called the move" },
    ];
    const [problem] = problems(files);
    expect(problem).toEqual(
      problemAt('relations.json', '$[0].evidence[0].quote', 'validate_quote_near_match', {
        source: 'sources/mini-doc.txt',
        matched: 47,
        length: 53,
        line: 1,
        sourceText: 'Petro’s government – in a statement – called the move',
      }),
    );
    const [message] = messages(files);
    expect(message).toMatch(
      /^relations\.json: \$\[0\]\.evidence\[0\]\.quote: quote is not an exact substring of sources\/mini-doc\.txt/,
    );
    expect(message).toContain('characters agree) at line 1: "Petro’s government – in a statement – called the move"');
  });

  it('reports a quote that is too short to support a claim', () => {
    const files = miniDatasetFiles();
    files.relations[0].evidence = [{ document: 'mini-doc', quote: 'sanctions' }];
    expect(problems(files)).toContainEqual(
      problemAt('relations.json', '$[0].evidence[0].quote', 'validate_quote_too_short', { minimum: 20 }),
    );
    expect(messages(files)).toContain(
      'relations.json: $[0].evidence[0].quote: a quote must be at least 20 characters long',
    );
  });

  it('reports a relation without evidence', () => {
    const files = miniDatasetFiles();
    files.relations[0].evidence = [];
    expect(problems(files)).toContainEqual(problemAt('relations.json', '$[0].evidence', 'validate_no_evidence'));
    expect(messages(files)).toContain('relations.json: $[0].evidence: every relation needs at least one evidence item');
  });

  it('reports evidence citing an unknown document', () => {
    const files = miniDatasetFiles();
    files.relations[0].evidence = [{ document: 'other-doc', quote: 'Trump imposed sanctions on Petro in October.' }];
    expect(problems(files)).toContainEqual(
      problemAt('relations.json', '$[0].evidence[0].document', 'validate_unknown_document', { document: 'other-doc' }),
    );
    expect(messages(files)).toContain('relations.json: $[0].evidence[0].document: unknown document "other-doc"');
  });

  it('reports a source file that differs from its listed digest', () => {
    const files = miniDatasetFiles();
    files.documents[0].sha256 = 'a'.repeat(64);
    files.sourceDigests = { 'sources/mini-doc.txt': 'b'.repeat(64) };
    expect(problems(files)[0]).toEqual(
      problemAt('documents.json', '$[0].sha256', 'validate_source_changed', {
        source: 'sources/mini-doc.txt',
        digest: 'b'.repeat(64),
      }),
    );
    expect(messages(files)[0]).toMatch(
      /^documents\.json: \$\[0\]\.sha256: "sources\/mini-doc\.txt" is not byte-identical/,
    );
  });

  it('reports a listed source file that is missing and a source file nobody lists', () => {
    const files = miniDatasetFiles();
    files.sourceFiles = { 'sources/stray.txt': 'x' };
    expect(problems(files)).toContainEqual(
      problemAt('documents.json', '$[0].file', 'validate_missing_source_file', { source: 'sources/mini-doc.txt' }),
    );
    expect(problems(files)).toContainEqual(problemAt('sources/stray.txt', '$', 'validate_source_not_listed'));
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
    expect(problems(files)).toContainEqual(
      problemAt('documents.json', '$[1]', 'validate_document_not_cited', { document: 'unused-doc' }),
    );
    expect(messages(files)).toContain('documents.json: $[1]: document "unused-doc" is never cited');
  });

  it('reports a duplicate relation, treating undirected types as unordered', () => {
    const files = miniDatasetFiles();
    files.relations.push({ ...files.relations[0], id: 'again' });
    expect(problems(files)).toContainEqual(
      problemAt('relations.json', '$[1]', 'validate_duplicate_relation', { firstPath: '$[0]' }),
    );
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
    expect(problems(files)).toContainEqual(problemAt('relations.json', '$[0].target', 'validate_self_relation'));
    expect(messages(files)).toContain('relations.json: $[0].target: a relation must join two different actors');
  });
});

describe('the schema rules, as messages', () => {
  it('tells a missing field from one of the wrong type, and names unknown fields', () => {
    const files = miniDatasetFiles();
    delete files.actors[0].description;
    files.actors[1].aliases = 'Petro';
    files.actors[1].nickname = 'GP';
    expect(messages(files)).toEqual(
      expect.arrayContaining([
        'actors.json: $[0].description: missing; it must be a string',
        'actors.json: $[1].aliases: must be an array',
        'actors.json: $[1]: unknown field "nickname"',
      ]),
    );
  });

  it('words every rule the schema states in its own terms, none left to the fallback', () => {
    const files = miniDatasetFiles();
    Object.assign(files.documents[0], {
      id: 'Not A Slug',
      language: 'English',
      file: 'x.txt',
      url: 'nowhere',
      sha256: 'zz',
    });
    Object.assign(files.actors[0], { country: 'USA', label: '' });
    files.actors[1].label = 'x'.repeat(300);
    const keys = problems(files).map((problem) => problem.message.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'validate_not_slug',
        'validate_not_language_tag',
        'validate_not_source_path',
        'validate_not_url',
        'validate_not_sha256',
        'validate_not_country_code',
        'validate_empty',
        'validate_too_long',
      ]),
    );
    expect(keys).not.toContain('validate_schema_rule');
    expect(keys).not.toContain('validate_invalid');
  });

  it('words the same problems in Spanish, keeping the file, the path and the values', () => {
    const spanish = (files: ReturnType<typeof miniDatasetFiles>) =>
      problems(files).map((problem) => formatProblem(problem, 'es'));
    const unknown = miniDatasetFiles();
    unknown.relations[0].target = 'gustavo-perto';
    unknown.actors[0].label = '';
    expect(spanish(unknown)).toEqual(
      expect.arrayContaining([
        'relations.json: $[0].target: actor desconocido "gustavo-perto"',
        'actors.json: $[0].label: no puede estar vacío',
      ]),
    );
    const short = miniDatasetFiles();
    short.relations[0].evidence = [{ document: 'mini-doc', quote: 'sanctions' }];
    expect(spanish(short)).toContain(
      'relations.json: $[0].evidence[0].quote: una cita debe tener al menos 20 caracteres',
    );
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
