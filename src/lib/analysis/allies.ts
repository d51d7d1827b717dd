/**
 * Allies and adversaries of one actor: for every counterpart, how many cooperative and
 * hostile relations tie them (polarity from the vocabulary), the balance between the two,
 * how that balance moved year by year over the network's dated span, and whether the
 * relationship turned — from cooperative to hostile or back — in time order. Pure and
 * framework-free: the actor panel shows it, tests check it on the real dataset. It follows
 * the current filters and time window because the caller passes the visible relation ids.
 */
import type { NetworkRelation } from '../data/network';
import type { TimeSpan } from '../time/relation-span';
import { compareSortTimes, relationSortTime } from '../time/order';
import { polarityOf } from '../vocabulary';

/** What a relation needs here: its ends, its type and its dates. */
export type AllyRelation = Pick<NetworkRelation, 'id' | 'source' | 'target' | 'type' | 'date' | 'start' | 'end'>;

export interface AlliesInput {
  /** The actor whose counterparts are listed. */
  actorId: string;
  relations: readonly AllyRelation[];
  /** Ids of the relations shown under the current filters and time window; null: all. */
  visibleIds: ReadonlySet<string> | null;
  /** Each relation's span (`indexRelationSpans(...).spans`); null for an undated one. */
  spans: ReadonlyMap<string, TimeSpan | null>;
  /** The network's dated span (`indexRelationSpans(...).extent`): the strip's years. */
  extent: TimeSpan | null;
  /** The counterpart's label, for display and for ordering ties. */
  labelOf: (actorId: string) => string;
}

/** One year of the strip: the dated relations whose span touches the year. */
export interface YearBalance {
  year: number;
  cooperative: number;
  hostile: number;
  /** cooperative − hostile. */
  balance: number;
}

/** A change of polarity in time order: the last relation of the old one, the first of the new. */
export interface AllyTurn {
  /** The polarity the relationship turned to. */
  to: 'cooperative' | 'hostile';
  lastBeforeId: string;
  firstAfterId: string;
}

export interface Counterpart {
  id: string;
  label: string;
  cooperative: number;
  hostile: number;
  /** Structural ties and types outside the vocabulary: shown, not in the balance. */
  other: number;
  /** cooperative − hostile. */
  balance: number;
  /** Every visible relation with this counterpart, dated or not. */
  total: number;
  /** One entry per year of the network's dated span, oldest first. */
  years: YearBalance[];
  /** The latest turn of polarity among the dated relations; null when none turned. */
  turn: AllyTurn | null;
  /** The relations with this counterpart, oldest first, undated last. */
  relationIds: string[];
}

/** The calendar years (UTC) a span touches, clamped to the extent's years. */
function yearsOf(span: TimeSpan, firstYear: number, lastYear: number): [number, number] | null {
  const from = Number.isFinite(span.start) ? new Date(span.start).getUTCFullYear() : firstYear;
  const to = Number.isFinite(span.end) ? new Date(span.end - 1).getUTCFullYear() : lastYear;
  const start = Math.max(from, firstYear);
  const end = Math.min(to, lastYear);
  return start <= end ? [start, end] : null;
}

/** The years of the network's dated span, oldest first; empty when nothing is dated. */
export function extentYears(extent: TimeSpan | null): number[] {
  if (!extent || !Number.isFinite(extent.start) || !Number.isFinite(extent.end)) return [];
  const first = new Date(extent.start).getUTCFullYear();
  const last = new Date(extent.end - 1).getUTCFullYear();
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

/** The latest turn of polarity in a time-ordered list of cooperative and hostile relations. */
function latestTurn(ordered: readonly { id: string; polarity: 'cooperative' | 'hostile' }[]): AllyTurn | null {
  let turn: AllyTurn | null = null;
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i].polarity !== ordered[i - 1].polarity) {
      turn = { to: ordered[i].polarity, lastBeforeId: ordered[i - 1].id, firstAfterId: ordered[i].id };
    }
  }
  return turn;
}

/** Most allied first, most adversarial last; equal balances by total (most first), then label. */
export function compareCounterparts(a: Counterpart, b: Counterpart): number {
  return b.balance - a.balance || b.total - a.total || a.label.localeCompare(b.label) || (a.id < b.id ? -1 : 1);
}

/**
 * Every counterpart of `actorId` among the visible relations, with its balance, its strip
 * and its turn, ordered by `compareCounterparts`. Undated relations count in the totals but
 * neither in the strip nor in the turn; self-loops are left out.
 */
export function alliesAndAdversaries(input: AlliesInput): Counterpart[] {
  const { actorId, relations, visibleIds, spans, extent, labelOf } = input;
  const years = extentYears(extent);
  const firstYear = years[0];
  const lastYear = years[years.length - 1];
  const groups = new Map<string, AllyRelation[]>();
  for (const relation of relations) {
    if (visibleIds && !visibleIds.has(relation.id)) continue;
    const counterpart =
      relation.source === actorId ? relation.target : relation.target === actorId ? relation.source : null;
    if (counterpart === null || counterpart === actorId) continue;
    const list = groups.get(counterpart);
    if (list) list.push(relation);
    else groups.set(counterpart, [relation]);
  }

  const result: Counterpart[] = [];
  for (const [id, list] of groups) {
    const ordered = list
      .map((relation) => ({ relation, time: relationSortTime(relation) }))
      .sort((x, y) => compareSortTimes(x.time, y.time));
    const strip: YearBalance[] = years.map((year) => ({ year, cooperative: 0, hostile: 0, balance: 0 }));
    const polar: { id: string; polarity: 'cooperative' | 'hostile' }[] = [];
    let cooperative = 0;
    let hostile = 0;
    let other = 0;
    for (const { relation, time } of ordered) {
      const polarity = polarityOf(relation.type);
      if (polarity !== 'cooperative' && polarity !== 'hostile') {
        other++;
        continue;
      }
      if (polarity === 'cooperative') cooperative++;
      else hostile++;
      const span = spans.get(relation.id) ?? null;
      if (span === null || time === null) continue;
      polar.push({ id: relation.id, polarity });
      const touched = years.length ? yearsOf(span, firstYear, lastYear) : null;
      if (!touched) continue;
      for (let year = touched[0]; year <= touched[1]; year++) {
        const cell = strip[year - firstYear];
        cell[polarity]++;
        cell.balance = cell.cooperative - cell.hostile;
      }
    }
    result.push({
      id,
      label: labelOf(id),
      cooperative,
      hostile,
      other,
      balance: cooperative - hostile,
      total: list.length,
      years: strip,
      turn: latestTurn(polar),
      relationIds: ordered.map(({ relation }) => relation.id),
    });
  }
  return result.sort(compareCounterparts);
}
