/**
 * The benchmark's output: the printed table (one row per network, a PASS/FAIL column next
 * to each figure that has a budget), the JSON file with the machine and the date, and the
 * comparison with an earlier JSON file (`--compare`).
 */
import { cpus, release, totalmem, type as osType, arch } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { budgetedMetrics, verdict, FIRST_VIEW_JS_MAX_GZIP_BYTES, type BudgetLine } from './budget';
import type { BundleSize } from './bundle-size';
import {
  formatFigure,
  METRICS,
  SECONDARY_FIGURE,
  TABLE_COLUMNS,
  LAYOUT_CAP_MS,
  type Figures,
  type MetricId,
} from './metrics';

/** What was measured for one network over all runs. */
export interface NetworkResult {
  id: string;
  file?: string;
  /** Median per figure over the runs. */
  median: Figures;
  runs: Figures[];
  notes: string[];
  skipped?: string;
  failure?: string;
}

export interface MachineInfo {
  os: string;
  cpuModel: string;
  cpuCount: number;
  memoryBytes: number;
  node: string;
  chromium: string;
}

/** The whole JSON file (bench-results/latest.json). */
export interface BenchReport {
  date: string;
  machine: MachineInfo;
  options: { runs: number; smoke: boolean };
  bundle: BundleSize;
  budget: readonly BudgetLine[];
  networks: NetworkResult[];
}

/** The machine the figures come from. */
export function describeMachine(chromiumVersion: string): MachineInfo {
  const processors = cpus();
  return {
    os: `${osType()} ${release()} ${arch()}`,
    cpuModel: processors[0]?.model ?? 'unknown',
    cpuCount: processors.length,
    memoryBytes: totalmem(),
    node: process.version,
    chromium: chromiumVersion,
  };
}

/** A layout that hit the cap is Infinity in memory and this text in JSON. */
const CAPPED_TEXT = `> ${LAYOUT_CAP_MS / 1000} s`;

