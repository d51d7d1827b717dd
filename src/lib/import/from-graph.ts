/**
 * The one mapping from a graphology graph, as the GEXF, GraphML, graphology-JSON and CSV
 * readers build it, to the app's Network: which attribute becomes an actor's label and
 * kind, which becomes a relation's type, direction, dates, weight and summary, and what
 * stays a plain attribute. Attribute names are matched loosely (case, spaces and
 * underscores aside). Self-loops are left out: the explorer's graph cannot hold them.
 */
import type { AbstractGraph, Attributes } from 'graphology-types';
import type { Network, NetworkActor, NetworkRelation } from '../data/network';
import { RELATION_TYPES, isRelationTypeId } from '../data/relation-types';
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
  typeWords,
} from './relation-type';
import { cutLabel, toColor, toFiniteNumber, toText } from './values';

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
  warnings: string[];
}

const NODE_LABEL_KEYS = ['label', 'nodelabel', 'name'];
const KIND_KEYS = [
  'kind',
  'type',
  'category',
  'class',
  'group',
  'modularityclass',
  'community',
  'cluster',
  'partition',
];
/** Records named one by one in a warning before the rest are only counted. */
const NAMED_RECORDS = 5;

/** "1 edge", "3 edges". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Collects the records whose labels were cut and words them as a few warnings. */
class CutLabels {
  private records: string[] = [];

  /** The text, cut when too long; `where` is "file: record" for the warning. */
  cut(text: string, where: string): string {
    const result = cutLabel(text);
    if (result.cut) this.records.push(where);
    return result.text;
  }

  warnings(): string[] {
    const named = this.records.slice(0, NAMED_RECORDS).map((where) => `${where}: label cut to 500 characters`);
    const rest = this.records.length - NAMED_RECORDS;
    return rest > 0 ? [...named, `${rest} more labels cut to 500 characters`] : named;
  }
}

function mapNode(key: string, record: AttributeRecord, labels: CutLabels, where: string): NetworkActor {
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
  const x = toFiniteNumber(record.value(xKey));
  const y = toFiniteNumber(record.value(yKey));
  if (x !== undefined && y !== undefined) {
    Object.assign(actor, { x, y });
    record.use(xKey, yKey);
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
  const where = `${input.file}: edge "${key}"`;

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
    const typeLabel = isRelationTypeId(type) ? RELATION_TYPES[type].label : type;
    if (typeWords(label) !== typeWords(type) && typeWords(label) !== typeWords(typeLabel)) {
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
  graph.forEachNode((key, attributes: Attributes) => {
    actors.push(mapNode(key, new AttributeRecord(attributes), labels, `${nodesFile}: node "${key}"`));
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
    warnings.push(
      `${file}: the edge labels look like descriptions (${labelTypes.size} different ones), so they are kept as summaries and the edges without a relation, kind or type get the type "${context.defaultType}"`,
    );
  }
  if (selfLoops > 0) {
    warnings.push(
      `${file}: ${plural(selfLoops, 'self-loop')} (edges from a node to itself) left out; the explorer cannot show them`,
    );
  }
  const { 'not-iso': notIso, backwards } = context.dateIssues;
  if (notIso > 0) {
    warnings.push(
      `${file}: ${plural(notIso, 'edge')} with start, end or date values that are not ISO dates (YYYY, YYYY-MM or YYYY-MM-DD); they are shown undated and the values are kept as attributes`,
    );
  }
  if (backwards > 0) {
    warnings.push(
      `${file}: ${plural(backwards, 'edge')} with an end before the start; they are shown undated and the values are kept as attributes`,
    );
  }
  return { network: { name: input.name, documents: [], actors, relations, sources: {} }, warnings };
}
