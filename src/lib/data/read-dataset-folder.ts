/**
 * Node-only: reads a dataset folder (documents.json, actors.json, relations.json and
 * sources/*.txt) into the plain inputs of `validateDataset`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { problemAt, type Problem } from './problem.ts';
import type { DatasetFiles } from './validate.ts';

export function readDatasetFolder(folder: string): { files: DatasetFiles; problems: Problem[] } {
  const problems: Problem[] = [];
  const readJson = (name: string): unknown => {
    const path = join(folder, name);
    if (!existsSync(path)) {
      problems.push(problemAt(name, '$', 'load_file_missing'));
      return [];
    }
    try {
      return JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      problems.push(problemAt(name, '$', 'load_not_json', { detail: (error as Error).message }));
      return [];
    }
  };
  const sourceFiles: Record<string, string> = {};
  const sourceDigests: Record<string, string> = {};
  const sourcesDir = join(folder, 'sources');
  if (existsSync(sourcesDir)) {
    for (const name of readdirSync(sourcesDir)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      const bytes = readFileSync(join(sourcesDir, name));
      sourceFiles[`sources/${name}`] = bytes.toString('utf8');
      sourceDigests[`sources/${name}`] = createHash('sha256').update(bytes).digest('hex');
    }
  }
  return {
    files: {
      documents: readJson('documents.json'),
      actors: readJson('actors.json'),
      relations: readJson('relations.json'),
      sourceFiles,
      sourceDigests,
    },
    problems,
  };
}
