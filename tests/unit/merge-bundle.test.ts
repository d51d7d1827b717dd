// @vitest-environment node
/**
 * `npm run merge`: a reviewed bundle merged into a temporary copy of the mini dataset. New
 * documents are written byte for byte with their SHA-256, duplicate relations become extra
 * evidence, and any problem (in the bundle or in the merged dataset) refuses every write and
 * is printed as `file: json-path: message`, with the bundle's paths for what the bundle brought.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeBundle } from '../../src/lib/data/merge-bundle';
import { readDatasetFolder } from '../../src/lib/data/read-dataset-folder';
import { validateDataset } from '../../src/lib/data/validate';
import { runMerge } from '../../src/cli/merge';
import { MINI_SOURCE, miniDatasetFiles } from '../fixtures/mini-dataset';

const SECOND_SOURCE =
  'Washington placed sanctions on Petro in October, the Treasury said. Petro answered that Trump was “an enemy of Colombia”.\r\n';
const SECOND_DOC = { id: 'second-doc', title: 'A second document', publisher: 'Other Press', published: '2025-11' };
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The mini dataset as the curated rules want it: a claim on every quote, a digest on every document. */
function curatedMini() {
  const files = miniDatasetFiles();
  for (const relation of files.relations) {
    for (const item of relation.evidence as Record<string, unknown>[]) item.claim = 'reported';
  }
  for (const doc of files.documents) doc.sha256 = sha256(MINI_SOURCE);
  return { ...files, sourceDigests: { 'sources/mini-doc.txt': sha256(MINI_SOURCE) } };
}

function bundle(parts: { documents?: object[]; actors?: object[]; relations?: object[]; sources?: object }) {
  return {
    format: 'petro-network-bundle',
    version: 1,
    name: 'Reviewed',
    documents: [],
    actors: [],
    relations: [],
    sources: {},
    ...parts,
  };
}

const evidence = (document: string, quote: string) => ({ document, quote, claim: 'reported' });

/** A duplicate of the mini relation (another id) with a second source, and a new relation from that source. */
function reviewedBundle() {
  return bundle({
    documents: [{ ...SECOND_DOC, file: 'sources/anything.txt' }],
    sources: { 'second-doc': SECOND_SOURCE },
    relations: [
      {
        id: 'trump-sanctioned-petro-again',
        source: 'donald-trump',
        target: 'gustavo-petro',
        type: 'sanctioned',
        date: '2025-10',
        summary: 'Washington sanctioned Petro.',
        translations: { es: { summary: 'Washington sancionó a Petro.' } },
        evidence: [
          evidence('mini-doc', 'Trump imposed sanctions on Petro in October.'),
          evidence('second-doc', 'Washington placed sanctions on Petro in October'),
        ],
      },
      {
        evidence: [evidence('second-doc', 'Petro answered that Trump was “an enemy of Colombia”.')],
        translations: { es: { summary: 'Petro criticó a Trump.' } },
        summary: 'Petro criticized Trump.',
        type: 'criticized',
        target: 'donald-trump',
        source: 'gustavo-petro',
        id: 'petro-criticized-trump',
        x: 3,
      },
    ],
  });
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A temporary folder holding the curated mini dataset and `bundle.json`. */
function tempDataset(bundleValue: unknown, bundleText = JSON.stringify(bundleValue, null, 2)) {
  const root = mkdtempSync(join(tmpdir(), 'merge-bundle-'));
  folders.push(root);
  const dataset = join(root, 'dataset');
  const files = curatedMini();
  mkdirSync(join(dataset, 'sources'), { recursive: true });
  for (const name of ['documents', 'actors', 'relations'] as const) {
    writeFileSync(join(dataset, `${name}.json`), `${JSON.stringify(files[name], null, 2)}\n`);
  }
  writeFileSync(join(dataset, 'sources/mini-doc.txt'), MINI_SOURCE);
  const bundlePath = join(root, 'bundle.json');
  writeFileSync(bundlePath, bundleText);
  return { dataset, bundlePath };
}

/** Every file of the folder and its bytes. */
function snapshot(folder: string): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(folder, path), readFileSync(path).toString('base64')];
    }),
  );
}

