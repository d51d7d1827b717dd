/**
 * The app's own bundle: strict dataset rules when it claims the fixed vocabulary with
 * evidence everywhere, the lenient schema otherwise; problems as messages that read
 * "file: JSON path: message", with the validator's keys where the rule is the same.
 */
import { describe, expect, it } from 'vitest';
import { importNetwork, BUNDLE_FORMAT, type ImportResult } from '../../src/lib/import';
import { formatMessage, msg, type Message } from '../../src/lib/i18n/messages';
import { MINI_SOURCE, miniDatasetFiles } from '../fixtures/mini-dataset';

function strictBundle(): Record<string, unknown> & {
  actors: Record<string, unknown>[];
  relations: Record<string, unknown>[];
} {
  const files = miniDatasetFiles();
  return {
    format: BUNDLE_FORMAT,
    version: 1,
    name: 'Mini',
    documents: files.documents,
    actors: files.actors,
    relations: files.relations,
    sources: { 'mini-doc': MINI_SOURCE },
  };
}

function lenientBundle() {
  return {
    format: BUNDLE_FORMAT,
    version: 1,
    name: 'Imported',
    documents: [],
    actors: [
      { id: 'a', label: 'A', kind: 'character', aliases: [], x: 1, y: 2, color: '#fff', attributes: { book: 1 } },
      { id: 'b', label: 'B', kind: 'character', aliases: [] },
    ],
    relations: [{ id: 'r1', source: 'a', target: 'b', type: 'knows', evidence: [], directed: false, weight: 2 }],
    sources: {},
  };
}

function run(bundle: unknown, name = 'mini.json'): ImportResult {
  return importNetwork([{ name, text: JSON.stringify(bundle, null, 2) }]);
}

