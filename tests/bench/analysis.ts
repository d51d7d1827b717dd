/**
 * The analysis benchmark (part of `npm run bench`; alone: `npx tsx tests/bench/analysis.ts
 * [--smoke]`): times blocs, metrics (PageRank, degrees and betweenness), PageRank alone and
 * path queries through the analysis worker's own code path (handleAnalysisMessage, run in
 * Node: the work is pure, so a browser adds nothing but noise), on the Petro dataset and the
 * generated networks, against the budget. It also times what the page's thread still
 * does in worker mode (packing the network, packing a view's ids, reading an answer back,
 * approximated by structuredClone), which must stay under a long task (50 ms).
 * Writes bench-results/analysis.json (analysis-smoke.json with --smoke).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { createAnalysisState, handleAnalysisMessage } from '../../src/lib/analysis/analysis-handler';
import {
  idIndex,
  packIds,
  packNetwork,
  type AnalysisRequest,
  type FromAnalysisWorker,
  unpackMetrics,
} from '../../src/lib/analysis/analysis-protocol';
import { projectView } from '../../src/lib/analysis/metrics';
import { DEFAULT_CONNECTION_OPTIONS } from '../../src/lib/analysis/paths';
import type { Network } from '../../src/lib/data/network';
import { readDatasetFolder } from '../../src/lib/data/read-dataset-folder';
import { validateDataset } from '../../src/lib/data/validate';
import { seededRandom } from '../../src/lib/graph/seeded-positions';
import { generateNetwork, SYNTHETIC_SIZES } from './generate';

/** Limits in ms, from the issue. */
export const ANALYSIS_BUDGET = {
  /** Petro: blocs + metrics + a path query, everything. */
  petroAllMs: 100,
  /** 10k / 30k: PageRank and blocs. */
  pagerankAndBlocsMs: 2_000,
  /** The slowest path query. */
  pathMs: 200,
  /** Any single piece of main-thread work in worker mode. */
  mainThreadMs: 50,
} as const;

export interface AnalysisFigures {
  network: string;
  actors: number;
  relations: number;
  blocsMs: number;
  metricsMs: number;
  pagerankMs: number;
  sampled: boolean;
  betweennessSources: number;
  progressReports: number;
  pathMedianMs: number;
  pathMaxMs: number;
  pathQueries: number;
  /** The first path query of a network, which also builds the worker's graph of it. */
  firstPathMs: number;
  /** The slowest main-thread piece in worker mode (pack network, pack view, read answer). */
  mainThreadMaxMs: number;
  /** Each main-thread piece (last run): packNetwork, packView, readBlocs, readMetrics. */
  mainThreadPieces: Record<string, number>;
}

