/**
 * The performance budget of issue 6: for each network, the figures that have a limit.
 * Interaction limits apply to `workMs` (the main-thread cost of the interaction); the
 * two-rAF figure waits for vsync twice and so never goes below one frame.
 */
import type { MetricId } from './metrics';

/** One limit: `metric` of `network` must be at most `max`. */
export interface BudgetLine {
  /** A network id from networks.ts, or `*` for every network that has the figure. */
  network: string;
  metric: MetricId;
  max: number;
  /** Where the limit comes from, in words. */
  reason: string;
}

/** One frame at 60 Hz. */
const FRAME_MS = 16.7;
/** A long task is a main-thread task over 50 ms; "no long task" means at most this. */
const NO_LONG_TASK_MS = 50;

const frameBudget = (network: string, metrics: MetricId[]): BudgetLine[] =>
  metrics.map((metric) => ({ network, metric, max: FRAME_MS, reason: 'each interaction within one 60 Hz frame' }));

/** Half of Gephi Lite's time to first full frame, for the real GEXF files. */
const GEPHI_LITE_FIRST_FRAME_MS: Record<string, number> = {
  'les-miserables': 430,
  celegans: 360,
  arctic: 920,
  'marvel-characters-by-stories': 1550,
};

const gexfBudgets = Object.entries(GEPHI_LITE_FIRST_FRAME_MS).flatMap(([network, gephiLite]): BudgetLine[] => [
  { network, metric: 'loadToFirstFrameMs', max: gephiLite / 2, reason: `half of Gephi Lite's ${gephiLite / 1000} s` },
  { network, metric: 'longTaskLoadingMs', max: NO_LONG_TASK_MS, reason: 'no long task while loading' },
]);

const tenThousand = (network: string): BudgetLine[] => [
  { network, metric: 'parseToFirstFrameMs', max: 350, reason: 'first frame within 350 ms of parsing' },
  { network, metric: 'layoutMs', max: 5_000, reason: 'layout settles within 5 s' },
  ...frameBudget(network, ['filterMs', 'hoverMs']),
];

/** Every limit, per network. */
export const BUDGET: readonly BudgetLine[] = [
  { network: 'petro', metric: 'parseToFirstFrameMs', max: 300, reason: 'first frame within 300 ms of the data' },
  { network: 'petro', metric: 'layoutMs', max: 1_000, reason: 'layout settles within 1 s' },
  ...frameBudget('petro', ['filterMs', 'hoverMs', 'selectMs', 'timeStepMs', 'cameraMs']),
  ...tenThousand('synthetic-10k-json'),
  ...tenThousand('synthetic-10k-gexf'),
  { network: 'synthetic-50k-json', metric: 'loadToFirstFrameMs', max: 1_200, reason: 'load and draw within 1.2 s' },
  {
    network: 'synthetic-50k-json',
    metric: 'filterLongTaskMs',
    max: NO_LONG_TASK_MS,
    reason: 'no long task on a filter toggle',
  },
  {
    network: 'synthetic-50k-json',
    metric: 'cameraLongTaskMs',
    max: NO_LONG_TASK_MS,
    reason: 'no long task on a camera move',
  },
  { network: 'synthetic-50k-json', metric: 'layoutMs', max: 40_000, reason: 'layout settles within 40 s' },
  ...gexfBudgets,
  { network: '*', metric: 'heapGrowthPct', max: 5, reason: 'heap grows at most 5 % over 20 filter toggles' },
];

/** The JavaScript the first view loads, gzip-compressed, in bytes (75 kB). */
export const FIRST_VIEW_JS_MAX_GZIP_BYTES = 75_000;

/** The limit on `metric` for `network`, if any (a network's own line wins over `*`). */
export function budgetFor(network: string, metric: MetricId): BudgetLine | undefined {
  const lineFor = (name: string) => BUDGET.find((line) => line.network === name && line.metric === metric);
  return lineFor(network) ?? lineFor('*');
}

/** Metrics that have a limit for at least one network: these get a PASS/FAIL column. */
export function budgetedMetrics(): Set<MetricId> {
  return new Set(BUDGET.map((line) => line.metric));
}

/** PASS or FAIL for a figure against its limit; empty when there is no limit or no figure. */
export function verdict(network: string, metric: MetricId, value: number | undefined): 'PASS' | 'FAIL' | '' {
  const line = budgetFor(network, metric);
  if (!line || value === undefined || Number.isNaN(value)) return '';
  return value <= line.max ? 'PASS' : 'FAIL';
}