function problemMessages(bundle: unknown): Message[] {
  const result = run(bundle);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

/** The problems in English, as a user reads them. */
function problems(bundle: unknown): string[] {
  return problemMessages(bundle).map((problem) => formatMessage(problem, 'en'));
}

describe('bundle import', () => {
  it('opens a dataset bundle checked by the strict rules', () => {
    const result = run(strictBundle());
    expect(result).toMatchObject({ ok: true, format: 'bundle', warnings: [] });
    if (!result.ok) return;
    expect(result.network.name).toBe('Mini');
    expect(result.network.relations[0].evidence[0].document).toBe('mini-doc');
    expect(result.network.sources['mini-doc']).toBe(MINI_SOURCE);
  });

  it('applies the strict rules: a quote that is not in its source is a problem, at its bundle path', () => {
    const bundle = strictBundle();
    (bundle.relations[0].evidence as { quote: string }[])[0].quote = 'Trump imposed sanctions on Bogotá in October.';
    const [message] = problemMessages(bundle);
    expect(message).toMatchObject({
      key: 'validate_quote_near_match',
      params: { file: 'mini.json', path: '$.relations[0].evidence[0].quote', source: 'sources/mini-doc.txt' },
    });
    const [problem] = problems(bundle);
    expect(problem).toMatch(
      /^mini\.json: \$\.relations\[0\]\.evidence\[0\]\.quote: quote is not an exact substring of sources\/mini-doc\.txt/,
    );
  });

  it('applies the strict rules: an actor of the fixed vocabulary needs a description', () => {
    const bundle = strictBundle();
    delete bundle.actors[0].description;
    expect(problemMessages(bundle)[0]).toEqual(
      msg('validate_required', { expected: 'string', file: 'mini.json', path: '$.actors[0].description' }),
    );
    expect(problems(bundle)[0]).toMatch(/^mini\.json: \$\.actors\[0\]\.description: /);
  });

  it('keeps network-only fields (positions, colours, attributes) of a strict bundle', () => {
    const bundle = strictBundle();
    Object.assign(bundle.actors[0], { x: 3, y: 4, color: '#000000' });
    const result = run(bundle);
    expect(result.ok && result.network.actors[0]).toMatchObject({ x: 3, y: 4, color: '#000000' });
  });

  it('opens a bundle of any kinds and types under the lenient schema, where descriptions are optional', () => {
    const result = run(lenientBundle(), 'imported.json');
    expect(result).toMatchObject({ ok: true, format: 'bundle' });
    if (!result.ok) return;
    expect(result.network).toEqual({
      name: 'Imported',
      documents: [],
      actors: lenientBundle().actors,
      relations: lenientBundle().relations,
      sources: {},
    });
  });

  it('reports lenient shape errors with their JSON path', () => {
    const bundle = lenientBundle();
    (bundle.relations[0] as Record<string, unknown>).date = '2024-13';
    (bundle.actors[1] as Record<string, unknown>).label = '';
    expect(problemMessages(bundle)).toEqual([
      msg('validate_empty', { minimum: 1, file: 'mini.json', path: '$.actors[1].label' }),
      msg('validate_not_partial_date', { file: 'mini.json', path: '$.relations[0].date' }),
    ]);
    const list = problems(bundle);
    expect(list).toHaveLength(2);
    expect(list).toContain('mini.json: $.actors[1].label: must not be empty');
    expect(list).toContain('mini.json: $.relations[0].date: must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
  });

  it("keeps a workspace bundle's review, and names a wrong decision by its JSON path", () => {
    const review = { decisions: { 'sg-1': 'accepted', 'sg-2': 'rejected' }, mentionChoices: { doc: { '12': 'a' } } };
    const result = run({ ...lenientBundle(), review });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.network.review).toEqual(review);
    const list = problems({ ...lenientBundle(), review: { decisions: { 'sg-1': 'maybe' } } });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatch(/^mini\.json: \$\.review\.decisions\.sg-1: /);
    expect(
      problems({ ...lenientBundle(), review: { decisions: {}, mentionChoices: { doc: { twelve: 'a' } } } })[0],
    ).toMatch(/^mini\.json: \$\.review\.mentionChoices\.doc/);
  });

  it('reports unknown endpoints, duplicate ids and quotes missing from the bundled source', () => {
    const bundle = lenientBundle();
    bundle.actors.push({ ...bundle.actors[1] });
    bundle.relations.push({
      id: 'r1',
      source: 'a',
      target: 'ghost',
      type: 'knows',
      evidence: [],
      directed: false,
      weight: 1,
    });
    const withEvidence = {
      ...bundle,
      documents: strictBundle().documents,
      sources: { 'mini-doc': MINI_SOURCE },
      relations: [
        ...bundle.relations,
        { id: 'r3', source: 'a', target: 'b', type: 'knows', evidence: [{ document: 'mini-doc', quote: 'not there' }] },
      ],
    };
    expect(problemMessages(withEvidence)).toEqual([
      msg('validate_duplicate_id', { id: 'b', firstPath: '$.actors[1]', file: 'mini.json', path: '$.actors[2].id' }),
      msg('validate_duplicate_id', {
        id: 'r1',
        firstPath: '$.relations[0]',
        file: 'mini.json',
        path: '$.relations[1].id',
      }),
      msg('validate_unknown_actor', { actor: 'ghost', file: 'mini.json', path: '$.relations[1].target' }),
      msg('bundle_quote_not_in_source', {
        document: 'mini-doc',
        file: 'mini.json',
        path: '$.relations[2].evidence[0].quote',
      }),
    ]);
    expect(problems(withEvidence)).toEqual([
      'mini.json: $.actors[2].id: duplicate id "b" (first used at $.actors[1])',
      'mini.json: $.relations[1].id: duplicate id "r1" (first used at $.relations[0])',
      'mini.json: $.relations[1].target: unknown actor "ghost"',
      'mini.json: $.relations[2].evidence[0].quote: quote is not an exact substring of the source of "mini-doc"',
    ]);
  });

  it('refuses a newer bundle version and unknown fields', () => {
    expect(problemMessages({ ...lenientBundle(), version: 2 })).toEqual([
      msg('bundle_newer_version', { version: 2, supported: 1, file: 'mini.json', path: '$.version' }),
    ]);
    expect(problems({ ...lenientBundle(), version: 2 })).toEqual([
      'mini.json: $.version: bundle version 2 is newer than this app reads (version 1)',
    ]);
    const typo = lenientBundle();
    (typo.actors[0] as Record<string, unknown>).lable = 'A';
    expect(problemMessages(typo)[0]).toEqual(
      msg('validate_unknown_fields', { fields: '"lable"', count: 1, file: 'mini.json', path: '$.actors[0]' }),
    );
    expect(problems(typo)[0]).toMatch(/^mini\.json: \$\.actors\[0\]: .*lable/);
  });
});

describe('bundle warnings', () => {
  it('count self-loops and cut labels, naming the first few by their JSON path', () => {
    const bundle = lenientBundle();
    bundle.actors = Array.from({ length: 7 }, (_, i) => ({
      id: `a${i}`,
      label: 'x'.repeat(600),
      kind: 'k',
      aliases: [],
    }));
    bundle.relations = [
      { id: 'r1', source: 'a0', target: 'a0', type: 'knows', evidence: [], directed: false, weight: 1 },
    ];
    const result = run(bundle);
    if (!result.ok) throw new Error('expected a network');
    expect(result.warnings).toEqual([
      ...[0, 1, 2, 3, 4].map((i) =>
        msg('bundle_label_cut', { file: 'mini.json', path: `$.actors[${i}].label`, max: 500 }),
      ),
      msg('bundle_more_labels_cut', { file: 'mini.json', count: 2, max: 500 }),
      msg('bundle_self_loops_left_out', { file: 'mini.json', count: 1 }),
    ]);
    expect(result.warnings.map((warning) => formatMessage(warning, 'en')).slice(4)).toEqual([
      'mini.json: $.actors[4].label: label cut to 500 characters',
      'mini.json: 2 more labels cut to 500 characters',
      'mini.json: 1 self-loop (a relation of an actor with itself) left out; the explorer cannot show it',
    ]);
  });
});
