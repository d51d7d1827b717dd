/**
 * The figures the benchmark records per network, with how each is shown. Every run yields
 * a flat record of these; medians, budgets, the table and the comparison all key on them.
 */

/** How a figure is printed. */
export type MetricUnit = 'count' | 'ms' | 's' | 'percent' | 'bytes';

export interface MetricInfo {
  /** Column heading in the printed table (short). */
  heading: string;
  /** What the figure means, for the JSON file and the comparison. */
  description: string;
  unit: MetricUnit;
}

const interaction = (name: string, what: string) =>
  ({
    [`${name}Ms`]: {
      heading: name,
      description: `${what}: main-thread work from the event through its frame (ms)`,
      unit: 'ms',
    },
    [`${name}FramesMs`]: {
      heading: `${name} 2rAF`,
      description: `${what}: event to after the second requestAnimationFrame (ms)`,
      unit: 'ms',
    },
    [`${name}LongTaskMs`]: {
      heading: `LT ${name}`,
      description: `${what}: longest long task overlapping it (ms, 0 = none)`,
      unit: 'ms',
    },
  }) as Record<string, MetricInfo>;

/** Every figure, in the order the JSON and the comparison list them. */
export const METRICS: Readonly<Record<string, MetricInfo>> = {
  nodes: { heading: 'nodes', description: 'nodes in the drawn graph', unit: 'count' },
  edges: { heading: 'edges', description: 'edges in the drawn graph', unit: 'count' },
  loadToParsedMs: {
    heading: 'load→parsed',
    description: 'navigation start or setInputFiles to petro:data-parsed (ms)',
    unit: 'ms',
  },
  parseToFirstFrameMs: {
    heading: 'parsed→frame',
    description: 'petro:data-parsed to petro:first-frame (ms)',
    unit: 'ms',
  },
  loadToFirstFrameMs: {
    heading: 'load→frame',
    description: 'navigation start or setInputFiles to petro:first-frame (ms)',
    unit: 'ms',
  },
  layoutMs: { heading: 'layout', description: 'petro:first-frame to petro:layout-settled (capped at 60 s)', unit: 's' },
  longTaskLoadingMs: {
    heading: 'LT load',
    description: 'longest long task from load start to first frame (ms, 0 = none)',
    unit: 'ms',
  },
  longTaskLayoutMs: {
    heading: 'LT layout',
    description: 'longest long task from first frame to layout settled (ms, 0 = none)',
    unit: 'ms',
  },
  ...interaction('filter', 'relation-type filter toggle'),
  ...interaction('hover', 'hover onto a node'),
  ...interaction('select', 'click on a node'),
  ...interaction('timeStep', 'time-window step (ArrowLeft on the end slider)'),
  ...interaction('camera', 'camera zoom frame'),
  heapAfterLoadBytes: { heading: 'heap', description: 'used JS heap after load and GC (bytes)', unit: 'bytes' },
  heapAfterTogglesBytes: {
    heading: 'heap 20×',
    description: 'used JS heap after 20 filter toggles and GC (bytes)',
    unit: 'bytes',
  },
  heapGrowthPct: {
    heading: 'heap +%',
    description: 'heap growth over the first 20 filter toggles after load (%)',
    unit: 'percent',
  },
  heapAfter40TogglesBytes: {
    heading: 'heap 40×',
    description: 'used JS heap after 20 more filter toggles and GC (bytes)',
    unit: 'bytes',
  },
  heapSteadyGrowthPct: {
    heading: 'heap +% 20→40',
    description:
      'heap growth over 20 more toggles, measured when the first 20 are over budget: a leak keeps growing, warm-up does not (%)',
    unit: 'percent',
  },
};

/** Figures printed after a slash in another figure's cell: `work/2rAF`, `first 20/next 20`. */
export const SECONDARY_FIGURE: Readonly<Record<string, MetricId>> = {
  filterMs: 'filterFramesMs',
  hoverMs: 'hoverFramesMs',
  selectMs: 'selectFramesMs',
  timeStepMs: 'timeStepFramesMs',
  cameraMs: 'cameraFramesMs',
  heapGrowthPct: 'heapSteadyGrowthPct',
};

export type MetricId = keyof typeof METRICS & string;

/** One run's figures; a missing key was not measured. */
export type Figures = Partial<Record<MetricId, number>>;

/** The columns of the printed table, left to right (the JSON holds every figure). */
export const TABLE_COLUMNS: readonly MetricId[] = [
  'nodes',
  'edges',
  'loadToFirstFrameMs',
  'parseToFirstFrameMs',
  'layoutMs',
  'longTaskLoadingMs',
  'longTaskLayoutMs',
  'filterMs',
  'hoverMs',
  'selectMs',
  'timeStepMs',
  'cameraMs',
  'filterLongTaskMs',
  'cameraLongTaskMs',
  'heapGrowthPct',
];

/** The layout wait is capped; a run that hit the cap records this value. */
export const LAYOUT_CAP_MS = 60_000;

/** Prints a figure with its unit's precision (`> 60 s` for a capped layout). */
export function formatFigure(metric: MetricId, value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  switch (METRICS[metric]?.unit) {
    case 'count':
      return String(Math.round(value));
    case 's':
      return value === Infinity ? `> ${LAYOUT_CAP_MS / 1000} s` : `${(value / 1000).toFixed(2)} s`;
    case 'percent':
      return `${value.toFixed(1)} %`;
    case 'bytes':
      return `${(value / 1e6).toFixed(1)} MB`;
    default:
      return /longtask/i.test(metric) && value === 0 ? 'none' : value.toFixed(1);
  }
}

/** Median of the values (the mean of the middle two for an even count); undefined when empty. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Per figure, the median over the runs that measured it. */
export function medianFigures(runs: readonly Figures[]): Figures {
  const result: Figures = {};
  for (const metric of Object.keys(METRICS)) {
    const values = runs.map((run) => run[metric]).filter((v): v is number => v !== undefined);
    const value = median(values);
    if (value !== undefined) result[metric] = value;
  }
  return result;
}
