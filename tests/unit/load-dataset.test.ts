import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { webcrypto } from 'node:crypto';
import { datasetManifest } from '../../src/build/dataset-manifest';
import { MANIFEST_FILE } from '../../src/lib/data/manifest';
import { problemAt } from '../../src/lib/data/problem';

const validateSpy = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../src/lib/data/validate', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/lib/data/validate')>();
  return {
    ...original,
    validateDataset: (...args: Parameters<typeof original.validateDataset>) => {
      validateSpy.calls++;
      return original.validateDataset(...args);
    },
  };
});

const { DatasetLoadError, loadDataset } = await import('../../src/lib/data/load');

const FOLDER = 'graph-data';
const BASE = 'http://app.test/graph-data/';

/** Serves graph-data/ as the built app does, with files overridden or removed by the test. */
function serve(overrides: Record<string, string | null> = {}) {
  const manifest = datasetManifest(FOLDER);
  if (!manifest.ok) throw new Error(manifest.problems.join('\n'));
  validateSpy.calls = 0; // the manifest itself comes from a validation, at build time
  const files: Record<string, string | null> = { [MANIFEST_FILE]: JSON.stringify(manifest.manifest), ...overrides };
  vi.stubGlobal('fetch', async (url: URL) => {
    const name = url.href.slice(BASE.length);
    let body: Uint8Array | null;
    if (name in files) body = files[name] === null ? null : new TextEncoder().encode(files[name] as string);
    else {
      try {
        body = readFileSync(`${FOLDER}/${name}`);
      } catch {
        body = null;
      }
    }
    if (body === null) return { ok: false, status: 404 };
    const bytes = body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength);
    return {
      ok: true,
      status: 200,
      arrayBuffer: async () => bytes,
      json: async () => JSON.parse(new TextDecoder().decode(bytes)),
    };
  });
}

describe('loading the bundled dataset', () => {
  beforeEach(() => {
    validateSpy.calls = 0;
    if (!globalThis.crypto?.subtle) vi.stubGlobal('crypto', webcrypto);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('uses the files as they are when the build vouches for these exact bytes', async () => {
    serve();
    const dataset = await loadDataset(BASE);
    expect(validateSpy.calls).toBe(0);
    expect(dataset.relations.length).toBeGreaterThan(100);
    const doc = dataset.documents[0];
    expect(dataset.sources[doc.id]).toBe(readFileSync(`${FOLDER}/${doc.file}`, 'utf8'));
  });

  it('validates in full when a file changed after the build, and names what is wrong', async () => {
    const relations = JSON.parse(readFileSync(`${FOLDER}/relations.json`, 'utf8'));
    relations[0].evidence[0].quote = 'a sentence that is in none of the sources at all';
    serve({ 'relations.json': JSON.stringify(relations) });
    const error = await loadDataset(BASE).catch((e: unknown) => e);
    expect(validateSpy.calls).toBe(1);
    expect(error).toBeInstanceOf(DatasetLoadError);
    const problems = (error as InstanceType<typeof DatasetLoadError>).problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'relations.json',
        path: '$[0].evidence[0].quote',
        message: expect.objectContaining({ key: expect.stringMatching(/^validate_quote_/) }),
      }),
    );
    // The error's own text is the English list, for logs.
    expect((error as Error).message).toMatch(
      /^relations\.json: \$\[0\]\.evidence\[0\]\.quote: quote is not an exact substring/m,
    );
  });

  it('validates in full when there is no manifest, and accepts valid files', async () => {
    serve({ [MANIFEST_FILE]: null });
    const dataset = await loadDataset(BASE);
    expect(validateSpy.calls).toBe(1);
    expect(dataset.actors.length).toBeGreaterThan(50);
  });

  it('validates in full when a source file the manifest lists was swapped', async () => {
    const documents = JSON.parse(readFileSync(`${FOLDER}/documents.json`, 'utf8'));
    serve({ [documents[0].file]: 'another text' });
    await expect(loadDataset(BASE)).rejects.toThrow(DatasetLoadError);
    expect(validateSpy.calls).toBe(1);
  });

  it('names a file that could not be fetched, with its HTTP status', async () => {
    serve({ 'actors.json': null });
    const error = await loadDataset(BASE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as InstanceType<typeof DatasetLoadError>).problems).toEqual([
      problemAt('actors.json', '$', 'load_http_error', { status: 404 }),
    ]);
    expect((error as Error).message).toBe('actors.json: $: could not be loaded (HTTP 404)');
  });

  it('names a file that is not JSON', async () => {
    serve({ 'documents.json': '[{' });
    const error = await loadDataset(BASE).catch((e: unknown) => e);
    const [problem] = (error as InstanceType<typeof DatasetLoadError>).problems;
    expect(problem).toMatchObject({ file: 'documents.json', path: '$', message: { key: 'load_not_json' } });
    expect((error as Error).message).toMatch(/^documents\.json: \$: not valid JSON: /);
  });
});

describe('the build-time manifest', () => {
  it('lists the three JSON files and every source, with their SHA-256', () => {
    const outcome = datasetManifest(FOLDER);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const documents = JSON.parse(readFileSync(`${FOLDER}/documents.json`, 'utf8')) as {
      file: string;
      sha256: string;
    }[];
    expect(Object.keys(outcome.manifest.files).sort()).toEqual(
      ['actors.json', 'documents.json', 'relations.json', ...documents.map((d) => d.file)].sort(),
    );
    for (const doc of documents) expect(outcome.manifest.files[doc.file]).toBe(doc.sha256);
  });

  it('is refused to an invalid dataset, with the problems named', async () => {
    const { mkdtempSync, cpSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const folder = mkdtempSync(`${tmpdir()}/petro-manifest-`);
    cpSync(FOLDER, folder, { recursive: true });
    writeFileSync(`${folder}/actors.json`, '[{"id": "Not A Slug"}]');
    const outcome = datasetManifest(folder);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problems.join('\n')).toMatch(/^actors\.json: \$\[0\]/m);
  });
});
