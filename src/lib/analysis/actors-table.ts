/**
 * The actors table's view model, as pure functions: one row per visible actor with its bloc
 * and its "who matters" metrics, the columns and their words, the sort order (names compared
 * in the chosen language, numbers largest first on a first click) and the caption. The
 * rendered window, keyboard moves and sort clicks are the shared table's (lib/view/table-navigation.ts).
 */
import type { NetworkActor } from '../data/network';
import { collator, formatDecimal, formatNumber } from '../i18n/format';
import { m } from '../i18n/generated/messages.js';
import type { Locale } from '../i18n/locale';
import { kindLabel } from '../i18n/words';
import { blocName, type Blocs } from './blocs';
import type { MetricsResult } from './metrics';

export type ActorSortKey =
  'label' | 'kind' | 'bloc' | 'relations' | 'cooperative' | 'hostile' | 'betweenness' | 'pagerank';
export type SortDirection = 'ascending' | 'descending';

export interface ActorRow {
  id: string;
  label: string;
  kindLabel: string;
  /** The bloc's name, or `''` when the actor is in no bloc. */
  blocLabel: string;
  relations: number;
  cooperative: number;
  hostile: number;
  betweenness: number;
  pagerank: number;
}

export interface ActorColumn {
  key: ActorSortKey;
  firstDirection: SortDirection;
  numeric: boolean;
}

const text = (key: ActorSortKey): ActorColumn => ({ key, firstDirection: 'ascending', numeric: false });
const number = (key: ActorSortKey): ActorColumn => ({ key, firstDirection: 'descending', numeric: true });

/** The columns in display order; numbers sort largest first on a first click. */
export const ACTOR_COLUMNS: readonly ActorColumn[] = [
  text('label'),
  text('kind'),
  text('bloc'),
  number('relations'),
  number('cooperative'),
  number('hostile'),
  number('betweenness'),
  number('pagerank'),
];

const COLUMN_LABEL: Readonly<Record<ActorSortKey, (locale: Locale) => string>> = {
  label: (locale) => m.analysis_column_label({}, { locale }),
  kind: (locale) => m.analysis_column_kind({}, { locale }),
  bloc: (locale) => m.analysis_column_bloc({}, { locale }),
  relations: (locale) => m.analysis_column_relations({}, { locale }),
  cooperative: (locale) => m.analysis_column_cooperative({}, { locale }),
  hostile: (locale) => m.analysis_column_hostile({}, { locale }),
  betweenness: (locale) => m.analysis_column_betweenness({}, { locale }),
  pagerank: (locale) => m.analysis_column_pagerank({}, { locale }),
};

/** A column header's word in `locale`. */
export function actorColumnLabel(key: ActorSortKey, locale: Locale): string {
  return COLUMN_LABEL[key](locale);
}

/**
 * The rows of the visible actors (those in `metrics`), in the network's actor order. Kinds
 * and bloc names are worded in `locale`.
 */
export function buildActorRows(
  actors: readonly Pick<NetworkActor, 'id' | 'label' | 'kind'>[],
  blocs: Blocs,
  metrics: MetricsResult,
  locale: Locale,
): ActorRow[] {
  const names = new Map(blocs.blocs.map((bloc) => [bloc.id, blocName(bloc, locale)]));
  const rows: ActorRow[] = [];
  for (const actor of actors) {
    const values = metrics.byActor.get(actor.id);
    if (!values) continue;
    const bloc = blocs.blocOf.get(actor.id);
    rows.push({
      id: actor.id,
      label: actor.label,
      kindLabel: kindLabel(actor.kind, locale),
      blocLabel: bloc === undefined ? '' : (names.get(bloc) ?? ''),
      relations: values.relations,
      cooperative: values.cooperative,
      hostile: values.hostile,
      betweenness: values.betweenness,
      pagerank: values.pagerank,
    });
  }
  return rows;
}

/**
 * Rows in the requested order. Names compare as `locale` sorts them; actors in no bloc stay
 * last in both directions. Ties fall back to the label, ascending, so the order is stable.
 */
export function sortActorRows(
  rows: readonly ActorRow[],
  key: ActorSortKey,
  direction: SortDirection,
  locale: Locale,
): ActorRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const names = collator(locale);
  const byLabel = (a: ActorRow, b: ActorRow) => names.compare(a.label, b.label);
  const compare = (a: ActorRow, b: ActorRow): number => {
    switch (key) {
      case 'label':
        return sign * byLabel(a, b);
      case 'kind':
        return sign * names.compare(a.kindLabel, b.kindLabel) || byLabel(a, b);
      case 'bloc':
        if ((a.blocLabel === '') !== (b.blocLabel === '')) return a.blocLabel === '' ? 1 : -1;
        return sign * names.compare(a.blocLabel, b.blocLabel) || byLabel(a, b);
      default:
        return sign * (a[key] - b[key]) || byLabel(a, b);
    }
  };
  return [...rows].sort(compare);
}

/** A cell's text: counts as integers, measures with three significant digits. */
export function actorCellText(row: ActorRow, key: ActorSortKey, locale: Locale): string {
  switch (key) {
    case 'label':
      return row.label;
    case 'kind':
      return row.kindLabel;
    case 'bloc':
      return row.blocLabel || m.analysis_no_bloc({}, { locale });
    case 'betweenness':
    case 'pagerank':
      return formatDecimal(row[key], locale);
    default:
      return formatNumber(row[key], locale);
  }
}

/** The caption: how many actors are shown (and whether betweenness is a sample), or none. */
export function actorsCaption(
  count: number,
  metrics: Pick<MetricsResult, 'sampled' | 'betweennessSources'>,
  locale: Locale,
): string {
  if (count === 0) return m.analysis_actors_none({}, { locale });
  const shown = m.analysis_actors_shown({ count, countText: formatNumber(count, locale) }, { locale });
  if (!metrics.sampled) return shown;
  const sources = metrics.betweennessSources;
  return `${shown}. ${m.analysis_actors_sampled({ count: sources, countText: formatNumber(sources, locale) }, { locale })}`;
}
