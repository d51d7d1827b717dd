/**
 * graphology's JSON serialisation (`graph.export()`: { attributes?, options?, nodes: [{ key,
 * attributes? }], edges: [{ key?, source, target, attributes?, undirected? }] }) → Network.
 * Every record is checked here, with its JSON path, before the graph is built, so that a
 * bad record is reported (as a catalogue message) instead of making graphology throw.
 */
import { MultiGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { msg, type Message, type MessageKey, type MessageParams } from '../i18n/messages';
import { networkFromGraph, type EdgeFacts } from './from-graph';
import { assignEdgeIds, renamedWarning } from './ids';
import { baseName, failed, type ReadOutcome } from './types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** graphology keys are strings; numbers are accepted as their text. */
function keyText(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** A record's attributes without __proto__, which would otherwise replace the prototype. */
function attributesOf(value: unknown): Attributes {
  const attributes: Attributes = {};
  if (isRecord(value)) {
    for (const [key, item] of Object.entries(value)) if (key !== '__proto__') attributes[key] = item;
  }
  return attributes;
}

interface EdgeRecord {
  key?: string;
  source: string;
  target: string;
  attributes: Attributes;
  directed: boolean;
}

/** Reads a parsed graphology JSON value (an object with a `nodes` array). Never throws. */
export function readGraphologyJson(fileName: string, value: Record<string, unknown>): ReadOutcome {
  const problems: Message[] = [];
  const at = (path: string, key: MessageKey, params?: MessageParams) =>
    problems.push(msg(key, { ...params, file: fileName, path }));
  const nodes = Array.isArray(value.nodes) ? value.nodes : [];
  const edges = value.edges === undefined ? [] : value.edges;
  if (!Array.isArray(edges)) return failed([msg('json_must_be_array', { file: fileName, path: '$.edges' })]);
  const options = isRecord(value.options) ? value.options : {};
  const graphType = options.type;
  if (graphType !== undefined && graphType !== 'mixed' && graphType !== 'directed' && graphType !== 'undirected') {
    at('$.options.type', 'json_bad_graph_type');
  }

  const nodeIndex = new Map<string, number>();
  const nodeRecords: { key: string; attributes: Attributes }[] = [];
  nodes.forEach((node: unknown, i) => {
    const key = isRecord(node) ? keyText(node.key) : undefined;
    if (key === undefined) return at(`$.nodes[${i}]`, 'json_node_without_key');
    if (isRecord(node) && node.attributes !== undefined && !isRecord(node.attributes)) {
      return at(`$.nodes[${i}].attributes`, 'json_must_be_object');
    }
    const first = nodeIndex.get(key);
    if (first !== undefined)
      return at(`$.nodes[${i}].key`, 'json_duplicate_node_key', { key, firstPath: `$.nodes[${first}]` });
    nodeIndex.set(key, i);
    nodeRecords.push({ key, attributes: attributesOf((node as Record<string, unknown>).attributes) });
  });

  const edgeRecords: EdgeRecord[] = [];
  edges.forEach((edge: unknown, i) => {
    if (!isRecord(edge)) return at(`$.edges[${i}]`, 'json_edge_not_object');
    if (edge.attributes !== undefined && !isRecord(edge.attributes))
      return at(`$.edges[${i}].attributes`, 'json_must_be_object');
    const name = keyText(edge.key) ?? `#${i + 1}`;
    const ends: string[] = [];
    for (const end of ['source', 'target'] as const) {
      const id = keyText(edge[end]);
      if (id === undefined) at(`$.edges[${i}]`, 'json_edge_without_end', { edge: name, end });
      else if (!nodeIndex.has(id)) at(`$.edges[${i}]`, 'json_edge_unknown_node', { edge: name, node: id });
      else ends.push(id);
    }
    if (ends.length < 2) return;
    // graphology's own rule: the graph type decides, else the edge's undirected flag.
    const directed = graphType === 'directed' ? true : graphType === 'undirected' ? false : edge.undirected !== true;
    edgeRecords.push({
      key: keyText(edge.key),
      source: ends[0],
      target: ends[1],
      attributes: attributesOf(edge.attributes),
      directed,
    });
  });

  if (nodeRecords.length === 0 && problems.length === 0) at('$.nodes', 'json_no_nodes');
  if (problems.length > 0) return failed(problems);

  const graph = new MultiGraph();
  graph.replaceAttributes(attributesOf(value.attributes));
  for (const node of nodeRecords) graph.addNode(node.key, node.attributes);
  const { ids, renamed } = assignEdgeIds(edgeRecords.map((edge) => edge.key));
  const facts = new Map<string, EdgeFacts>();
  edgeRecords.forEach((edge, i) => {
    graph.addDirectedEdgeWithKey(ids[i], edge.source, edge.target, edge.attributes);
    facts.set(ids[i], { directed: edge.directed });
  });
  const { network, warnings } = networkFromGraph({ file: fileName, name: baseName(fileName), graph, edgeFacts: facts });
  return { ok: true, network, warnings: [...renamedWarning(fileName, renamed), ...warnings] };
}
