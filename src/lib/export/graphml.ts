/**
 * GraphML for yEd, Cytoscape, NetworkX, igraph and graphology. Every key is declared with its
 * type; a relation's evidence travels whole as one JSON string. Each edge states its own
 * direction (`directed="true|false"`) and carries it again as a `directed` boolean, because
 * readers differ in which of the two they honour.
 */
import type { Network, NetworkActor, NetworkRelation } from '../data/network';
import { ALIAS_SEPARATOR, attributeColumns, formatAttributeValue, type ColumnType } from './attributes';
import { slugify, type ExportedFile, type NodeAppearances } from './exported-file';
import { isDirected, relationTypeLabel } from './relation-info';
import { XML_DECLARATION, escapeXml, formatNumber, xmlAttributes } from './xml';

type GraphmlType = 'string' | 'int' | 'double' | 'boolean';

interface Key<T> {
  name: string;
  type: GraphmlType;
  value: (item: T) => string | undefined;
}

const GRAPHML_TYPES: Record<ColumnType, GraphmlType> = {
  string: 'string',
  integer: 'int',
  double: 'double',
  boolean: 'boolean',
};

function finiteText(value: number | undefined): string | undefined {
  return value !== undefined && Number.isFinite(value) ? formatNumber(value) : undefined;
}

function nodeKeys(network: Network, positions: NodeAppearances | undefined): Key<NetworkActor>[] {
  const keys: Key<NetworkActor>[] = [
    { name: 'label', type: 'string', value: (a) => a.label },
    { name: 'kind', type: 'string', value: (a) => a.kind },
    { name: 'country', type: 'string', value: (a) => a.country },
    { name: 'aliases', type: 'string', value: (a) => (a.aliases.length ? a.aliases.join(ALIAS_SEPARATOR) : undefined) },
    { name: 'description', type: 'string', value: (a) => a.description },
  ];
  const drawn = (a: NetworkActor) => positions?.get(a.id);
  const visual: Key<NetworkActor>[] = [
    { name: 'x', type: 'double', value: (a) => finiteText(drawn(a)?.x ?? a.x) },
    { name: 'y', type: 'double', value: (a) => finiteText(drawn(a)?.y ?? a.y) },
    { name: 'color', type: 'string', value: (a) => drawn(a)?.color ?? a.color },
    { name: 'size', type: 'double', value: (a) => finiteText(drawn(a)?.size) },
  ];
  // Position keys are declared only when some node has a value, so a layout-free file stays clean.
  keys.push(...visual.filter((k) => network.actors.some((a) => k.value(a) !== undefined)));
  const custom = attributeColumns(network.actors, [...keys.map((k) => k.name), ...visual.map((k) => k.name), 'id']);
  return [
    ...keys,
    ...custom.map((c) => ({
      name: c.name,
      type: GRAPHML_TYPES[c.type],
      value: (a: NetworkActor) => formatAttributeValue(a.attributes?.[c.key]),
    })),
  ];
}

function edgeKeys(network: Network): Key<NetworkRelation>[] {
  const keys: Key<NetworkRelation>[] = [
    { name: 'relation', type: 'string', value: (r) => r.type },
    { name: 'label', type: 'string', value: (r) => relationTypeLabel(r.type) },
    { name: 'summary', type: 'string', value: (r) => r.summary },
    { name: 'date', type: 'string', value: (r) => r.date },
    { name: 'start', type: 'string', value: (r) => r.start },
    { name: 'end', type: 'string', value: (r) => r.end },
    { name: 'directed', type: 'boolean', value: (r) => String(isDirected(r)) },
  ];
  if (network.relations.some((r) => finiteText(r.weight) !== undefined)) {
    keys.push({ name: 'weight', type: 'double', value: (r) => finiteText(r.weight) });
  }
  keys.push(
    { name: 'evidence_count', type: 'int', value: (r) => String(r.evidence.length) },
    { name: 'evidence', type: 'string', value: (r) => JSON.stringify(r.evidence) },
  );
  const custom = attributeColumns(network.relations, [
    ...keys.map((k) => k.name),
    'weight',
    'id',
    'source',
    'target',
    'color',
  ]);
  return [
    ...keys,
    ...custom.map((c) => ({
      name: c.name,
      type: GRAPHML_TYPES[c.type],
      value: (r: NetworkRelation) => formatAttributeValue(r.attributes?.[c.key]),
    })),
  ];
}

function writeData<T>(out: string[], item: T, keys: Key<T>[], ids: string[]): void {
  keys.forEach((key, i) => {
    const value = key.value(item);
    if (value !== undefined) out.push(`      <data key="${ids[i]}">${escapeXml(value)}</data>`);
  });
}

/**
 * A GraphML file named `<slug>.graphml`. The default edge direction is the one all edges share;
 * in a network with both kinds it is "undirected" and directed edges say `directed="true"`,
 * the only per-edge form every common reader (graphology included) understands.
 */
export function toGraphml(network: Network, positions?: NodeAppearances): ExportedFile {
  const nodes = nodeKeys(network, positions);
  const edges = edgeKeys(network);
  const nodeIds = nodes.map((_, i) => `n${i}`);
  const edgeIds = edges.map((_, i) => `e${i}`);
  const allDirected = network.relations.every((r) => isDirected(r));

  const out: string[] = [
    XML_DECLARATION,
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="g0" for="graph" attr.name="name" attr.type="string"/>',
  ];
  nodes.forEach((k, i) =>
    out.push(`  <key${xmlAttributes({ id: nodeIds[i], for: 'node', 'attr.name': k.name, 'attr.type': k.type })}/>`),
  );
  edges.forEach((k, i) =>
    out.push(`  <key${xmlAttributes({ id: edgeIds[i], for: 'edge', 'attr.name': k.name, 'attr.type': k.type })}/>`),
  );
  out.push(`  <graph id="G" edgedefault="${allDirected ? 'directed' : 'undirected'}">`);
  out.push(`    <data key="g0">${escapeXml(network.name)}</data>`);

  for (const actor of network.actors) {
    out.push(`    <node${xmlAttributes({ id: actor.id })}>`);
    writeData(out, actor, nodes, nodeIds);
    out.push('    </node>');
  }
  for (const relation of network.relations) {
    out.push(
      `    <edge${xmlAttributes({
        id: relation.id,
        source: relation.source,
        target: relation.target,
        directed: String(isDirected(relation)),
      })}>`,
    );
    writeData(out, relation, edges, edgeIds);
    out.push('    </edge>');
  }
  out.push('  </graph>', '</graphml>', '');

  return { name: `${slugify(network.name)}.graphml`, mimeType: 'application/graphml+xml', content: out.join('\n') };
}
