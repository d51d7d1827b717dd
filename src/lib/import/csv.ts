/**
 * Gephi-style CSV tables → Network: one edges table (Source, Target and optionally Type,
 * Id, Label, Weight, Kind, Start, End, Date, Timeset...) with or without a nodes table (Id,
 * Label and any other columns). Column names are matched without regard to case. Gephi's
 * Type column means Directed/Undirected; a relation kind belongs in Kind or Relation.
 */
import { MultiGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { msg, type Message } from '../i18n/messages';
import { columnIndex, parseCsvTable, type CsvTable } from './csv-table';
import { networkFromGraph, type EdgeFacts } from './from-graph';
import { assignEdgeIds, renamedWarning } from './ids';
import { baseName, failed, type InputFile, type ReadOutcome } from './types';
import { cellValue } from './values';

/** What a table holds, told by its columns. */
export type CsvRole = 'nodes' | 'edges';

/** Source and Target make an edges table; an Id without them a nodes table. */
export function csvRole(table: CsvTable): CsvRole | undefined {
  const names = new Set(table.header.map((name) => name.toLowerCase()));
  if (names.has('source') && names.has('target')) return 'edges';
  if (names.has('id')) return 'nodes';
  return undefined;
}

const DIRECTIONS = new Map([
  ['directed', true],
  ['undirected', false],
  ['mutual', false],
]);

function cell(cells: string[], index: number | undefined): string {
  return index === undefined ? '' : (cells[index] ?? '').trim();
}

/** The row's values as attributes, leaving out blank cells and the given columns. */
function rowAttributes(table: CsvTable, cells: string[], skip: (number | undefined)[]): Attributes {
  const attributes: Attributes = {};
  table.header.forEach((name, index) => {
    const text = (cells[index] ?? '').trim();
    if (name === '' || name === '__proto__' || text === '' || skip.includes(index)) return;
    if (!Object.hasOwn(attributes, name)) attributes[name] = cellValue(text);
  });
  return attributes;
}

interface NodeRecord {
  id: string;
  attributes: Attributes;
}

function readNodes(table: CsvTable, problems: Message[]): NodeRecord[] {
  const columns = columnIndex(table);
  const idColumn = columns.get('id');
  const lines = new Map<string, number>();
  const nodes: NodeRecord[] = [];
  for (const row of table.rows) {
    const id = cell(row.cells, idColumn);
    const first = lines.get(id);
    if (id === '') problems.push(msg('csv_node_without_id', { file: table.file, line: row.line }));
    else if (first !== undefined) {
      problems.push(msg('csv_duplicate_node_id', { file: table.file, line: row.line, id, firstLine: first }));
    } else {
      lines.set(id, row.line);
      nodes.push({ id, attributes: rowAttributes(table, row.cells, [idColumn]) });
    }
  }
  return nodes;
}

interface EdgeRecord {
  id?: string;
  source: string;
  target: string;
  attributes: Attributes;
  directed?: boolean;
}

function readEdges(table: CsvTable, known: Set<string> | undefined, problems: Message[]): EdgeRecord[] {
  const columns = columnIndex(table);
  const [sourceColumn, targetColumn, idColumn, typeColumn] = ['source', 'target', 'id', 'type'].map((name) =>
    columns.get(name),
  );
  const edges: EdgeRecord[] = [];
  table.rows.forEach((row, index) => {
    const id = cell(row.cells, idColumn);
    const name = id === '' ? String(index + 1) : id;
    const ends: string[] = [];
    for (const [end, column] of [
      ['Source', sourceColumn],
      ['Target', targetColumn],
    ] as const) {
      const node = cell(row.cells, column);
      const where = { file: table.file, line: row.line, edge: name };
      if (node === '') problems.push(msg('csv_edge_without_end', { ...where, end }));
      else if (known && !known.has(node)) problems.push(msg('csv_edge_unknown_node', { ...where, node }));
      else ends.push(node);
    }
    if (ends.length < 2) return;
    const directed = DIRECTIONS.get(cell(row.cells, typeColumn).toLowerCase());
    // A Type that is no direction is kept: it may name the relation ("Sanctioned").
    const skip = [sourceColumn, targetColumn, idColumn, directed === undefined ? undefined : typeColumn];
    edges.push({
      id: id || undefined,
      source: ends[0],
      target: ends[1],
      attributes: rowAttributes(table, row.cells, skip),
      directed,
    });
  });
  return edges;
}

/** Reads one edges CSV, with its nodes CSV when there is one. Never throws. */
export function readCsv(edgesTable: CsvTable, nodesTable?: CsvTable): ReadOutcome {
  const problems = [...(nodesTable?.problems ?? []), ...edgesTable.problems];
  if (problems.length > 0) return failed(problems);
  const nodes = nodesTable ? readNodes(nodesTable, problems) : [];
  const known = nodesTable ? new Set(nodes.map((node) => node.id)) : undefined;
  const edges = readEdges(edgesTable, known, problems);
  if (problems.length > 0) return failed(problems);

  const warnings = [...(nodesTable?.warnings ?? []), ...edgesTable.warnings];
  const graph = new MultiGraph();
  for (const node of nodes) graph.addNode(node.id, node.attributes);
  if (!nodesTable) {
    for (const edge of edges) for (const end of [edge.source, edge.target]) graph.mergeNode(end);
    warnings.push(msg('csv_nodes_from_edges', { file: edgesTable.file, count: graph.order }));
  }
  if (graph.order === 0) return failed([msg('import_no_nodes', { file: (nodesTable ?? edgesTable).file })]);
  const { ids, renamed } = assignEdgeIds(edges.map((edge) => edge.id));
  const facts = new Map<string, EdgeFacts>();
  edges.forEach((edge, i) => {
    graph.addDirectedEdgeWithKey(ids[i], edge.source, edge.target, edge.attributes);
    if (edge.directed !== undefined) facts.set(ids[i], { directed: edge.directed });
  });
  const mapped = networkFromGraph({
    file: edgesTable.file,
    nodesFile: nodesTable?.file,
    name: baseName((nodesTable ?? edgesTable).file),
    graph,
    edgeFacts: facts,
  });
  return {
    ok: true,
    network: mapped.network,
    warnings: [...warnings, ...renamedWarning(edgesTable.file, renamed), ...mapped.warnings],
  };
}

/** The CSV files sorted into one edges table and at most one nodes table, or the problems. */
export function pairCsvFiles(files: InputFile[]): { edges: CsvTable; nodes?: CsvTable } | { problems: Message[] } {
  const tables = files.map(parseCsvTable);
  const problems: Message[] = [];
  const byRole: Record<CsvRole, CsvTable[]> = { nodes: [], edges: [] };
  for (const table of tables) {
    const role = csvRole(table);
    if (role) byRole[role].push(table);
    else if (table.header.length === 0) problems.push(msg('import_empty_file', { file: table.file }));
    else {
      const columns = table.header.map((name) => `"${name}"`).join(', ');
      problems.push(msg('csv_not_a_table', { file: table.file, columns }));
    }
  }
  if (problems.length > 0) return { problems };
  const names = (list: CsvTable[]) => list.map((table) => table.file).join(', ');
  if (byRole.edges.length === 0) {
    return { problems: [msg('csv_nodes_alone', { files: names(byRole.nodes) })] };
  }
  if (byRole.edges.length > 1) return { problems: [msg('csv_several_edges_files', { files: names(byRole.edges) })] };
  if (byRole.nodes.length > 1) return { problems: [msg('csv_several_nodes_files', { files: names(byRole.nodes) })] };
  return { edges: byRole.edges[0], nodes: byRole.nodes[0] };
}