interface Check {
  network: string;
  what: string;
  value: number;
  max: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

/** Runs one request through the worker's handler, synchronously; returns its messages. */
function ask(state: ReturnType<typeof createAnalysisState>, networkId: number, request: AnalysisRequest) {
  const posted: FromAnalysisWorker[] = [];
  // Structured-cloned as the worker's postMessage would: the page pays for reading it back.
  let readMs = 0;
  handleAnalysisMessage(state, { type: 'request', requestId: 1, networkId, request }, (m, transfer) => {
    const start = performance.now();
    posted.push(structuredClone(m, { transfer }));
    readMs += performance.now() - start;
  });
  const answer = posted.find((m) => m.type === 'result' || m.type === 'error');
  if (!answer || answer.type !== 'result') throw new Error(`analysis request failed: ${JSON.stringify(answer)}`);
  return { answer: answer.answer, progress: posted.filter((m) => m.type === 'progress').length, readMs };
}

/** Measures one network; `runs` repetitions, medians reported (the first run warms up too). */
export function measureNetwork(id: string, network: Network, runs: number, pathQueries: number): AnalysisFigures {
  // The unfiltered view: every actor and relation (what the page shows first).
  const view = { nodes: new Set(network.actors.map((a) => a.id)), edges: new Set(network.relations.map((r) => r.id)) };
  const main: number[] = [];
  const pieces: Record<string, number> = {};
  const pack = timed(() => packNetwork(network));
  main.push((pieces.packNetwork = pack.ms));
  const actorIndex = idIndex(pack.value.actorIds);
  const relationIndex = idIndex(pack.value.relationIds);
  const packedView = timed(() => ({
    visibleActors: packIds(view.nodes, actorIndex),
    visibleRelations: packIds(view.edges, relationIndex),
  }));
  main.push((pieces.packView = packedView.ms));

  // Synchronous scheduling: the bench measures work, not the worker's message hops.
  const state = createAnalysisState((task) => task());
  handleAnalysisMessage(state, { type: 'load', networkId: 1, network: pack.value }, () => {});
  const blocs: number[] = [];
  const metrics: number[] = [];
  const ranks: number[] = [];
  let last: ReturnType<typeof ask> | null = null;
  for (let run = 0; run < runs; run++) {
    const measuredBlocs = timed(() => ask(state, 1, { kind: 'blocs' }));
    blocs.push(measuredBlocs.ms);
    main.push((pieces.readBlocs = measuredBlocs.value.readMs));
    const measured = timed(() => ask(state, 1, { kind: 'metrics', ...packedView.value }));
    metrics.push(measured.ms);
    last = measured.value;
    ranks.push(
      timed(() => pagerank(projectView(network.relations, view.nodes, view.edges), { getEdgeWeight: 'weight' })).ms,
    );
  }
  if (last?.answer.kind === 'metrics') {
    const packedMetrics = last.answer.metrics;
    const order = Array.from(packedView.value.visibleActors, (i) => pack.value.actorIds[i]);
    main.push((pieces.readMetrics = last.readMs + timed(() => unpackMetrics(packedMetrics, order)).ms));
  }

  const random = seededRandom(20_260_601);
  const actorIds = pack.value.actorIds;
  const pick = () => actorIds[Math.floor(random() * actorIds.length)];
  const paths: number[] = [];
  const visibleRelations = packedView.value.visibleRelations;
  for (let q = 0; q <= pathQueries; q++) {
    const request: AnalysisRequest = {
      kind: 'connections',
      from: pick(),
      to: pick(),
      visibleRelations,
      options: DEFAULT_CONNECTION_OPTIONS,
    };
    // The first query also builds the worker's graph, once per network: reported apart.
    paths.push(timed(() => ask(state, 1, request)).ms);
  }
  const result = last?.answer.kind === 'metrics' ? last.answer.metrics : null;
  const firstPathMs = paths.shift() ?? NaN;
  return {
    network: id,
    actors: network.actors.length,
    relations: network.relations.length,
    blocsMs: median(blocs),
    metricsMs: median(metrics),
    pagerankMs: median(ranks),
    sampled: result?.sampled ?? false,
    betweennessSources: result?.betweennessSources ?? 0,
    progressReports: last?.progress ?? 0,
    pathMedianMs: median(paths),
    pathMaxMs: Math.max(...paths),
    pathQueries,
    firstPathMs,
    mainThreadMaxMs: Math.max(...main),
    mainThreadPieces: pieces,
  };
}

/** The bundled Petro dataset as a network. */
export function petroNetwork(): Network {
  const folder = fileURLToPath(new URL('../../graph-data/', import.meta.url));
  const { dataset } = validateDataset(readDatasetFolder(folder).files);
  if (!dataset) throw new Error('graph-data/ does not validate');
  return { name: 'Petro network', ...dataset };
}

function checksOf(figures: AnalysisFigures): Check[] {
  const { network } = figures;
  const checks: Check[] = [
    { network, what: 'path query, slowest', value: figures.pathMaxMs, max: ANALYSIS_BUDGET.pathMs },
    { network, what: 'main-thread piece, slowest', value: figures.mainThreadMaxMs, max: ANALYSIS_BUDGET.mainThreadMs },
  ];
  if (network === 'petro') {
    const all = figures.blocsMs + figures.metricsMs + figures.pathMaxMs;
    checks.push({ network, what: 'blocs + metrics + path', value: all, max: ANALYSIS_BUDGET.petroAllMs });
  } else {
    const both = figures.blocsMs + figures.pagerankMs;
    checks.push({ network, what: 'PageRank + blocs', value: both, max: ANALYSIS_BUDGET.pagerankAndBlocsMs });
  }
  return checks;
}

const ms = (value: number) => value.toFixed(1).padStart(8);

/** Prints the figures and the budget lines; returns how many passed and failed. */
export function printAnalysis(all: readonly AnalysisFigures[]): { pass: number; fail: number } {
  console.log('analysis (worker code path, ms)');
  console.log(
    '  network            actors relations    blocs  metrics pagerank 1st path  path md path max  main max  betweenness',
  );
  for (const f of all) {
    const between = f.sampled ? `sampled, ${f.betweennessSources} sources` : 'exact';
    console.log(
      `  ${f.network.padEnd(16)} ${String(f.actors).padStart(8)} ${String(f.relations).padStart(9)}` +
        `${ms(f.blocsMs)} ${ms(f.metricsMs)} ${ms(f.pagerankMs)} ${ms(f.firstPathMs)} ${ms(f.pathMedianMs)} ${ms(f.pathMaxMs)} ` +
        `${ms(f.mainThreadMaxMs)}  ${between}, ${f.progressReports} progress reports`,
    );
    const pieces = Object.entries(f.mainThreadPieces).map(([k, v]) => `${k} ${v.toFixed(1)}`);
    console.log(`    main thread (ms): ${pieces.join(', ')}`);
  }
  let pass = 0;
  let fail = 0;
  for (const check of all.flatMap(checksOf)) {
    const ok = check.value <= check.max;
    if (ok) pass++;
    else fail++;
    console.log(
      `  ${ok ? 'PASS' : 'FAIL'} ${check.network} ${check.what}: ${check.value.toFixed(1)} ms (budget ${check.max} ms)`,
    );
  }
  return { pass, fail };
}

/** The whole analysis benchmark: Petro and the synthetic networks (only the 1k one in smoke mode). */
export function benchAnalysis(options: { smoke: boolean }): { figures: AnalysisFigures[]; pass: number; fail: number } {
  const runs = options.smoke ? 1 : 3;
  const queries = options.smoke ? 5 : 40;
  // The 50k network is not part of the analysis budget: 1k and 10k only.
  const sizes = options.smoke ? SYNTHETIC_SIZES.slice(0, 1) : SYNTHETIC_SIZES.slice(0, 2);
  const figures = [measureNetwork('petro', petroNetwork(), runs, queries)];
  for (const size of sizes) figures.push(measureNetwork(size.id, generateNetwork(size), runs, queries));
  const verdicts = printAnalysis(figures);
  const output = options.smoke ? 'bench-results/analysis-smoke.json' : 'bench-results/analysis.json';
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    output,
    `${JSON.stringify({ date: new Date().toISOString(), budget: ANALYSIS_BUDGET, figures }, null, 2)}\n`,
  );
  console.log(`  wrote ${output}`);
  return { figures, ...verdicts };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { figures, fail } = benchAnalysis({ smoke: process.argv.includes('--smoke') });
  process.exit(figures.length > 0 && fail === 0 ? 0 : 1);
}
