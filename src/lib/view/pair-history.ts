/**
 * Everything that happened between two actors, in order: the relation panel shows it so a
 * reader sees one act in the course of the whole relationship (talks, then sanctions...).
 */
import type { NetworkRelation } from '../data/network';
import type { DatasetIndex } from '../graph/dataset-index';
import type { Locale } from '../i18n/locale';
import { describeRelationTime } from '../i18n/format';
import { m } from '../i18n/generated/messages.js';
import { relationTypeLabel } from '../i18n/words';
import { compareSortTimes, relationSortTime } from '../time/order';
import { directionGlyph, isDirected } from '../vocabulary';
import type { TypePalette } from './palette';

/**
 * The relations between `a` and `b` in either direction, oldest first (by the start of
 * their date, start or end), undated ones last; equal times keep dataset order.
 */
export function pairHistory<R extends NetworkRelation>(relations: readonly R[], a: string, b: string): R[] {
  return relations
    .filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a))
    .map((relation) => ({ relation, time: relationSortTime(relation) }))
    .sort((x, y) => compareSortTimes(x.time, y.time))
    .map(({ relation }) => relation);
}

/** One relation of the pair, worded for the history strip. */
export interface PairHistoryItem {
  id: string;
  relationLabel: string;
  color: string;
  directed: boolean;
  /** Same direction as the relation the history is shown for. */
  forward: boolean;
  dateLabel: string;
  sortTime: number | null;
}

/** The history strip's items for the pair of actors that `relation` joins, oldest first. */
export function pairHistoryItems(
  index: DatasetIndex,
  relation: NetworkRelation,
  locale: Locale,
  palette: TypePalette,
): PairHistoryItem[] {
  return pairHistory(index.dataset.relations, relation.source, relation.target).map((other) => ({
    id: other.id,
    relationLabel: relationTypeLabel(other.type, locale),
    color: palette.relationType(other.type),
    directed: isDirected(other),
    forward: other.source === relation.source,
    dateLabel: describeRelationTime(other, locale),
    sortTime: relationSortTime(other),
  }));
}

/** One entry of the history strip as shown: arrow, direction in words, date or "undated". */
export interface PairHistoryLine extends PairHistoryItem {
  /** → or ← from the selected relation's source, ↔ when mutual; shown, hidden from screen readers. */
  glyph: string;
  /** The same direction in words, for screen readers: "Petro to Trump", "mutual". */
  direction: string;
  /** The date in words, or the word for undated. */
  dateText: string;
}

/**
 * The history strip's lines, oldest first with undated last (equal times keep the given
 * order), worded for `locale`; `sourceLabel` and `targetLabel` name the selected relation's ends.
 */
export function pairHistoryLines(
  items: readonly PairHistoryItem[],
  sourceLabel: string,
  targetLabel: string,
  locale: Locale,
): PairHistoryLine[] {
  return [...items]
    .sort((a, b) => compareSortTimes(a.sortTime, b.sortTime))
    .map((item) => ({
      ...item,
      glyph: directionGlyph(item.directed, item.forward),
      direction: !item.directed
        ? m.details_history_mutual({}, { locale })
        : item.forward
          ? m.details_history_direction({ from: sourceLabel, to: targetLabel }, { locale })
          : m.details_history_direction({ from: targetLabel, to: sourceLabel }, { locale }),
      dateText: item.dateLabel || m.details_history_undated({}, { locale }),
    }));
}
