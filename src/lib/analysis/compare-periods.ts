/**
 * "Compare periods": what changed in the network between period A and period B. A relation
 * is in a period when its span overlaps it (a standing tie may be in both); undated
 * relations are in neither. Pairs are unordered (A–B is B–A) so "only in A" reads "these two
 * actors had this type of relation in A and not in B", whatever its direction. Pure and
 * framework-free: the panel lists the result, the renderer marks edges with `edgeMarks`.
 */
import type { NetworkRelation } from '../data/network';
import { compareSortTimes, relationSortTime } from '../time/order';
import { overlaps, type TimeSpan } from '../time/relation-span';
import { compareRelationTypes, polarityOf } from '../vocabulary';

export type ComparedRelation = Pick<NetworkRelation, 'id' | 'source' | 'target' | 'type' | 'date' | 'start' | 'end'>;

export interface CompareInput {
  relations: readonly ComparedRelation[];
  /** Ids visible under the other filters (not the time window); null: all. */
  visibleIds: ReadonlySet<string> | null;
  /** Each relation's span (`indexRelationSpans(...).spans`); null for an undated one. */
  spans: ReadonlyMap<string, TimeSpan | null>;
  /** The two periods as windows (`periodWindows(spec)`). */
  windows: { a: TimeSpan; b: TimeSpan };
}

export type EdgeMark = 'onlyA' | 'onlyB' | 'changed';
export type DominantPolarity = 'cooperative' | 'hostile';

/** A pair of actors with a type of relation in one period only. */
export interface PairTypeChange {
  /** The pair's two actor ids, in code-point order. */
  actors: [string, string];
  type: string;
  /** The pair's relations of that type in the period that has them, oldest first. */
  relationIds: string[];
}

/** A pair whose dominant polarity (more cooperative or more hostile relations) flipped. */
export interface PolarityChange {
  actors: [string, string];
  from: DominantPolarity;
  to: DominantPolarity;
  /** The pair's cooperative and hostile relations in A, then in B, oldest first. */
  relationIdsA: string[];
  relationIdsB: string[];
}

export interface TypeCount {
  type: string;
  a: number;
  b: number;
}

export interface PeriodComparison {
  onlyA: PairTypeChange[];
  onlyB: PairTypeChange[];
  changed: PolarityChange[];
  /** Relations per type in A and B, in the vocabulary's order; types absent from both left out. */
  counts: TypeCount[];
  /** For the canvas: "changed" wins over "only in A/B" on a relation. */
  edgeMarks: Map<string, EdgeMark>;
}

interface PairSide {
  byType: Map<string, ComparedRelation[]>;
  cooperative: number;
  hostile: number;
}

function pairOf(relation: ComparedRelation): [string, string] {
  return relation.source <= relation.target ? [relation.source, relation.target] : [relation.target, relation.source];
}

function dominant(side: PairSide | undefined): DominantPolarity | null {
  if (!side || side.cooperative === side.hostile) return null;
  return side.cooperative > side.hostile ? 'cooperative' : 'hostile';
}

function byTime(list: readonly ComparedRelation[]): string[] {
  return list
    .map((relation) => ({ id: relation.id, time: relationSortTime(relation) }))
    .sort((x, y) => compareSortTimes(x.time, y.time))
    .map(({ id }) => id);
}

function polarRelations(side: PairSide | undefined): ComparedRelation[] {
  if (!side) return [];
  return [...side.byType.values()].flat().filter((r) => {
    const polarity = polarityOf(r.type);
    return polarity === 'cooperative' || polarity === 'hostile';
  });
}

const byPairThenType = (x: PairTypeChange, y: PairTypeChange) =>
  x.actors[0].localeCompare(y.actors[0]) ||
  x.actors[1].localeCompare(y.actors[1]) ||
  compareRelationTypes(x.type, y.type);

/** Compares the visible relations of period A with those of period B. */
export function comparePeriods(input: CompareInput): PeriodComparison {
  const { relations, visibleIds, spans, windows } = input;
  const sides = { a: new Map<string, PairSide>(), b: new Map<string, PairSide>() };
  const pairs = new Map<string, [string, string]>();
  const counts = new Map<string, TypeCount>();

  for (const relation of relations) {
    if (visibleIds && !visibleIds.has(relation.id)) continue;
    const span = spans.get(relation.id) ?? null;
    if (!span) continue;
    const actors = pairOf(relation);
    const key = `${actors[0]}\u0000${actors[1]}`;
    for (const period of ['a', 'b'] as const) {
      if (!overlaps(span, windows[period])) continue;
      pairs.set(key, actors);
      let side = sides[period].get(key);
      if (!side) sides[period].set(key, (side = { byType: new Map(), cooperative: 0, hostile: 0 }));
      const list = side.byType.get(relation.type);
      if (list) list.push(relation);
      else side.byType.set(relation.type, [relation]);
      const polarity = polarityOf(relation.type);
      if (polarity === 'cooperative' || polarity === 'hostile') side[polarity]++;
      let count = counts.get(relation.type);
      if (!count) counts.set(relation.type, (count = { type: relation.type, a: 0, b: 0 }));
      count[period]++;
    }
  }

  const onlyA: PairTypeChange[] = [];
  const onlyB: PairTypeChange[] = [];
  const changed: PolarityChange[] = [];
  const edgeMarks = new Map<string, EdgeMark>();
  for (const [key, actors] of pairs) {
    const a = sides.a.get(key);
    const b = sides.b.get(key);
    for (const [mine, theirs, out, mark] of [
      [a, b, onlyA, 'onlyA'],
      [b, a, onlyB, 'onlyB'],
    ] as const) {
      for (const [type, list] of mine?.byType ?? []) {
        if (theirs?.byType.has(type)) continue;
        out.push({ actors, type, relationIds: byTime(list) });
        for (const relation of list) edgeMarks.set(relation.id, mark);
      }
    }
    const from = dominant(a);
    const to = dominant(b);
    if (from && to && from !== to) {
      const inA = polarRelations(a);
      const inB = polarRelations(b);
      changed.push({ actors, from, to, relationIdsA: byTime(inA), relationIdsB: byTime(inB) });
      for (const relation of [...inA, ...inB]) edgeMarks.set(relation.id, 'changed');
    }
  }

  onlyA.sort(byPairThenType);
  onlyB.sort(byPairThenType);
  changed.sort((x, y) => x.actors[0].localeCompare(y.actors[0]) || x.actors[1].localeCompare(y.actors[1]));
  return {
    onlyA,
    onlyB,
    changed,
    counts: [...counts.values()].sort((x, y) => compareRelationTypes(x.type, y.type)),
    edgeMarks,
  };
}
