/**
 * Browser-side loading of a dataset folder published over HTTP (the bundled graph-data/ by
 * default): fetches the three JSON files and every listed source, then validates them with
 * the same rules as `npm run validate`.
 */
import { formatProblem, validateDataset, type Problem } from './validate';
import type { Dataset } from './schema';

export class DatasetLoadError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'DatasetLoadError';
  }
}

async function fetchText(baseUrl: string, name: string): Promise<string> {
  const response = await fetch(new URL(name, baseUrl));
  if (!response.ok) {
    throw new DatasetLoadError([{ file: name, path: '$', message: `could not be loaded (HTTP ${response.status})` }]);
  }
  return response.text();
}

async function fetchJson(baseUrl: string, name: string): Promise<unknown> {
  const text = await fetchText(baseUrl, name);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError([{ file: name, path: '$', message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

/** Loads and validates; throws DatasetLoadError listing every problem found. */
export async function loadDataset(baseUrl: string): Promise<Dataset> {
  const [documents, actors, relations] = await Promise.all([
    fetchJson(baseUrl, 'documents.json'),
    fetchJson(baseUrl, 'actors.json'),
    fetchJson(baseUrl, 'relations.json'),
  ]);
  const sourceFiles: Record<string, string> = {};
  if (Array.isArray(documents)) {
    const files = documents
      .map((d) => (d && typeof d === 'object' ? (d as { file?: unknown }).file : undefined))
      .filter((f): f is string => typeof f === 'string');
    const texts = await Promise.all(files.map((file) => fetchText(baseUrl, file).catch(() => undefined)));
    files.forEach((file, i) => {
      if (texts[i] !== undefined) sourceFiles[file] = texts[i];
    });
  }
  const { problems, dataset } = validateDataset({ documents, actors, relations, sourceFiles });
  if (!dataset) throw new DatasetLoadError(problems);
  return dataset;
}
