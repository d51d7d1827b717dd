/**
 * `npm run merge -- path/to/bundle.json [--dataset path/to/folder]`: merges a reviewed
 * network bundle into a dataset folder (default graph-data/) with mergeBundle, which
 * refuses the whole merge on any problem. Problems are printed as `file: json-path:
 * message`, in English, and nothing is written (exit code 1). Otherwise the new source
 * files and the three JSON files are written, formatted as Prettier formats the
 * repository, and what was added is printed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import '../lib/i18n/all-messages';
import { formatMessage, msg, type MessageKey, type MessageParams } from '../lib/i18n/messages';
import { formatProblem, problemAt, type Problem } from '../lib/data/problem';
import { readDatasetFolder } from '../lib/data/read-dataset-folder';
import { mergeBundle, parseBundleText, type MergedFiles } from '../lib/data/merge-bundle';

const DEFAULT_DATASET = fileURLToPath(new URL('../../graph-data/', import.meta.url));

/** Where the command's lines go: the terminal, or a test that reads them. */
export interface MergeOutput {
  log(line: string): void;
  error(line: string): void;
}

const words = (key: MessageKey, params?: MessageParams) => formatMessage(msg(key, params), 'en');

/** The JSON files as Prettier writes them with the repository's settings (wherever the folder is). */
/** The dataset files' own layout (two-space JSON, one value per line, a final newline): a merge diff shows only what changed. */
function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Writes every file next to its target first and then renames them, so a failure midway leaves no half-written file. */
async function writeMerged(folder: string, files: MergedFiles): Promise<void> {
  const writes: [string, string][] = Object.entries(files.newSources).map(([path, text]) => [join(folder, path), text]);
  for (const name of ['documents', 'actors', 'relations'] as const) {
    writes.push([join(folder, `${name}.json`), formatJson(files[name])]);
  }
  for (const [target, text] of writes) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(`${target}.merging`, text, 'utf8');
  }
  for (const [target] of writes) renameSync(`${target}.merging`, target);
}

function readBundleFile(path: string, file: string): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const detail = (error as Error).message;
    return { ok: false, problems: [problemAt(file, '$', missing ? 'load_file_missing' : 'load_not_json', { detail })] };
  }
  return parseBundleText(file, text);
}

/** Runs the command on its arguments (after `--`); resolves to the exit code. */
export async function runMerge(args: string[], output: MergeOutput = console): Promise<number> {
  let bundleArg: string | undefined;
  let datasetArg: string | undefined;
  try {
    const { positionals, values } = parseArgs({
      args,
      allowPositionals: true,
      options: { dataset: { type: 'string' } },
    });
    if (positionals.length === 1) [bundleArg, datasetArg] = [positionals[0], values.dataset];
  } catch {
    // An unknown option: the usage line below says what is expected.
  }
  if (bundleArg === undefined) {
    output.error(words('merge_usage'));
    return 1;
  }
  // npm runs scripts from the package folder; paths are meant from where the command was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const bundlePath = resolve(cwd, bundleArg);
  const folder = datasetArg === undefined ? DEFAULT_DATASET : resolve(cwd, datasetArg);
  const file = basename(bundlePath);

  const refuse = (problems: Problem[]): number => {
    for (const problem of problems) output.error(formatProblem(problem, 'en'));
    output.error(words('merge_refused', { count: problems.length, folder }));
    return 1;
  };
  const dataset = readDatasetFolder(folder);
  if (dataset.problems.length > 0) return refuse(dataset.problems);
  const read = readBundleFile(bundlePath, file);
  if (!read.ok) return refuse(read.problems);
  const outcome = await mergeBundle(dataset.files, file, read.value);
  if (!outcome.ok) return refuse(outcome.problems);

  const { counts } = outcome;
  if (Object.values(counts).every((count) => count === 0)) {
    output.log(words('merge_nothing_new', { file, folder }));
    return 0;
  }
  await writeMerged(folder, outcome.files);
  output.log(
    words('merge_done', {
      file,
      folder,
      documents: counts.documents,
      actors: counts.actors,
      aliased: counts.aliasedActors,
      relations: counts.relations,
      evidence: counts.evidence,
    }),
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runMerge(process.argv.slice(2));
}
