/**
 * Browser-side loading of a dataset folder published over HTTP (the bundled graph-data/ by
 * default): fetches the three JSON files and every listed source. When the build's
 * manifest vouches for exactly these bytes (see manifest.ts), they are used as they are;
 * otherwise the validator is loaded and checks them with the same rules as
 * `npm run validate`. A failure is a DatasetLoadError listing every problem as a message;
 * the whole catalogue is registered before it is thrown, so that it can be worded.
 */
import { formatProblem, problemAt, type Problem } from './problem';
import type { Dataset } from './schema';
import { isDatasetManifest, matchesManifest, MANIFEST_FILE, type DatasetManifest } from './manifest';

/**
 * The dataset could not be loaded: the problems as messages for the page to word, and in
 * English as the error's text, for logs. The text is worded when it is read, since the
 * catalogue may be registered only after the error is made.
 */
export class DatasetLoadError extends Error {
  constructor(readonly problems: Problem[]) {
    super();
    this.name = 'DatasetLoadError';
    Object.defineProperty(this, 'message', {
      get: () => problems.map((problem) => formatProblem(problem, 'en')).join('\n'),
      enumerable: false,
      configurable: true,
    });
  }
}

interface FetchedFile {
  text: string;
  bytes: ArrayBuffer;
}

async function fetchFile(baseUrl: string, name: string): Promise<FetchedFile> {
  const response = await fetch(new URL(name, baseUrl));
  if (!response.ok) {
    throw new DatasetLoadError([problemAt(name, '$', 'load_http_error', { status: response.status })]);
  }
  const bytes = await response.arrayBuffer();
  return { bytes, text: new TextDecoder().decode(bytes) };
}

function parseJson(name: string, file: FetchedFile): unknown {
  try {
    return JSON.parse(file.text);
  } catch (error) {
    throw new DatasetLoadError([problemAt(name, '$', 'load_not_json', { detail: (error as Error).message })]);
  }
}

/** The build's manifest, or null when there is none or it is not one. */
async function fetchManifest(baseUrl: string): Promise<DatasetManifest | null> {
  try {
    const response = await fetch(new URL(MANIFEST_FILE, baseUrl));
    if (!response.ok) return null;
    const value: unknown = await response.json();
    return isDatasetManifest(value) ? value : null;
  } catch {
    return null;
  }
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Digests of the fetched files, or null where Web Crypto is missing (plain-HTTP pages). */
async function digestsOf(files: ReadonlyMap<string, FetchedFile>): Promise<Record<string, string> | null> {
  if (!globalThis.crypto?.subtle) return null;
  const entries = await Promise.all(
    [...files].map(async ([name, file]) => [name, await sha256Hex(file.bytes)] as const),
  );
  return Object.fromEntries(entries);
}

function listedSourceFiles(documents: unknown): string[] {
  if (!Array.isArray(documents)) return [];
  return documents
    .map((d) => (d && typeof d === 'object' ? (d as { file?: unknown }).file : undefined))
    .filter((f): f is string => typeof f === 'string');
}

/** Loads the dataset, validated here or by the build; throws DatasetLoadError listing every problem found. */
export async function loadDataset(baseUrl: string): Promise<Dataset> {
  try {
    return await loadChecked(baseUrl);
  } catch (error) {
    // The problems are worded from the whole catalogue, which the first view does not hold.
    if (error instanceof DatasetLoadError) await import('../i18n/all-messages');
    throw error;
  }
}

async function loadChecked(baseUrl: string): Promise<Dataset> {
  const manifestPromise = fetchManifest(baseUrl);
  const jsonNames = ['documents.json', 'actors.json', 'relations.json'] as const;
  const jsonFiles = await Promise.all(jsonNames.map((name) => fetchFile(baseUrl, name)));
  const [documents, actors, relations] = jsonNames.map((name, i) => parseJson(name, jsonFiles[i]));

  const fetched = new Map<string, FetchedFile>(jsonNames.map((name, i) => [name, jsonFiles[i]]));
  const sourceNames = listedSourceFiles(documents);
  const sourceTexts = await Promise.all(sourceNames.map((file) => fetchFile(baseUrl, file).catch(() => undefined)));
  const sourceFiles: Record<string, string> = {};
  sourceNames.forEach((file, i) => {
    const source = sourceTexts[i];
    if (source === undefined) return;
    fetched.set(file, source);
    sourceFiles[file] = source.text;
  });

  const [manifest, digests] = await Promise.all([manifestPromise, digestsOf(fetched)]);
  if (manifest && digests && matchesManifest(manifest, digests)) {
    // These exact bytes passed every rule when the app was built: no need to check again.
    const dataset = { documents, actors, relations } as Omit<Dataset, 'sources'>;
    const sources = Object.fromEntries(dataset.documents.map((doc) => [doc.id, sourceFiles[doc.file]]));
    return { ...dataset, sources };
  }

  const { validateDataset } = await import('./validate');
  const { problems, dataset } = validateDataset({
    documents,
    actors,
    relations,
    sourceFiles,
    sourceDigests: digests ?? undefined,
  });
  if (!dataset) throw new DatasetLoadError(problems);
  return dataset;
}
