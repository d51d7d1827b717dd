/**
 * The benchmark's synthetic networks: deterministic to the byte for a seed, inside this
 * project's vocabulary, dated with partial ISO dates in 1990–2026, and clustered.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import {
  createRandom,
  generateNetwork,
  toBundleJson,
  toGexf,
  writeSyntheticNetworks,
  type SyntheticSize,
} from '../bench/generate';
import { RELATION_TYPE_IDS } from '../../src/lib/vocabulary/relation-types';
import { ACTOR_KINDS } from '../../src/lib/data/schema';
import { parsePartialDate } from '../../src/lib/data/partial-date';

const SMALL: SyntheticSize = { id: 'synthetic-small', nodes: 200, edges: 600 };
const temporaryDirs: string[] = [];

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-generate-'));
  temporaryDirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('createRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const value of draw(7)) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('writeSyntheticNetworks', () => {
  it('writes byte-identical JSON and GEXF files for the same seed', () => {
    const [first, second] = [freshDir(), freshDir()].map((dir) => writeSyntheticNetworks(dir, [SMALL], 42)[0]);
    expect(readFileSync(first.json)).toEqual(readFileSync(second.json));
    expect(readFileSync(first.gexf)).toEqual(readFileSync(second.gexf));
  });

  it('writes different networks for different seeds', () => {
    expect(toBundleJson(generateNetwork(SMALL, 1))).not.toBe(toBundleJson(generateNetwork(SMALL, 2)));
  });
});

describe('generateNetwork', () => {
  const bundle = generateNetwork(SMALL, 42);

  it('has the bundle shape with the asked sizes and no self-loops', () => {
    expect(bundle).toMatchObject({ format: 'petro-network-bundle', version: 1, documents: [], sources: {} });
    expect(bundle.actors).toHaveLength(SMALL.nodes);
    expect(bundle.relations).toHaveLength(SMALL.edges);
    const ids = new Set(bundle.actors.map((a) => a.id));
    expect(ids.size).toBe(SMALL.nodes);
    for (const r of bundle.relations) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(r.source).not.toBe(r.target);
      expect(r.evidence).toEqual([]);
    }
  });

  it('uses only the project’s actor kinds and relation types', () => {
    for (const a of bundle.actors) expect(ACTOR_KINDS).toContain(a.kind);
    for (const r of bundle.relations) expect(RELATION_TYPE_IDS).toContain(r.type);
  });

  it('dates relations with partial ISO dates in 1990–2026, a date or a period, some undated', () => {
    const precisions = new Set<string>();
    let undated = 0;
    let periods = 0;
    for (const r of bundle.relations) {
      if (r.date) expect(r.start ?? r.end).toBeUndefined();
      if (r.start || r.end) periods++;
      if (!r.date && !r.start && !r.end) undated++;
      for (const value of [r.date, r.start, r.end].filter((v): v is string => v !== undefined)) {
        const span = parsePartialDate(value);
        expect(span, value).not.toBeNull();
        precisions.add(span!.precision);
        const year = Number(value.slice(0, 4));
        expect(year >= 1990 && year <= 2026, value).toBe(true);
      }
      if (r.start && r.end) expect(parsePartialDate(r.start)!.start).toBeLessThan(parsePartialDate(r.end)!.end);
    }
    expect([...precisions].sort()).toEqual(['day', 'month', 'year']);
    expect(undated).toBeGreaterThan(0);
    expect(periods).toBeGreaterThan(0);
  });

  it('keeps most edges inside communities and has hubs', () => {
    const big = generateNetwork({ id: 'synthetic-check', nodes: 1000, edges: 3000 }, 5);
    // Descriptions name an actor's community, summaries the community of a relation's source.
    const communityOf = new Map(
      big.actors.filter((a) => a.description).map((a) => [a.id, /community (\d+)/.exec(a.description!)![1]]),
    );
    let inside = 0;
    let known = 0;
    for (const r of big.relations) {
      const target = communityOf.get(r.target);
      if (!r.summary || target === undefined) continue;
      known++;
      if (/community (\d+)/.exec(r.summary)![1] === target) inside++;
    }
    expect(known).toBeGreaterThan(100);
    expect(inside / known).toBeGreaterThan(0.75);
    const degrees = new Map<string, number>();
    for (const r of big.relations)
      for (const end of [r.source, r.target]) degrees.set(end, (degrees.get(end) ?? 0) + 1);
    expect(Math.max(...degrees.values())).toBeGreaterThan(30);
  });
});

describe('toGexf', () => {
  it('is GEXF 1.3 that graphology reads back with kinds and times', () => {
    const bundle = generateNetwork(SMALL, 42);
    const text = toGexf(bundle);
    expect(text).toContain('version="1.3"');
    const graph = parseGexf(Graph, text, { allowUndeclaredAttributes: false });
    expect(graph.order).toBe(SMALL.nodes);
    expect(graph.size).toBe(SMALL.edges);
    expect(graph.getNodeAttribute('n0', 'kind')).toBe(bundle.actors[0].kind);
    expect(graph.getEdgeAttribute('r0', 'kind')).toBe(bundle.relations[0].type);
    const dated = bundle.relations.find((r) => r.date)!;
    const { id, source, target, type, date } = dated;
    expect(text).toContain(
      `id="${id}" source="${source}" target="${target}" kind="${type}" start="${date}" end="${date}"`,
    );
  });
});
