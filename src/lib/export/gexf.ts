/**
 * GEXF 1.3 for Gephi and other network tools. Everything a relation carries becomes an edge
 * attribute (evidence flattened to evidence_<n>_document / evidence_<n>_quote), its type is the
 * edge `kind`, and dates become inclusive start/end intervals so that Gephi's timeline works.
 * The exact partial dates are also kept as the `date`, `start` and `end` attributes, since the
 * intervals alone cannot tell "2025-10" from "2025-10-01 to 2025-10-31".
 */
import type { Network, NetworkActor, NetworkRelation } from '../data/network';
import type { SourceDocument } from '../data/schema';
import { ALIAS_SEPARATOR, attributeColumns, formatAttributeValue, type ColumnType } from './attributes';
import {
  slugify,
  type EdgeAppearances,
  type ExportedFile,
  type NodeAppearance,
  type NodeAppearances,
} from './exported-file';
import {
  citedSourcesText,
  dateInterval,
  hasAnyDate,
  indexDocuments,
  isDirected,
  relationTypeInfo,
  relationTypeLabel,
} from './relation-info';
import { XML_DECLARATION, escapeXml, xmlAttributes } from './xml';

interface Column<T> {
  title: string;
  type: ColumnType;
  value: (item: T) => string | undefined;
}

/** Titles the GEXF reader (Gephi, graphology) gives meaning to, so attributes must not take them. */
const NODE_RESERVED = ['id', 'label', 'x', 'y', 'z', 'size', 'color', 'shape'];
const EDGE_RESERVED = [
  'id',
  'label',
  'kind',
  'type',
  'weight',
  'source',
  'target',
  'color',
  'thickness',
  'shape',
  'directed',
];

function nodeColumns(network: Network): Column<NetworkActor>[] {
  const fixed: Column<NetworkActor>[] = [
    { title: 'kind', type: 'string', value: (a) => a.kind },
    { title: 'country', type: 'string', value: (a) => a.country },
    {
      title: 'aliases',
      type: 'string',
      value: (a) => (a.aliases.length ? a.aliases.join(ALIAS_SEPARATOR) : undefined),
    },
    { title: 'description', type: 'string', value: (a) => a.description },
  ];
  const custom = attributeColumns(network.actors, [...NODE_RESERVED, ...fixed.map((c) => c.title)]);
  return [
    ...fixed,
    ...custom.map((c) => ({
      title: c.name,
      type: c.type,
      value: (a: NetworkActor) => formatAttributeValue(a.attributes?.[c.key]),
    })),
  ];
}

function edgeColumns(network: Network, documents: ReadonlyMap<string, SourceDocument>): Column<NetworkRelation>[] {
  const fixed: Column<NetworkRelation>[] = [
    { title: 'relation_label', type: 'string', value: (r) => relationTypeLabel(r.type) },
    { title: 'summary', type: 'string', value: (r) => r.summary },
    { title: 'polarity', type: 'string', value: (r) => relationTypeInfo(r.type)?.polarity },
    { title: 'cameo', type: 'string', value: (r) => relationTypeInfo(r.type)?.cameo ?? undefined },
    { title: 'date', type: 'string', value: (r) => r.date },
    { title: 'start', type: 'string', value: (r) => r.start },
    { title: 'end', type: 'string', value: (r) => r.end },
    { title: 'evidence_count', type: 'integer', value: (r) => String(r.evidence.length) },
    { title: 'sources', type: 'string', value: (r) => citedSourcesText(r, documents) || undefined },
  ];
  const mostEvidence = network.relations.reduce((max, r) => Math.max(max, r.evidence.length), 0);
  for (let i = 0; i < mostEvidence; i++) {
    fixed.push(
      { title: `evidence_${i + 1}_document`, type: 'string', value: (r) => r.evidence[i]?.document },
      { title: `evidence_${i + 1}_quote`, type: 'string', value: (r) => r.evidence[i]?.quote },
    );
  }
  const custom = attributeColumns(network.relations, [...EDGE_RESERVED, ...fixed.map((c) => c.title)]);
  return [
    ...fixed,
    ...custom.map((c) => ({
      title: c.name,
      type: c.type,
      value: (r: NetworkRelation) => formatAttributeValue(r.attributes?.[c.key]),
    })),
  ];
}

function writeModel<T>(out: string[], cls: 'node' | 'edge', columns: Column<T>[]): void {
  out.push(`    <attributes class="${cls}">`);
  columns.forEach((c, i) =>
    out.push(`      <attribute${xmlAttributes({ id: String(i), title: c.title, type: c.type })}/>`),
  );
  out.push('    </attributes>');
}

