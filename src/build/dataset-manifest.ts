/**
 * Node-side half of the bundled-dataset check (see src/lib/data/manifest.ts): validates a
 * dataset folder with the same rules as `npm run validate` and, when it passes, lists the
 * SHA-256 of the files the browser will fetch. Problems are worded in English, for the
 * build's log.
 *
 * Runs inside Vite's config, which Node loads itself: imports along this chain name their
 * `.ts` files, as Node's module resolution requires.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDatasetFolder } from '../lib/data/read-dataset-folder.ts';
import { formatProblem, validateDataset } from '../lib/data/validate.ts';
import { MANIFEST_FORMAT, type DatasetManifest } from '../lib/data/manifest.ts';

export type ManifestOutcome = { ok: true; manifest: DatasetManifest } | { ok: false; problems: string[] };

export function datasetManifest(folder: string): ManifestOutcome {
  const { files, problems: readProblems } = readDatasetFolder(folder);
  const { problems, dataset } = validateDataset(files, { curated: true });
  const all = [...readProblems, ...problems];
  if (all.length > 0 || !dataset) return { ok: false, problems: all.map((problem) => formatProblem(problem, 'en')) };
  const digest = (path: string) =>
    createHash('sha256')
      .update(readFileSync(join(folder, path)))
      .digest('hex');
  const paths = ['documents.json', 'actors.json', 'relations.json', ...dataset.documents.map((d) => d.file)];
  return {
    ok: true,
    manifest: { format: MANIFEST_FORMAT, files: Object.fromEntries(paths.map((p) => [p, digest(p)])) },
  };
}
