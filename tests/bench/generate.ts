/**
 * Seeded synthetic networks for the benchmark (`npm run bench`): clustered graphs whose
 * edges mostly stay inside planted communities, with this project's actor kinds and
 * relation types and partial ISO dates between 1990 and 2026. Each network is written as
 * the app's JSON bundle and as GEXF 1.3. Same seed, same bytes: nothing here reads the
 * clock, Math.random or the locale.
 *
 * Run alone with `npx tsx tests/bench/generate.ts` to (re)write bench-results/networks/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RELATION_TYPE_IDS } from '../../src/lib/vocabulary/relation-types';
import { ACTOR_KINDS } from '../../src/lib/data/schema';
import { seededRandom } from '../../src/lib/graph/seeded-positions';
import type { NetworkActor, NetworkRelation } from '../../src/lib/data/network';
import type { NetworkBundle } from '../../src/lib/export/bundle';
export type { NetworkBundle };

/** Where the generated files go (git-ignored). */
export const NETWORKS_DIR = 'bench-results/networks';

/** The seed used when none is given, so every machine benchmarks the same graphs. */
export const DEFAULT_SEED = 20_260_601;

export interface SyntheticSize {
  /** File name stem, for example `synthetic-10k`. */
  id: string;
  nodes: number;
  edges: number;
}

/** The three sizes of issue 6. */
export const SYNTHETIC_SIZES: readonly SyntheticSize[] = [
  { id: 'synthetic-1k', nodes: 1_000, edges: 3_000 },
  { id: 'synthetic-10k', nodes: 10_000, edges: 30_000 },
  { id: 'synthetic-50k', nodes: 50_000, edges: 150_000 },
];

/** The bundle's actor and relation shapes are the app's own network types. */
type BundleActor = NetworkActor;
type BundleRelation = NetworkRelation;

/** The project's seeded generator: the same sequence per seed. */
export const createRandom = seededRandom;

type Random = () => number;

const FIRST_YEAR = 1990;
const LAST_YEAR = 2026;
/** Share of edges whose two ends are in the same community. */
const INSIDE_CLUSTER_SHARE = 0.85;
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'te', 'vu', 'sen', 'dor', 'an', 'bel', 'qui', 'zo', 'pa', 'ri', 'mo', 'tal'];
const KIND_WEIGHTS: Record<string, number> = {
  person: 45,
  state: 5,
  'armed-group': 8,
  party: 10,
  organization: 20,
  institution: 12,
};

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pad = (value: number) => String(value).padStart(2, '0');

function pickWeighted<T extends string>(random: Random, items: readonly T[], weight: (item: T) => number): T {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  let roll = random() * total;
  for (const item of items) {
    roll -= weight(item);
    if (roll < 0) return item;
  }
  return items[items.length - 1];
}

