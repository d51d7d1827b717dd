/**
 * Blocs: groups of actors who work together (found by find-blocs.ts), their names in words
 * ("Bloc of Gustavo Petro") and the matrix of cooperative and hostile relations between them.
 * Light on purpose: the page's first script reads these, while Louvain itself loads with the
 * analysis (find-blocs.ts). Pure: no DOM, no rune state; safe in a worker.
 */
import type { NetworkRelation } from '../data/network';
import { formatNumber } from '../i18n/format';
import { m } from '../i18n/generated/messages.js';
import type { Locale } from '../i18n/locale';
import { polarityOf } from '../vocabulary/relation-types';

/** Prefix of bloc category ids (`bloc:<central actor id>`). */
export const BLOC_PREFIX = 'bloc:';

/** One bloc: its stable id, the member it is named after, and its members. */
export interface Bloc {
  /** `bloc:<central actor id>`: stable while the central actor stays central. */
  id: string;
  /** The member with the highest weighted cooperative degree (ties: label, then id). */
  centralId: string;
  centralLabel: string;
  /** Member actor ids, in the network's actor order. */
  members: string[];
}

export interface Blocs {
  /** Largest first; equal sizes by the central member's label, then id. */
  blocs: Bloc[];
  /** The bloc id of each actor that has a cooperative relation; others belong to no bloc. */
  blocOf: ReadonlyMap<string, string>;
  /** What the blocs were found on: cooperation, or (a network without polarities) all relations. */
  basis: 'cooperative' | 'all';
}

/** A bloc's name in words: "Bloc of Gustavo Petro" / "Bloque de Gustavo Petro". */
export function blocName(bloc: Pick<Bloc, 'centralLabel'>, locale?: Locale): string {
  return m.analysis_bloc_name({ name: bloc.centralLabel }, locale ? { locale } : undefined);
}

/** A bloc's name with its size: "Bloc of Gustavo Petro (12 actors)". */
export function blocNameWithSize(bloc: Pick<Bloc, 'centralLabel' | 'members'>, locale: Locale): string {
  const count = bloc.members.length;
  return m.analysis_bloc_name_size(
    { name: bloc.centralLabel, count, countText: formatNumber(count, locale) },
    { locale },
  );
}

/** Names by bloc id, for the legend (its categories are bloc ids). */
export function blocNames(blocs: Blocs, locale?: Locale): Map<string, string> {
  return new Map(blocs.blocs.map((bloc) => [bloc.id, blocName(bloc, locale)]));
}

/** The relations between two blocs (or within one, on the diagonal), by polarity. */
export interface BlocCell {
  cooperative: string[];
  hostile: string[];
}

export interface BlocMatrix {
  /** The blocs of the rows and columns, in the same order. */
  blocs: Bloc[];
  /**
   * `cells[i][j]` holds the visible relations between blocs i and j, whichever the direction;
   * symmetric (`cells[i][j]` and `cells[j][i]` are the same object). Structural ties are left out.
   */
  cells: BlocCell[][];
  /** Blocs left out because only the `limit` largest are shown. */
  omitted: number;
}

/** How many blocs the matrix shows by default: more would not fit a panel. */
export const BLOC_MATRIX_LIMIT = 12;

/**
 * Counts of cooperative and hostile relations between the `limit` largest blocs, among the
 * relations whose id is in `visibleRelations`. Relations with an end outside these blocs are
 * not counted.
 */
export function blocMatrix(
  blocs: Blocs,
  relations: readonly Pick<NetworkRelation, 'id' | 'source' | 'target' | 'type'>[],
  visibleRelations: ReadonlySet<string>,
  limit = BLOC_MATRIX_LIMIT,
): BlocMatrix {
  const shown = blocs.blocs.slice(0, Math.max(0, limit));
  const index = new Map(shown.map((bloc, i) => [bloc.id, i]));
  const cells: BlocCell[][] = shown.map(() => []);
  for (let i = 0; i < shown.length; i++) {
    for (let j = i; j < shown.length; j++) {
      const cell = { cooperative: [], hostile: [] };
      cells[i][j] = cell;
      cells[j][i] = cell;
    }
  }
  for (const relation of relations) {
    if (!visibleRelations.has(relation.id)) continue;
    const polarity = polarityOf(relation.type);
    if (polarity !== 'cooperative' && polarity !== 'hostile') continue;
    const sourceBloc = blocs.blocOf.get(relation.source);
    const targetBloc = blocs.blocOf.get(relation.target);
    if (sourceBloc === undefined || targetBloc === undefined) continue;
    const i = index.get(sourceBloc);
    const j = index.get(targetBloc);
    if (i === undefined || j === undefined) continue;
    cells[i][j][polarity].push(relation.id);
  }
  return { blocs: shown, cells, omitted: blocs.blocs.length - shown.length };
}
