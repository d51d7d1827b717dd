/**
 * `npm run bench` (tsx tests/bench/run.ts): the performance benchmark of issue 6. Writes
 * the synthetic networks, builds the app, serves dist/ with `vite preview`, and measures
 * each network in Debian's Chromium (WebGL through SwiftShader): load to first frame,
 * layout, long tasks, interactions, heap growth and the JS bundle, against the budget.
 *
 * Options:
 *   --runs N        runs per network, each in a fresh page; medians are reported (default 3)
 *   --compare FILE  print each figure next to an earlier JSON result and the ratio
 *   --smoke         only the 1k JSON network, one run, no heap; exit 0 only if all was measured
 *   --only A,B      only the networks with these ids (see the table's first column)
 *   --no-build      reuse the existing dist/
 *   --no-analysis   skip the analysis benchmark (analysis.ts: blocs, metrics, paths in Node)
 * Writes bench-results/latest.json (bench-results/smoke.json with --smoke).
 */
import { chromium, type Browser } from '@playwright/test';
import { NETWORKS_DIR, SYNTHETIC_SIZES, writeSyntheticNetworks } from './generate';
import { fullRunNetworks, type BenchNetwork } from './networks';
import { buildApp, findFreePort, startPreview, type PreviewServer } from './server';
import { measureBundle } from './bundle-size';
import { measureRun, PageFailure } from './measure-run';
import { formatFigure, medianFigures, type Figures, type MetricId } from './metrics';
import { BUDGET } from './budget';
import { benchAnalysis } from './analysis';
import {
  countVerdicts,
  describeMachine,
  printBundle,
  printComparison,
  printNotes,
  printTable,
  readReport,
  writeReport,
  type NetworkResult,
} from './report';

interface CliOptions {
  runs: number;
  compare?: string;
  smoke: boolean;
  only?: Set<string>;
  build: boolean;
  analysis: boolean;
}

const SMOKE_NETWORK = 'synthetic-1k-json';
/** What `--smoke` must have measured to exit 0. */
const SMOKE_REQUIRED: readonly MetricId[] = [
  'loadToFirstFrameMs',
  'parseToFirstFrameMs',
  'layoutMs',
  'filterMs',
  'hoverMs',
  'selectMs',
  'timeStepMs',
  'cameraMs',
];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Without it performance.memory is rounded and cached for minutes, so heap growth reads 0.
  '--enable-precise-memory-info',
];

function parseOptions(args: string[]): CliOptions {
  const options: CliOptions = { runs: 3, smoke: false, build: true, analysis: true };
  for (let i = 0; i < args.length; i++) {
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new Error(`${args[i - 1]} needs a value`);
      return next;
    };
    switch (args[i]) {
      case '--runs':
        options.runs = Math.max(1, Number.parseInt(value(), 10) || 1);
        break;
      case '--compare':
        options.compare = value();
        break;
      case '--smoke':
        options.smoke = true;
        break;
      case '--only':
        options.only = new Set(value().split(','));
        break;
      case '--no-build':
        options.build = false;
        break;
      case '--no-analysis':
        options.analysis = false;
        break;
      default:
        throw new Error(`unknown option ${args[i]} (see the comment at the top of tests/bench/run.ts)`);
    }
  }
  if (options.smoke) Object.assign(options, { runs: 1, compare: undefined, only: new Set([SMOKE_NETWORK]) });
  return options;
}

function progress(network: BenchNetwork, run: number, runs: number, figures: Figures): string {
  const layout = formatFigure('layoutMs', figures.layoutMs);
  const firstFrame = formatFigure('loadToFirstFrameMs', figures.loadToFirstFrameMs);
  return `  ${network.id} run ${run + 1}/${runs}: first frame ${firstFrame} ms, layout ${layout}`;
}

