/**
 * The one mapping from a graphology graph, as the GEXF, GraphML, graphology-JSON and CSV
 * readers build it, to the app's Network: which attribute becomes an actor's label and
 * kind, which becomes a relation's type, direction, dates, weight and summary, and what
 * stays a plain attribute. Attribute names are matched loosely (case, spaces and
 * underscores aside). Self-loops are left out: the explorer's graph cannot hold them.
 * Warnings are catalogue messages.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { Network, NetworkActor, NetworkRelation } from '../data/network';
import { msg, type Message } from '../i18n/messages';
import { isRelationTypeId } from '../vocabulary/relation-types';
import { readEdgeDates, type StatedTime } from './edge-dates';
import { AttributeRecord } from './record';
import {
  DEFAULT_TYPE_KEYS,
  EDGE_LABEL_KEYS,
  MAX_LABEL_TYPES,
  directionOf,
  fixedRelationType,
  labelTypeCandidates,
  typeKey,
  typeLabels,
  typeWords,
} from './relation-type';
import { MAX_LABEL_LENGTH, cutLabel, toColor, toFiniteNumber, toText } from './values';

export { fixedRelationType } from './relation-type';

/** What a file says about an edge outside its attributes (GEXF start/end and spells, edge types). */
export interface EdgeFacts extends StatedTime {
  /** Stated direction: the edge's own type, the graph's default, the CSV Type column. */
  directed?: boolean;
}

/** A graph built by one of the readers, with what the file said beside its attributes. */
export interface GraphInput {
  /** File name, for warnings. */
  file: string;
  /** The file the nodes came from when it is not `file` (a CSV pair). */
  nodesFile?: string;
  /** The network's name. */
  name: string;
  graph: AbstractGraph;
  /** Facts by edge key. */
  edgeFacts?: ReadonlyMap<string, EdgeFacts>;
  /**
   * Direction of edges the file leaves unstated when their type is not in the fixed
   * vocabulary (GEXF and GraphML default to undirected); fixed types keep their own.
   */
  defaultDirected?: boolean;
}

/** The network and the warnings about what was changed or left out on the way. */
export interface GraphOutput {
  network: Network;
  warnings: Message[];
}

const NODE_LABEL_KEYS = ['label', 'nodelabel', 'name'];
/**
 * Attributes that name what an actor is. Communities, groups, classes and partitions (a
 * GEXF `modularity_class`, say) are not kinds: they stay attributes under their own name,
 * so that "Colour actors by" offers them as the file calls them.
 */
const KIND_KEYS = ['kind', 'type', 'category'];
/** Records named one by one in a warning before the rest are only counted. */
const NAMED_RECORDS = 5;

/** A node or edge of a file, for the warning about its label. */
interface RecordPlace {
  file: string;
  record: 'node' | 'edge';
  id: string;
}

/** Collects the records whose labels were cut and words them as a few warnings. */
class CutLabels {
  private records: RecordPlace[] = [];

  /** The text, cut when too long; `where` is the record, for the warning. */
  cut(text: string, where: RecordPlace): string {
    const result = cutLabel(text);
    if (result.cut) this.records.push(where);
    return result.text;
  }

  warnings(): Message[] {
    const named = this.records.slice(0, NAMED_RECORDS).map(({ file, record, id }) => {
      const key = record === 'node' ? 'import_node_label_cut' : 'import_edge_label_cut';
      return msg(key, { file, id, max: MAX_LABEL_LENGTH });
    });
    const rest = this.records.length - NAMED_RECORDS;
    return rest > 0 ? [...named, msg('import_more_labels_cut', { count: rest, max: MAX_LABEL_LENGTH })] : named;
  }
}

/**
 * Largest coordinate kept from a file. Layout programs write positions in the thousands; a
 * coordinate beyond this (1e308, say) would overflow the camera's arithmetic to Infinity.
 */
export const MAX_POSITION = 1e12;

/** A coordinate the renderer can use: a finite number no larger than MAX_POSITION. */
function usableCoordinate(value: unknown): number | undefined {
  const number = toFiniteNumber(value);
  return number !== undefined && Math.abs(number) <= MAX_POSITION ? number : undefined;
}

/** Counts the nodes whose file position could not be used. */
interface PositionIssues {
  unusable: number;
}

function mapNode(
  key: string,
  record: AttributeRecord,
  labels: CutLabels,
  where: RecordPlace,
  positions: PositionIssues,
): NetworkActor {
  const labelKey = record.find(NODE_LABEL_KEYS);
  const kindKey = record.find(KIND_KEYS);
  const actor: NetworkActor = {
    id: key,
    label: labels.cut(toText(record.value(labelKey)) ?? key, where),
    kind: toText(record.value(kindKey)) ?? 'node',
    aliases: [],
  };
  if (toText(record.value(labelKey)) !== undefined) record.use(labelKey);
  if (toText(record.value(kindKey)) !== undefined) record.use(kindKey);
  const [xKey, yKey, colorKey] = ['x', 'y', 'color'].map((name) => record.keyOf(name));
  const x = usableCoordinate(record.value(xKey));
  const y = usableCoordinate(record.value(yKey));
  if (x !== undefined && y !== undefined) {
    Object.assign(actor, { x, y });
    record.use(xKey, yKey);
  } else if (record.value(xKey) !== undefined || record.value(yKey) !== undefined) {
    // A position was given but cannot be drawn (NaN, Infinity, 1e308, text): the actor is laid
    // out, and the values stay among its attributes as the file gave them.
    positions.unusable++;
  }
  const color = toColor(record.value(colorKey));
  if (color !== undefined) {
    actor.color = color;
    record.use(colorKey);
  }
  const descriptionKey = record.find(['description']);
  const description = record.value(descriptionKey);
  if (typeof description === 'string') {
    actor.description = description.trim();
    record.use(descriptionKey);
  }
  const rest = record.rest();
  if (rest) actor.attributes = rest;
  return actor;
}