async function merge(bundlePath: string, dataset: string) {
  const log: string[] = [];
  const error: string[] = [];
  const code = await runMerge([bundlePath, '--dataset', dataset], {
    log: (line) => log.push(line),
    error: (line) => error.push(line),
  });
  return { code, log, error };
}

const readJson = (dataset: string, name: string) => JSON.parse(readFileSync(join(dataset, name), 'utf8'));

describe('npm run merge', () => {
  it('writes a new document byte for byte with its SHA-256, and the folder validates', async () => {
    const { dataset, bundlePath } = tempDataset(reviewedBundle());
    const { code, log, error } = await merge(bundlePath, dataset);
    expect(error).toEqual([]);
    expect(code).toBe(0);
    expect(log).toEqual([
      `bundle.json merged into ${dataset}: documents added: 1; actors added: 0; existing actors given new aliases: 0; ` +
        'relations added: 1; evidence items added to existing relations: 1',
    ]);
    expect(readFileSync(join(dataset, 'sources/second-doc.txt'))).toEqual(Buffer.from(SECOND_SOURCE, 'utf8'));
    const added = readJson(dataset, 'documents.json')[1];
    expect(added).toEqual({ ...SECOND_DOC, file: 'sources/second-doc.txt', sha256: sha256(SECOND_SOURCE) });
    expect(Object.keys(added)).toEqual(['id', 'title', 'publisher', 'published', 'file', 'sha256']);
    const relation = readJson(dataset, 'relations.json')[1];
    expect(Object.keys(relation)).toEqual(['id', 'source', 'target', 'type', 'summary', 'translations', 'evidence']);
    const { files, problems } = readDatasetFolder(dataset);
    expect(problems).toEqual([]);
    expect(validateDataset(files, { curated: true }).problems).toEqual([]);
    // Written in the dataset files' own layout, so a merge diff shows only what changed.
    const actorsText = readFileSync(join(dataset, 'actors.json'), 'utf8');
    expect(actorsText).toBe(`${JSON.stringify(JSON.parse(actorsText), null, 2)}\n`);
  });

  it('turns a duplicate relation into another evidence item and skips a quote already there', async () => {
    const { dataset, bundlePath } = tempDataset(reviewedBundle());
    await merge(bundlePath, dataset);
    const relations = readJson(dataset, 'relations.json');
    expect(relations.map((r: { id: string }) => r.id)).toEqual(['trump-sanctioned-petro', 'petro-criticized-trump']);
    expect(relations[0].summary).toBe('Trump sanctioned Petro.');
    expect(relations[0].evidence).toEqual([
      evidence('mini-doc', 'Trump imposed sanctions on Petro in October.'),
      evidence('second-doc', 'Washington placed sanctions on Petro in October'),
    ]);
  });

  it('matches an undirected relation with its ends either way round, and merges new aliases', async () => {
    const met = (id: string, source: string, target: string, quote: string) => ({
      ...{ id, source, target, type: 'met', summary: 'They met.', translations: { es: { summary: 'Se reunieron.' } } },
      evidence: [evidence('mini-doc', quote)],
    });
    const actor = { ...curatedMini().actors[1], aliases: ['Petro', 'Gustavo Francisco Petro'] };
    const outcome = await mergeBundle(
      curatedMini(),
      'bundle.json',
      bundle({
        actors: [actor],
        relations: [
          met('trump-met-petro', 'donald-trump', 'gustavo-petro', 'Trump imposed sanctions on Petro'),
          met('petro-met-trump', 'gustavo-petro', 'donald-trump', 'called the move “an aggression”'),
        ],
      }),
    );
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.counts).toEqual({ documents: 0, actors: 0, aliasedActors: 1, relations: 1, evidence: 0 });
    expect(outcome.files.relations[1].evidence).toHaveLength(2);
    expect(outcome.files.actors[1].aliases).toEqual(['Petro', 'Gustavo Francisco Petro']);
  });

  it('refuses every write when one item is invalid, and prints each problem at its bundle path', async () => {
    const reviewed = reviewedBundle();
    reviewed.relations.push({
      ...reviewed.relations[1],
      id: 'petro-accused-trump',
      type: 'accused',
      target: 'nobody',
      evidence: [evidence('second-doc', 'Petro said that Trump was an enemy')],
    });
    const { dataset, bundlePath } = tempDataset(reviewed);
    const before = snapshot(dataset);
    const { code, log, error } = await merge(bundlePath, dataset);
    expect(code).toBe(1);
    expect(log).toEqual([]);
    expect(error[0]).toBe('bundle.json: $.relations[2].target: unknown actor "nobody"');
    expect(error[1]).toMatch(
      /^bundle\.json: \$\.relations\[2\]\.evidence\[0\]\.quote: quote is not an exact substring of sources\/second-doc\.txt/,
    );
    expect(error.at(-1)).toBe(`2 problems; nothing was written to ${dataset}`);
    expect(snapshot(dataset)).toEqual(before);
  });

  it('reports conflicts with the dataset: changed text, same text, other label, id taken, no text', async () => {
    const taken = { ...reviewedBundle().relations[1], id: 'trump-sanctioned-petro' };
    const outcome = await mergeBundle(
      curatedMini(),
      'bundle.json',
      bundle({
        documents: [
          { ...curatedMini().documents[0] },
          { ...SECOND_DOC, id: 'copy-of-mini', file: 'sources/copy-of-mini.txt' },
          { ...SECOND_DOC, file: 'sources/second-doc.txt' },
        ],
        sources: { 'mini-doc': MINI_SOURCE.trim(), 'copy-of-mini': MINI_SOURCE },
        actors: [{ ...curatedMini().actors[0], label: 'D. Trump' }],
        relations: [taken],
      }),
    );
    expect(outcome.ok).toBe(false);
    const lines = outcome.ok ? [] : outcome.problems.map((problem) => problem.message);
    expect(lines.slice(0, 5).map((message) => [message.key, message.params?.path])).toEqual([
      ['merge_document_text_differs', '$.sources["mini-doc"]'],
      ['merge_document_same_text', '$.documents[1]'],
      ['merge_document_without_text', '$.documents[2]'],
      ['merge_actor_differs', '$.actors[0]'],
      ['merge_relation_id_taken', '$.relations[0].id'],
    ]);
  });

  it('refuses a file that is not a bundle, or not JSON, and writes nothing', async () => {
    for (const [text, line] of [
      [
        '{ "nodes": [], "edges": [] }',
        'bundle.json: $: not a network bundle (a JSON object with "format": "petro-network-bundle")',
      ],
      [
        '{ "format": "petro-network-bundle", "version": 1, "documents": {} }',
        'bundle.json: $.documents: must be an array',
      ],
      ['{ not json', 'bundle.json: $: not valid JSON: '],
    ]) {
      const { dataset, bundlePath } = tempDataset(undefined, text);
      const before = snapshot(dataset);
      const { code, error } = await merge(bundlePath, dataset);
      expect(code).toBe(1);
      expect(error[0].slice(0, line.length)).toBe(line);
      expect(snapshot(dataset)).toEqual(before);
    }
  });

  it('runs end to end as a command: exit code 0 and a summary, then 1 and nothing written', () => {
    const { dataset, bundlePath } = tempDataset(reviewedBundle());
    const run = () =>
      spawnSync('npx', ['tsx', 'src/cli/merge.ts', bundlePath, '--dataset', dataset], {
        encoding: 'utf8',
        timeout: 60_000,
      });
    const first = run();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('documents added: 1;');
    const merged = snapshot(dataset);
    writeFileSync(
      bundlePath,
      JSON.stringify(
        bundle({
          relations: [{ ...reviewedBundle().relations[1], id: 'petro-accused-trump', type: 'accused', evidence: [] }],
        }),
      ),
    );
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('bundle.json: $.relations[0].evidence: ');
    expect(snapshot(dataset)).toEqual(merged);
  }, 60_000);
});
