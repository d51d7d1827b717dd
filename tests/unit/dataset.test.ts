// @vitest-environment node
/**
 * Data tests: the bundled dataset itself, read from disk exactly as `npm run validate`
 * reads it, plus the product's promises about what it contains.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readDatasetFolder } from '../../src/lib/data/read-dataset-folder';
import { formatProblem, validateDataset } from '../../src/lib/data/validate';
import { renderJsonSchemas } from '../../src/lib/data/json-schema';

const folder = fileURLToPath(new URL('../../graph-data/', import.meta.url));
const { files, problems: readProblems } = readDatasetFolder(folder);
const result = validateDataset(files);

describe('the bundled dataset', () => {
  it('passes every validation rule', () => {
    expect([...readProblems, ...result.problems].map((problem) => formatProblem(problem, 'en'))).toEqual([]);
  });

  it('ships the five source documents byte for byte', () => {
    const shared = fileURLToPath(new URL('../../../shared/sources/', import.meta.url));
    let names: string[];
    try {
      names = readdirSync(shared).filter((n) => n.endsWith('.txt'));
    } catch {
      return; // outside this workplace there is no shared/ folder; the SHA-256 check still runs
    }
    expect(names).toHaveLength(5);
    for (const name of names) {
      expect(readFileSync(folder + 'sources/' + name).equals(readFileSync(shared + name)), name).toBe(true);
    }
  });

  it('records a SHA-256 for every document', () => {
    expect(result.dataset?.documents.every((d) => d.sha256)).toBe(true);
  });

  it('has the actors the product is about', () => {
    const ids = new Set(result.dataset?.actors.map((a) => a.id));
    for (const id of [
      'gustavo-petro',
      'donald-trump',
      'united-states',
      'colombia',
      'alvaro-uribe',
      'eln',
      'clan-del-golfo',
      'nicolas-maduro',
      'venezuela',
      'francia-marquez',
      'china',
      'farc',
      'farc-dissidents',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('connects every actor to at least one relation', () => {
    const linked = new Set(result.dataset?.relations.flatMap((r) => [r.source, r.target]));
    const lonely = result.dataset?.actors.filter((a) => !linked.has(a.id)).map((a) => a.id);
    expect(lonely).toEqual([]);
  });

  it('keeps the generated JSON Schema files in step with the code', () => {
    for (const [name, text] of Object.entries(renderJsonSchemas())) {
      expect(readFileSync(folder + 'schema/' + name, 'utf8'), `${name} is stale: run npm run schema`).toBe(text);
    }
  });
});