/** Writes the report as JSON (creating the folder). */
export function writeReport(path: string, report: BenchReport): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(report, (_key, value) => (value === Infinity ? CAPPED_TEXT : value), 2)}\n`);
}

/** Reads a report written by `writeReport`. */
export function readReport(path: string): BenchReport {
  return JSON.parse(readFileSync(path, 'utf8'), (_key, value) =>
    value === CAPPED_TEXT ? Infinity : value,
  ) as BenchReport;
}

/** Prints aligned columns; a row shorter than the header (a skip or failure) runs on freely. */
function printRows(rows: string[][]): void {
  const full = rows.filter((row) => row.length === rows[0].length);
  const widths = rows[0].map((_cell, column) => Math.max(...full.map((row) => row[column].length)));
  for (const row of rows) {
    const aligned = row.length === rows[0].length;
    const cells = aligned
      ? row.map((cell, column) => cell.padEnd(widths[column]))
      : [row[0].padEnd(widths[0]), ...row.slice(1)];
    console.log(cells.join('  ').trimEnd());
  }
}

/** A figure, followed after a slash by its secondary figure when it has one. */
function tableCell(metric: MetricId, figures: Figures): string {
  const text = formatFigure(metric, figures[metric]);
  const secondary = SECONDARY_FIGURE[metric];
  return secondary && figures[secondary] !== undefined
    ? `${text}/${formatFigure(secondary, figures[secondary])}`
    : text;
}

/** Prints one row per network; a PASS/FAIL column follows each figure that has a budget. */
export function printTable(results: readonly NetworkResult[]): void {
  const budgeted = budgetedMetrics();
  const header = ['network'];
  for (const metric of TABLE_COLUMNS) header.push(METRICS[metric].heading, ...(budgeted.has(metric) ? ['ok'] : []));
  const rows = [header];
  for (const result of results) {
    if (result.skipped || result.failure) {
      rows.push([
        result.id,
        result.skipped ? `skipped: ${result.skipped}` : `FAILED: ${result.failure!.split('\n')[0]}`,
      ]);
      continue;
    }
    const row = [result.id];
    for (const metric of TABLE_COLUMNS) {
      row.push(tableCell(metric, result.median));
      if (budgeted.has(metric)) row.push(verdict(result.id, metric, result.median[metric]));
    }
    rows.push(row);
  }
  printRows(rows);
  console.log('Times in ms unless marked. Interactions: main-thread work through the next frame /');
  console.log('event to after the 2nd requestAnimationFrame.');
  console.log('heap +%: over the first 20 filter toggles / over 20 more (run only when the first is over budget).');
  console.log('The budget judges the first figure of a cell.');
  console.log('LT = longest long task (> 50 ms) in that phase or interaction; ok = budget verdict.');
}

/** Prints the bundle figures with the first-view budget. */
export function printBundle(bundle: BundleSize): void {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  const ok = bundle.firstViewJsGzipBytes <= FIRST_VIEW_JS_MAX_GZIP_BYTES ? 'PASS' : 'FAIL';
  const budget = `budget ${kb(FIRST_VIEW_JS_MAX_GZIP_BYTES)}`;
  console.log(
    `first-view JS: ${kb(bundle.firstViewJsGzipBytes)} gzip (${budget}) ${ok}; all JS: ${kb(bundle.allJsGzipBytes)} gzip`,
  );
}

/** Prints the notes and failures collected while measuring. */
export function printNotes(results: readonly NetworkResult[]): void {
  for (const result of results) {
    const lines = [...new Set(result.notes)];
    if (result.failure) lines.unshift(`FAILED: ${result.failure}`);
    for (const line of lines) console.log(`  ${result.id}: ${line}`);
  }
}

/** Counts the budget verdicts of the medians, the bundle included. */
export function countVerdicts(results: readonly NetworkResult[], bundle: BundleSize): { pass: number; fail: number } {
  let pass = bundle.firstViewJsGzipBytes <= FIRST_VIEW_JS_MAX_GZIP_BYTES ? 1 : 0;
  let fail = 1 - pass;
  for (const result of results) {
    for (const metric of Object.keys(result.median)) {
      const outcome = verdict(result.id, metric, result.median[metric]);
      if (outcome === 'PASS') pass++;
      if (outcome === 'FAIL') fail++;
    }
  }
  return { pass, fail };
}

const ratioText = (now: number, before: number) =>
  Number.isFinite(now) && Number.isFinite(before) && before !== 0 ? `×${(now / before).toFixed(2)}` : '–';

/** Prints every figure next to the earlier run's and the ratio now / before. */
export function printComparison(results: readonly NetworkResult[], bundle: BundleSize, earlier: BenchReport): void {
  console.log(`\nCompared with ${earlier.date} (${earlier.machine.cpuModel}, ${earlier.machine.cpuCount} CPUs):`);
  const rows = [['network', 'figure', 'now', 'before', 'ratio']];
  const before = new Map(earlier.networks.map((n) => [n.id, n.median]));
  for (const result of results) {
    const old = before.get(result.id);
    if (!old) continue;
    for (const metric of Object.keys(METRICS) as MetricId[]) {
      const now = result.median[metric];
      if (now === undefined || old[metric] === undefined) continue;
      const then = old[metric]!;
      rows.push([
        result.id,
        METRICS[metric].heading,
        formatFigure(metric, now),
        formatFigure(metric, then),
        ratioText(now, then),
      ]);
    }
  }
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  for (const key of ['firstViewJsGzipBytes', 'allJsGzipBytes'] as const) {
    const now = bundle[key];
    const old = earlier.bundle?.[key];
    const figure = key === 'allJsGzipBytes' ? 'all JS gzip' : 'first-view JS gzip';
    if (old !== undefined) rows.push(['bundle', figure, kb(now), kb(old), ratioText(now, old)]);
  }
  printRows(rows);
}