function writeValues<T>(out: string[], item: T, columns: Column<T>[]): void {
  const values: string[] = [];
  columns.forEach((c, i) => {
    const value = c.value(item);
    if (value !== undefined) values.push(`          <attvalue${xmlAttributes({ for: String(i), value })}/>`);
  });
  if (values.length === 0) return;
  out.push('        <attvalues>', ...values, '        </attvalues>');
}

const HEX_COLOR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
const RGB_COLOR = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([\d.]+)\s*)?\)$/i;

/** A viz:color element for hex or rgb()/rgba() colours; nothing for colours GEXF cannot state. */
function vizColor(color: string | undefined): string | undefined {
  if (!color) return undefined;
  if (HEX_COLOR.test(color)) return `<viz:color${xmlAttributes({ hex: color })}/>`;
  const rgb = RGB_COLOR.exec(color);
  if (!rgb) return undefined;
  const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number);
  if ([r, g, b].some((v) => v > 255)) return undefined;
  const a = rgb[4] === undefined ? undefined : Math.min(1, Number(rgb[4]));
  return `<viz:color${xmlAttributes({ r, g, b, a: a !== undefined && Number.isFinite(a) ? a : undefined })}/>`;
}

function finite(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

function writeNodeViz(out: string[], actor: NetworkActor, drawn: NodeAppearance | undefined): void {
  const x = finite(drawn?.x ?? actor.x);
  const y = finite(drawn?.y ?? actor.y);
  const size = finite(drawn?.size);
  if (size !== undefined) out.push(`        <viz:size${xmlAttributes({ value: size })}/>`);
  if (x !== undefined && y !== undefined) out.push(`        <viz:position${xmlAttributes({ x, y })}/>`);
  const color = vizColor(drawn?.color ?? actor.color);
  if (color) out.push(`        ${color}`);
}

/**
 * A GEXF 1.3 file named `<slug>.gexf`. With `positions`, nodes carry their drawn position,
 * size and colour; otherwise whatever position and colour the actors brought from their file.
 */
export function toGexf(network: Network, positions?: NodeAppearances, edges?: EdgeAppearances): ExportedFile {
  const documents = indexDocuments(network.documents);
  const nodeCols = nodeColumns(network);
  const edgeCols = edgeColumns(network, documents);
  const dynamic = hasAnyDate(network.relations);
  const directedCount = network.relations.filter((r) => isDirected(r)).length;
  // GEXF has no "mixed" default (Gephi rejects it); every edge states its own type anyway.
  const defaultType = directedCount === 0 && network.relations.length > 0 ? 'undirected' : 'directed';

  const out: string[] = [XML_DECLARATION];
  out.push(
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>Petro network explorer</creator>',
    `    <description>${escapeXml(network.name)}</description>`,
    '  </meta>',
    `  <graph${xmlAttributes({
      defaultedgetype: defaultType,
      mode: dynamic ? 'dynamic' : 'static',
      timeformat: dynamic ? 'date' : undefined,
    })}>`,
  );
  writeModel(out, 'node', nodeCols);
  writeModel(out, 'edge', edgeCols);

  out.push(`    <nodes count="${network.actors.length}">`);
  for (const actor of network.actors) {
    out.push(`      <node${xmlAttributes({ id: actor.id, label: actor.label })}>`);
    writeValues(out, actor, nodeCols);
    writeNodeViz(out, actor, positions?.get(actor.id));
    out.push('      </node>');
  }
  out.push('    </nodes>');

  out.push(`    <edges count="${network.relations.length}">`);
  for (const relation of network.relations) {
    const interval = dateInterval(relation);
    out.push(
      `      <edge${xmlAttributes({
        id: relation.id,
        source: relation.source,
        target: relation.target,
        type: isDirected(relation) ? 'directed' : 'undirected',
        kind: relation.type,
        label: relationTypeLabel(relation.type),
        weight: finite(relation.weight),
        start: interval.start,
        end: interval.end,
      })}>`,
    );
    writeValues(out, relation, edgeCols);
    const edgeColor = vizColor(edges?.get(relation.id)?.color ?? relationTypeInfo(relation.type)?.color);
    if (edgeColor) out.push(`        ${edgeColor}`);
    out.push('      </edge>');
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');

  return { name: `${slugify(network.name)}.gexf`, mimeType: 'application/gexf+xml', content: out.join('\n') };
}