interface EdgeContext {
  input: GraphInput;
  labels: CutLabels;
  labelsAreTypes: boolean;
  defaultType: string;
  /** Edges whose time was no ISO date, or ended before it started. */
  dateIssues: { 'not-iso': number; backwards: number };
}

function mapEdge(
  key: string,
  source: string,
  target: string,
  record: AttributeRecord,
  context: EdgeContext,
): NetworkRelation {
  const { input, labels } = context;
  const facts = input.edgeFacts?.get(key);
  const where: RecordPlace = { file: input.file, record: 'edge', id: key };

  let type = context.defaultType;
  const typeFrom = typeKey(record, context.labelsAreTypes);
  if (typeFrom !== undefined) {
    const text = labels.cut(toText(record.value(typeFrom)) as string, where);
    type = fixedRelationType(text) ?? text;
    record.use(typeFrom);
  }
  const relation: NetworkRelation = { id: key, source, target, type, evidence: [] };

  const typeAttribute = record.keyOf('type');
  const attributeDirection = directionOf(record.value(typeAttribute));
  if (attributeDirection !== undefined) record.use(typeAttribute);
  const directed =
    facts?.directed ?? attributeDirection ?? (isRelationTypeId(type) ? undefined : input.defaultDirected);
  if (directed !== undefined) relation.directed = directed;

  const labelKey = record.find(EDGE_LABEL_KEYS);
  const label = labelKey === typeFrom ? undefined : toText(record.value(labelKey));
  if (label !== undefined) {
    const sameAsType = [type, ...typeLabels(type)].some((name) => typeWords(name) === typeWords(label));
    if (!sameAsType) {
      relation.summary = labels.cut(label, where);
    }
    record.use(labelKey);
  }

  const weightKey = record.keyOf('weight');
  const weight = toFiniteNumber(record.value(weightKey));
  if (weight !== undefined) {
    relation.weight = weight;
    record.use(weightKey);
  }

  const dates = readEdgeDates(record, facts);
  Object.assign(relation, dates.fields);
  if (dates.issue) context.dateIssues[dates.issue]++;
  const rest = { ...record.rest(), ...dates.kept };
  if (Object.keys(rest).length > 0) relation.attributes = rest;
  return relation;
}

/** The type of edges that state none: named by a graph attribute, else "link". */
function defaultTypeOf(graph: AbstractGraph): string {
  const record = new AttributeRecord(graph.getAttributes());
  const text = toText(record.value(record.find(DEFAULT_TYPE_KEYS)));
  return text === undefined ? 'link' : (fixedRelationType(text) ?? text);
}

/** Maps a graph to a Network, with warnings for what was changed or left out. */
export function networkFromGraph(input: GraphInput): GraphOutput {
  const { file, graph } = input;
  const labels = new CutLabels();
  const actors: NetworkActor[] = [];
  const nodesFile = input.nodesFile ?? file;
  const positions: PositionIssues = { unusable: 0 };
  graph.forEachNode((key, attributes: Attributes) => {
    const where: RecordPlace = { file: nodesFile, record: 'node', id: key };
    actors.push(mapNode(key, new AttributeRecord(attributes), labels, where, positions));
  });

  const edges: { key: string; source: string; target: string; record: AttributeRecord }[] = [];
  let selfLoops = 0;
  graph.forEachEdge((key, attributes: Attributes, source, target) => {
    if (source === target) selfLoops++;
    else edges.push({ key, source, target, record: new AttributeRecord(attributes) });
  });
  const labelTypes = labelTypeCandidates(edges.map((edge) => edge.record));
  const context: EdgeContext = {
    input,
    labels,
    labelsAreTypes: labelTypes.size <= MAX_LABEL_TYPES,
    defaultType: defaultTypeOf(graph),
    dateIssues: { 'not-iso': 0, backwards: 0 },
  };
  const relations = edges.map((edge) => mapEdge(edge.key, edge.source, edge.target, edge.record, context));

  const warnings = labels.warnings();
  if (!context.labelsAreTypes) {
    warnings.push(msg('import_labels_are_descriptions', { file, count: labelTypes.size, type: context.defaultType }));
  }
  if (selfLoops > 0) warnings.push(msg('import_self_loops_left_out', { file, count: selfLoops }));
  if (positions.unusable > 0) {
    warnings.push(msg('import_positions_unusable', { file: nodesFile, count: positions.unusable, max: MAX_POSITION }));
  }
  const { 'not-iso': notIso, backwards } = context.dateIssues;
  if (notIso > 0) warnings.push(msg('import_dates_not_iso', { file, count: notIso }));
  if (backwards > 0) warnings.push(msg('import_dates_backwards', { file, count: backwards }));
  return { network: { name: input.name, documents: [], actors, relations, sources: {} }, warnings };
}