async function benchNetwork(
  browser: Browser,
  baseUrl: string,
  network: BenchNetwork,
  options: CliOptions,
): Promise<NetworkResult> {
  const result: NetworkResult = { id: network.id, file: network.file, median: {}, runs: [], notes: [] };
  if (network.skipped) return { ...result, skipped: network.skipped };
  for (let run = 0; run < options.runs; run++) {
    try {
      const started = Date.now();
      const outcome = await measureRun(browser, network, { baseUrl, measureHeap: !options.smoke, runIndex: run });
      result.notes.push(...outcome.notes);
      if (outcome.skipped) return { ...result, skipped: outcome.skipped };
      result.runs.push(outcome.figures);
      const took = Math.round((Date.now() - started) / 1000);
      console.log(`${progress(network, run, options.runs, outcome.figures)} (run took ${took} s)`);
    } catch (error) {
      if (!(error instanceof PageFailure)) throw error;
      console.log(`  ${network.id} run ${run + 1}: FAILED ${error.message}`);
      return { ...result, failure: error.message, median: medianFigures(result.runs) };
    }
  }
  return { ...result, median: medianFigures(result.runs) };
}

interface Measured {
  results: NetworkResult[];
  chromiumVersion: string;
}

async function measureAll(networks: BenchNetwork[], options: CliOptions, server: PreviewServer): Promise<Measured> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const results: NetworkResult[] = [];
    for (const network of networks) {
      console.log(`${network.id}${network.file ? ` (${network.file})` : ''}`);
      results.push(await benchNetwork(browser, server.url, network, options));
    }
    return { results, chromiumVersion: browser.version() };
  } finally {
    await browser.close();
  }
}

function smokeMeasuredAll(results: readonly NetworkResult[]): boolean {
  for (const result of results) {
    const missing = result.skipped ? [result.skipped] : SMOKE_REQUIRED.filter((m) => result.median[m] === undefined);
    if (missing.length > 0) {
      console.log(`smoke: ${result.id} not fully measured: ${missing.join(', ')}`);
      return false;
    }
  }
  return results.length > 0;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const earlier = options.compare ? readReport(options.compare) : undefined;
  // Pure work timed in Node, before the browser runs: small sizes in smoke mode.
  const analysis = options.analysis ? benchAnalysis({ smoke: options.smoke }) : null;
  if (analysis) console.log(`analysis budget: ${analysis.pass} PASS, ${analysis.fail} FAIL\n`);
  const sizes = options.smoke ? SYNTHETIC_SIZES.slice(0, 1) : SYNTHETIC_SIZES;
  console.log(`writing synthetic networks to ${NETWORKS_DIR}/`);
  const networks = fullRunNetworks(writeSyntheticNetworks(NETWORKS_DIR, sizes)).filter(
    (n) => !options.only || options.only.has(n.id),
  );
  if (networks.length === 0) throw new Error(`no network matches --only ${[...(options.only ?? [])].join(',')}`);
  if (options.build) {
    console.log('building the app (vite build)');
    buildApp();
  }
  const bundle = measureBundle();
  const server = await startPreview(await findFreePort());
  const stopOnSignal = () => {
    server.stop();
    process.exit(130);
  };
  process.once('SIGINT', stopOnSignal).once('SIGTERM', stopOnSignal);
  let measured: Measured;
  try {
    measured = await measureAll(networks, options, server);
  } finally {
    server.stop();
  }
  const { results, chromiumVersion } = measured;

  console.log('');
  printTable(results);
  printBundle(bundle);
  printNotes(results);
  const verdicts = countVerdicts(results, bundle);
  console.log(`budget: ${verdicts.pass} PASS, ${verdicts.fail} FAIL`);
  const output = options.smoke ? 'bench-results/smoke.json' : 'bench-results/latest.json';
  writeReport(output, {
    date: new Date().toISOString(),
    machine: describeMachine(chromiumVersion),
    options: { runs: options.runs, smoke: options.smoke },
    bundle,
    budget: BUDGET,
    networks: results,
  });
  console.log(`wrote ${output}`);
  if (earlier) printComparison(results, bundle, earlier);

  if (results.some((r) => r.failure)) return 1;
  if (options.smoke && analysis && analysis.figures.some((f) => !Number.isFinite(f.metricsMs + f.pathMaxMs))) {
    console.log('smoke: the analysis benchmark did not measure everything');
    return 1;
  }
  return options.smoke && !smokeMeasuredAll(results) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