function word(random: Random, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const KIND_SUFFIX: Record<string, string> = {
  state: 'Republic',
  'armed-group': 'Front',
  party: 'Party',
  organization: 'Group',
  institution: 'Ministry',
};

/** "Kalomi Sendor 12" for a person, "Ratevu Party 13" for a party; the index keeps labels unique. */
function actorLabel(random: Random, kind: string, index: number): string {
  const name = word(random, between(random, 2, 3));
  const second = kind === 'person' ? word(random, 2) : (KIND_SUFFIX[kind] ?? 'Group');
  return `${name} ${second} ${index}`;
}

/** A partial date of random precision in `year`: YYYY, YYYY-MM or YYYY-MM-DD. */
function partialDate(random: Random, year: number): string {
  const precision = random();
  if (precision < 0.25) return String(year);
  const month = `${year}-${pad(between(random, 1, 12))}`;
  return precision < 0.55 ? month : `${month}-${pad(between(random, 1, 28))}`;
}

/** A year near the community's era, kept inside 1990–2026. */
function yearNear(random: Random, era: number): number {
  const spread = (random() + random() + random() - 1.5) * 12;
  return Math.min(LAST_YEAR, Math.max(FIRST_YEAR, Math.round(era + spread)));
}

/** Acts get a date, standing ties a start and/or end, and some relations no date at all. */
function relationDates(random: Random, era: number): Pick<BundleRelation, 'date' | 'start' | 'end'> {
  const roll = random();
  if (roll < 0.12) return {};
  if (roll >= 0.35) return { date: partialDate(random, yearNear(random, era)) };
  const startYear = Math.min(LAST_YEAR - 1, yearNear(random, era));
  const endYear = Math.min(LAST_YEAR, startYear + between(random, 1, 10));
  const shape = random();
  if (shape < 0.2) return { start: partialDate(random, startYear) };
  if (shape < 0.3) return { end: partialDate(random, endYear) };
  return { start: partialDate(random, startYear), end: partialDate(random, endYear) };
}

/** Hubs: low positions in a community are picked far more often than high ones. */
const skewedMember = (random: Random, members: number[]) => members[Math.floor(members.length * random() ** 2)];

/** Mostly a member of the same community, never the source itself (no self-loops). */
function pickTarget(random: Random, members: number[][], cluster: number, source: number): number {
  for (;;) {
    const community = random() < INSIDE_CLUSTER_SHARE ? cluster : Math.floor(random() * members.length);
    const target = skewedMember(random, members[community]);
    if (target !== source) return target;
  }
}

/** Generates one clustered, typed, dated network; the same size and seed give the same network. */
export function generateNetwork(size: SyntheticSize, seed = DEFAULT_SEED): NetworkBundle {
  const random = createRandom(seed ^ size.nodes);
  const clusterCount = Math.max(4, Math.round(Math.sqrt(size.nodes) / 1.5));
  const members: number[][] = Array.from({ length: clusterCount }, () => []);
  const clusterOf: number[] = [];
  const actors: BundleActor[] = [];
  for (let i = 0; i < size.nodes; i++) {
    // Uneven community sizes: low-numbered communities are larger.
    const cluster = i < clusterCount ? i : Math.floor(random() ** 1.4 * clusterCount);
    members[cluster].push(i);
    clusterOf.push(cluster);
    const kind = pickWeighted(random, ACTOR_KINDS, (k) => KIND_WEIGHTS[k] ?? 1);
    const label = actorLabel(random, kind, i);
    const actor: BundleActor = { id: `n${i}`, label, kind, aliases: random() < 0.1 ? [label.split(' ')[0]] : [] };
    if (random() < 0.3) actor.description = `Synthetic ${kind} in community ${cluster}.`;
    actors.push(actor);
  }
  const eras = members.map(() => between(random, FIRST_YEAR + 4, LAST_YEAR - 4));
  const typeWeight = members.map(() => RELATION_TYPE_IDS.map(() => 1 + random() * 4));
  const relations: BundleRelation[] = [];
  for (let e = 0; e < size.edges; e++) {
    const cluster = clusterOf[Math.floor(random() * size.nodes)];
    const source = skewedMember(random, members[cluster]);
    const target = pickTarget(random, members, cluster, source);
    const weights = typeWeight[cluster];
    const type = pickWeighted(random, RELATION_TYPE_IDS, (t) => weights[RELATION_TYPE_IDS.indexOf(t)]);
    const dates = relationDates(random, eras[cluster]);
    const summary = random() < 0.4 ? { summary: `Synthetic ${type} relation in community ${cluster}.` } : {};
    relations.push({
      id: `r${e}`,
      source: `n${source}`,
      target: `n${target}`,
      type,
      ...dates,
      ...summary,
      evidence: [],
    });
  }
  return {
    format: 'petro-network-bundle',
    version: 1,
    name: `${size.id} (seed ${seed})`,
    documents: [],
    actors,
    relations,
    sources: {},
  };
}

/** The bundle as the app's JSON file (compact: the 50k network is about 23 MB). */
export function toBundleJson(bundle: NetworkBundle): string {
  return `${JSON.stringify(bundle)}\n`;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const attvalue = (id: string, value: string) => `<attvalue for="${id}" value="${escapeXml(value)}"/>`;

/**
 * The bundle as GEXF 1.3: actor kind and description as node attributes, the relation type
 * as the edge's `kind`, periods as `start`/`end`, an act's date as `start` = `end`. Dates
 * keep their partial precision (YYYY, YYYY-MM), which is looser than GEXF's xsd:date.
 */
export function toGexf(bundle: NetworkBundle): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>petro-network benchmark generator</creator>',
    `    <description>${escapeXml(bundle.name)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    '    <attributes class="node">',
    '      <attribute id="kind" title="kind" type="string"/>',
    '      <attribute id="description" title="description" type="string"/>',
    '    </attributes>',
    '    <attributes class="edge">',
    '      <attribute id="summary" title="summary" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const actor of bundle.actors) {
    const description = actor.description ? attvalue('description', actor.description) : '';
    const values = `<attvalues>${attvalue('kind', actor.kind)}${description}</attvalues>`;
    lines.push(`      <node id="${actor.id}" label="${escapeXml(actor.label)}">${values}</node>`);
  }
  lines.push('    </nodes>', '    <edges>');
  for (const relation of bundle.relations) {
    const start = relation.date ?? relation.start;
    const end = relation.date ?? relation.end;
    const time = `${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}`;
    const open = `      <edge id="${relation.id}" source="${relation.source}" target="${relation.target}" kind="${relation.type}"${time}`;
    const values = relation.summary ? `<attvalues>${attvalue('summary', relation.summary)}</attvalues>` : '';
    lines.push(values ? `${open}>${values}</edge>` : `${open}/>`);
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

/** Paths of one generated network in both formats. */
export interface WrittenNetwork {
  size: SyntheticSize;
  json: string;
  gexf: string;
}

/** Writes each size as `<id>.json` and `<id>.gexf` into `dir`; returns the paths. */
export function writeSyntheticNetworks(
  dir = NETWORKS_DIR,
  sizes = SYNTHETIC_SIZES,
  seed = DEFAULT_SEED,
): WrittenNetwork[] {
  mkdirSync(dir, { recursive: true });
  return sizes.map((size) => {
    const bundle = generateNetwork(size, seed);
    const json = join(dir, `${size.id}.json`);
    const gexf = join(dir, `${size.id}.gexf`);
    writeFileSync(json, toBundleJson(bundle));
    writeFileSync(gexf, toGexf(bundle));
    return { size, json, gexf };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const written of writeSyntheticNetworks()) console.log(`wrote ${written.json} and ${written.gexf}`);
}
