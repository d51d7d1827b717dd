/**
 * Look-ups and display rows derived from a dataset: built once per dataset, read by the
 * panels and the relations list. Pure; no Svelte, no sigma.
 */
import type { SourceDocument } from '../data/schema';
import type { Network, NetworkActor, NetworkRelation } from '../data/network';
import { RELATION_TYPES, POLARITIES, isRelationTypeId } from '../data/relation-types';
import { describeRelationTime, parsePartialDate } from '../data/partial-date';
import { ACTOR_KINDS } from '../data/actor-kinds';
import { kindColor, relationColor } from './palette';
import { isDirectedRelation } from './build-graph';

export interface DatasetIndex {
  dataset: Network;
  actors: ReadonlyMap<string, NetworkActor>;
  relations: ReadonlyMap<string, NetworkRelation>;
  documents: ReadonlyMap<string, SourceDocument>;
}

export function indexDataset(dataset: Network): DatasetIndex {
  return {
    dataset,
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    relations: new Map(dataset.relations.map((r) => [r.id, r])),
    documents: new Map(dataset.documents.map((d) => [d.id, d])),
  };
}

export function relationTypeLabel(type: string): string {
  return isRelationTypeId(type) ? RELATION_TYPES[type].label : type;
}

const KIND_LABELS: Record<string, string> = {
  person: 'Person',
  state: 'State',
  'armed-group': 'Armed group',
  party: 'Party',
  organization: 'Organization',
  institution: 'Institution',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

/** When a relation happened or held, in words, as precise as the source. */
export const relationDateLabel = describeRelationTime;

/** Sort key: the start of the act or of the tie, in ms; null when undated. */
export function relationSortTime(relation: Pick<NetworkRelation, 'date' | 'start' | 'end'>): number | null {
  const value = relation.date ?? relation.start ?? relation.end;
  return value ? (parsePartialDate(value)?.start ?? null) : null;
}

export interface RelationRow {
  id: string;
  sourceLabel: string;
  targetLabel: string;
  relationLabel: string;
  color: string;
  directed: boolean;
  dateLabel: string;
  sortTime: number | null;
  sources: number;
}

function evidenceDocumentCount(relation: NetworkRelation): number {
  return new Set(relation.evidence.map((e) => e.document)).size;
}

function relationRow(index: DatasetIndex, relation: NetworkRelation): RelationRow {
  return {
    id: relation.id,
    sourceLabel: index.actors.get(relation.source)?.label ?? relation.source,
    targetLabel: index.actors.get(relation.target)?.label ?? relation.target,
    relationLabel: relationTypeLabel(relation.type),
    color: relationColor(relation.type),
    directed: relation.directed ?? isDirectedRelation(relation.type),
    dateLabel: relationDateLabel(relation),
    sortTime: relationSortTime(relation),
    sources: evidenceDocumentCount(relation),
  };
}

/** Newest first, undated last; ties in dataset order. */
function newestFirst(a: RelationRow, b: RelationRow): number {
  if ((a.sortTime === null) !== (b.sortTime === null)) return a.sortTime === null ? 1 : -1;
  return (b.sortTime ?? 0) - (a.sortTime ?? 0);
}

const allRowsByIndex = new WeakMap<DatasetIndex, readonly RelationRow[]>();

/**
 * Every relation as a row, formatted once per network rather than on every filter change,
 * and kept newest first: the table's default order, so that its (stable, adaptive) sort
 * finds the rows it is given already in order.
 */
function allRelationRows(index: DatasetIndex): readonly RelationRow[] {
  let rows = allRowsByIndex.get(index);
  if (!rows) {
    rows = index.dataset.relations.map((relation) => relationRow(index, relation)).sort(newestFirst);
    allRowsByIndex.set(index, rows);
  }
  return rows;
}

/** The visible relations as table rows, newest first. */
export function relationRows(index: DatasetIndex, visibleEdges: ReadonlySet<string>): RelationRow[] {
  return allRelationRows(index).filter((row) => visibleEdges.has(row.id));
}

export interface ActorRelationItem {
  id: string;
  relation: string;
  relationLabel: string;
  color: string;
  directed: boolean;
  outgoing: boolean;
  counterpartId: string;
  counterpartLabel: string;
  dateLabel: string;
  sortTime: number | null;
}

export function actorRelationItems(
  index: DatasetIndex,
  actorId: string,
  visibleEdges: ReadonlySet<string>,
): ActorRelationItem[] {
  const items: ActorRelationItem[] = [];
  for (const relation of index.dataset.relations) {
    if (relation.source !== actorId && relation.target !== actorId) continue;
    if (!visibleEdges.has(relation.id)) continue;
    const outgoing = relation.source === actorId;
    const counterpartId = outgoing ? relation.target : relation.source;
    items.push({
      id: relation.id,
      relation: relation.type,
      relationLabel: relationTypeLabel(relation.type),
      color: relationColor(relation.type),
      directed: relation.directed ?? isDirectedRelation(relation.type),
      outgoing,
      counterpartId,
      counterpartLabel: index.actors.get(counterpartId)?.label ?? counterpartId,
      dateLabel: relationDateLabel(relation),
      sortTime: relationSortTime(relation),
    });
  }
  return items;
}

export interface RelationTypeOption {
  id: string;
  label: string;
  description: string;
  color: string;
  group: string;
  directed: boolean;
  count: number;
}

/**
 * The types the network uses: those of the fixed vocabulary in their polarity groups, then
 * any other type (imported files) in a group of their own.
 */
export function relationTypeOptions(
  typesInUse: Iterable<string>,
  counts: ReadonlyMap<string, number>,
): RelationTypeOption[] {
  const used = new Set(typesInUse);
  const options: RelationTypeOption[] = [];
  for (const polarity of POLARITIES) {
    for (const info of Object.values(RELATION_TYPES)) {
      if (info.polarity !== polarity || !used.has(info.id)) continue;
      options.push({
        id: info.id,
        label: info.label,
        description: info.description,
        color: relationColor(info.id),
        group: polarity,
        directed: info.directed,
        count: counts.get(info.id) ?? 0,
      });
    }
  }
  const others = [...used].filter((t) => !isRelationTypeId(t)).sort();
  for (const type of others) {
    options.push({
      id: type,
      label: type,
      description: `Relations of kind “${type}” in this network.`,
      color: relationColor(type),
      group: 'other',
      directed: true,
      count: counts.get(type) ?? 0,
    });
  }
  return options;
}

export interface KindOption {
  id: string;
  label: string;
  color: string;
  count: number;
}

export function kindOptions(kindsInUse: Iterable<string>, counts: ReadonlyMap<string, number>): KindOption[] {
  const used = new Set(kindsInUse);
  const ordered = [
    ...ACTOR_KINDS.filter((k) => used.has(k)),
    ...[...used].filter((k) => !(ACTOR_KINDS as readonly string[]).includes(k)).sort(),
  ];
  return ordered.map((id) => ({ id, label: kindLabel(id), color: kindColor(id), count: counts.get(id) ?? 0 }));
}
