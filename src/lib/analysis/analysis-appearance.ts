/**
 * Blocs and "who matters" measures offered to the appearance layer through its extension
 * point: "Colour actors by: Bloc" and "Size actors by: Betweenness / PageRank / Number of
 * quotes". Returns the extra menu options (for `appearanceOptions`) and the per-actor data
 * (`AppearanceData`) that resolveAppearance reads for them, plus the words of these options and
 * of the bloc categories the legend lists. Pure; no user-facing text except through `m`.
 */
import type { AppearanceOption, ExtraAppearanceOptions } from '../appearance/appearance';
import type { AppearanceData } from '../appearance/resolve';
import { m } from '../i18n/generated/messages.js';
import type { Locale } from '../i18n/locale';
import { blocNames, type Blocs } from './blocs';
import type { ActorMetrics, MetricsResult } from './metrics';

/** The option id of "Colour actors by: Bloc"; its categories are bloc ids (`bloc:<actor id>`). */
export const BLOC_OPTION = 'bloc';

/** The option ids of "Size actors by", and the measure each reads. */
export const METRIC_OPTIONS = {
  betweenness: 'betweenness',
  pagerank: 'pagerank',
  'weighted-degree': 'weightedDegree',
} as const satisfies Record<string, keyof ActorMetrics>;

export type MetricOptionId = keyof typeof METRIC_OPTIONS;

const builtin = (id: string): AppearanceOption => ({ id, kind: 'builtin' });

/** The extra menu options; size options only when metrics are given. */
export function analysisAppearanceOptions(withMetrics = true): ExtraAppearanceOptions {
  return {
    nodeColor: [builtin(BLOC_OPTION)],
    ...(withMetrics ? { nodeSize: Object.keys(METRIC_OPTIONS).map(builtin) } : {}),
  };
}

/**
 * The data of the extra options: the bloc of every actor in one (others are "missing"), and
 * each measure of every actor in `metrics` (others get the smallest dot).
 */
export function analysisAppearanceData(blocs: Blocs, metrics?: MetricsResult): AppearanceData {
  const nodeCategories = new Map([[BLOC_OPTION, blocs.blocOf]]);
  if (!metrics) return { nodeCategories };
  const nodeValues = new Map<string, Map<string, number>>();
  for (const [option, measure] of Object.entries(METRIC_OPTIONS)) {
    const values = new Map<string, number>();
    for (const [id, actor] of metrics.byActor) values.set(id, actor[measure]);
    nodeValues.set(option, values);
  }
  return { nodeCategories, nodeValues };
}

type Words = (params?: Record<string, never>, options?: { locale?: Locale }) => string;

/** The words of the options this module adds, for lib/view/appearance-words.ts. */
export const ANALYSIS_OPTION_LABELS: Readonly<Record<string, Words>> = {
  [BLOC_OPTION]: m.analysis_appearance_bloc,
  betweenness: m.analysis_appearance_betweenness,
  pagerank: m.analysis_appearance_pagerank,
  'weighted-degree': m.analysis_appearance_weighted_degree,
};

/** An option's words, or undefined when the id is not one of this module's. */
export function analysisOptionLabel(id: string, locale?: Locale): string | undefined {
  const words = Object.hasOwn(ANALYSIS_OPTION_LABELS, id) ? ANALYSIS_OPTION_LABELS[id] : undefined;
  return words?.({}, locale ? { locale } : undefined);
}

/**
 * A legend category of the bloc option in words ("Bloc of Gustavo Petro"), or undefined for
 * another choice or an unknown bloc. `names` is {@link blocNames} of the current blocs.
 */
export function blocCategoryLabel(
  choice: string,
  category: string,
  names: ReadonlyMap<string, string>,
): string | undefined {
  return choice === BLOC_OPTION ? names.get(category) : undefined;
}

export { blocNames };
