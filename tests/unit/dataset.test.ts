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
const result = validateDataset(files, { curated: true });

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

  it('connects every actor to at least one relation, as an end or as the speaker of its evidence', () => {
    const linked = new Set(
      result.dataset?.relations.flatMap((r) => [
        r.source,
        r.target,
        ...r.evidence.flatMap((e) => (e.speaker ? [e.speaker] : [])),
      ]),
    );
    const lonely = result.dataset?.actors.filter((a) => !linked.has(a.id)).map((a) => a.id);
    expect(lonely).toEqual([]);
  });

  it('keeps the generated JSON Schema files in step with the code', () => {
    for (const [name, text] of Object.entries(renderJsonSchemas())) {
      expect(readFileSync(folder + 'schema/' + name, 'utf8'), `${name} is stale: run npm run schema`).toBe(text);
    }
  });
});

describe('who says so, in the bundled dataset', () => {
  const relations = result.dataset?.relations ?? [];

  it('codes a claim on every evidence item, and a speaker on every attributed one', () => {
    const items = relations.flatMap((r) => r.evidence.map((e, i) => ({ at: `${r.id}[${i}]`, ...e })));
    expect(items.length).toBeGreaterThan(300);
    expect(items.filter((e) => !e.claim).map((e) => e.at)).toEqual([]);
    expect(items.filter((e) => e.claim === 'attributed' && !e.speaker).map((e) => e.at)).toEqual([]);
    // An allegation is coded as one: the dataset has some, and they are drawn dashed.
    expect(items.some((e) => e.claim === 'alleged')).toBe(true);
  });

  it('uses a quote for two relations of the same pair only for the different acts listed, with a reason', () => {
    const exceptions = JSON.parse(
      readFileSync(fileURLToPath(new URL('../fixtures/shared-quotes.json', import.meta.url)), 'utf8'),
    ) as { relations: string[]; quote: string; reason: string }[];
    const byQuote = new Map<string, Set<string>>();
    for (const r of relations) {
      const pair = [r.source, r.target].sort().join('|');
      for (const e of r.evidence) {
        const key = `${pair}|${e.document}|${e.quote}`;
        byQuote.set(key, new Set([...(byQuote.get(key) ?? []), r.id]));
      }
    }
    const shared = [...byQuote].filter(([, ids]) => ids.size > 1);
    const listed = (quote: string, ids: Set<string>) =>
      exceptions.some(
        (x) =>
          quote.includes(x.quote) &&
          x.reason.length > 20 &&
          x.relations.length === ids.size &&
          x.relations.every((id) => ids.has(id)),
      );
    expect(
      shared.filter(([key, ids]) => !listed(key, ids)).map(([key, ids]) => `${[...ids].join(' + ')}: ${key}`),
    ).toEqual([]);
    // No exception outlives the sharing it explains.
    const stale = exceptions.filter(
      (x) => !shared.some(([key, ids]) => key.includes(x.quote) && x.relations.every((id) => ids.has(id))),
    );
    expect(stale).toEqual([]);
  });
});
