/**
 * `npm run validate [folder]`: checks a dataset folder (default graph-data/) and prints
 * each problem as `file: json-path: message`, in English. Exit code 1 when there is any.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import '../lib/i18n/all-messages';
import { readDatasetFolder } from '../lib/data/read-dataset-folder';
import { formatProblem, validateDataset } from '../lib/data/validate';

const folder = process.argv[2]
  ? resolve(process.argv[2])
  : fileURLToPath(new URL('../../graph-data/', import.meta.url));
const { files, problems: readProblems } = readDatasetFolder(folder);
// The repository's dataset codes who says so on every quote.
const { problems, dataset } = validateDataset(files, { curated: true });
const all = [...readProblems, ...problems];
for (const problem of all) console.error(formatProblem(problem, 'en'));
if (all.length > 0 || !dataset) {
  console.error(`\n${all.length} problem(s) in ${folder}`);
  process.exit(1);
}
console.log(
  `ok: ${dataset.documents.length} documents, ${dataset.actors.length} actors, ${dataset.relations.length} relations`,
);
