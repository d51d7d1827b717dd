/**
 * A standalone SVG picture of the network as laid out on screen: curved coloured edges with
 * arrowheads, nodes with labels, a title and a legend, on the chosen background. Text from
 * the data is escaped; the result is a complete XML document any browser or editor opens.
 */
import type { Network } from '../data/network';
import { edgeSizeForEvidence } from '../appearance/sizes';
import { relationTypeInfo } from '../vocabulary/relation-types';
import { slugify, type EdgeAppearances, type ExportedFile, type NodeAppearances } from './exported-file';
import { isDirected } from './relation-info';
import { edgeShape, estimateTextWidth, fitToBox, parallelOffset, type Point } from './svg-geometry';
import { XML_DECLARATION, escapeXml, xmlAttributes } from './xml';

export interface SvgOptions {
  width: number;
  height: number;
  title: string;
  /** Legend rows, e.g. the relation types shown. */
  legend: { label: string; color: string }[];
  background: string;
  foreground: string;
  /** Line colours and widths as drawn; without them, the vocabulary's colours and the evidence width. */
  edges?: EdgeAppearances;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const MARGIN = 24;
const TITLE_SIZE = 18;
const LABEL_SIZE = 11;
const LEGEND_ROW = 16;

interface PlacedNode {
  id: string;
  label: string;
  at: Point;
  radius: number;
  color: string;
}

/** Line width as on screen: the appearance's, in SVG units rounded to a tenth. */
function roundWidth(size: number): number {
  return Math.round(size * 10) / 10;
}

function placeNodes(network: Network, positions: NodeAppearances, options: SvgOptions): Map<string, PlacedNode> {
  const drawn = network.actors.filter((a) => {
    const p = positions.get(a.id);
    return p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
  });
  const maxRadius = Math.max(2, Math.min(options.width, options.height) / 12);
  const radius = (size: number) => (Number.isFinite(size) ? Math.min(Math.max(size, 2), maxRadius) : 4);
  const biggest = drawn.reduce((max, a) => Math.max(max, radius(positions.get(a.id)!.size)), 0);
  const longestLabel = drawn.reduce((max, a) => Math.max(max, estimateTextWidth(a.label, LABEL_SIZE)), 0);
  const top = MARGIN + (options.title ? TITLE_SIZE + 12 : 0) + biggest;
  const left = MARGIN + biggest;
  // Labels sit to the right of their node; leave them some room without shrinking the graph to nothing.
  const right = MARGIN + biggest + Math.min(longestLabel + 4, options.width * 0.25);
  const bottom = MARGIN + biggest;
  const place = fitToBox(
    drawn.map((a) => positions.get(a.id)!),
    { left, top, width: Math.max(options.width - left - right, 1), height: Math.max(options.height - top - bottom, 1) },
  );
  return new Map(
    drawn.map((a) => {
      const p = positions.get(a.id)!;
      return [a.id, { id: a.id, label: a.label, at: place(p), radius: radius(p.size), color: p.color }];
    }),
  );
}

function drawEdges(network: Network, nodes: Map<string, PlacedNode>, options: SvgOptions): string[] {
  const visible = network.relations.filter((r) => nodes.has(r.source) && nodes.has(r.target));
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const pairCount = new Map<string, number>();
  for (const r of visible)
    pairCount.set(pairKey(r.source, r.target), (pairCount.get(pairKey(r.source, r.target)) ?? 0) + 1);
  const pairSeen = new Map<string, number>();
  const out: string[] = ['  <g fill="none" stroke-linecap="round" stroke-opacity="0.75">'];
  for (const r of visible) {
    const key = pairKey(r.source, r.target);
    const index = pairSeen.get(key) ?? 0;
    pairSeen.set(key, index + 1);
    const from = nodes.get(r.source)!;
    const to = nodes.get(r.target)!;
    const drawn = options.edges?.get(r.id);
    const width = roundWidth(drawn?.size ?? edgeSizeForEvidence(r.evidence.length));
    const color = drawn?.color ?? relationTypeInfo(r.type)?.color ?? options.foreground;
    const shape = edgeShape(from.at, to.at, {
      bend: parallelOffset(index, pairCount.get(key)!),
      flip: r.source > r.target,
      targetRadius: to.radius,
      arrow: isDirected(r),
      width,
    });
    out.push(`    <path${xmlAttributes({ d: shape.path, stroke: color, 'stroke-width': width })}/>`);
    if (shape.arrow)
      out.push(`    <polygon${xmlAttributes({ points: shape.arrow, fill: color, 'fill-opacity': 0.9 })}/>`);
  }
  out.push('  </g>');
  return out;
}

function drawNodes(nodes: Map<string, PlacedNode>, options: SvgOptions): string[] {
  const r2 = (v: number) => Math.round(v * 100) / 100;
  const out: string[] = [`  <g${xmlAttributes({ stroke: options.background, 'stroke-width': 1 })}>`];
  for (const n of nodes.values()) {
    out.push(`    <circle${xmlAttributes({ cx: r2(n.at.x), cy: r2(n.at.y), r: r2(n.radius), fill: n.color })}/>`);
  }
  out.push('  </g>');
  out.push(
    `  <g${xmlAttributes({
      fill: options.foreground,
      'font-size': LABEL_SIZE,
      stroke: options.background,
      'stroke-width': 3,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    })}>`,
  );
  for (const n of nodes.values()) {
    out.push(
      `    <text${xmlAttributes({ x: r2(n.at.x + n.radius + 3), y: r2(n.at.y + LABEL_SIZE / 3) })}>${escapeXml(n.label)}</text>`,
    );
  }
  out.push('  </g>');
  return out;
}

function drawLegend(options: SvgOptions): string[] {
  if (options.legend.length === 0) return [];
  const padding = 8;
  const swatch = 10;
  const textWidth = options.legend.reduce((max, e) => Math.max(max, estimateTextWidth(e.label, LABEL_SIZE)), 0);
  const boxWidth = padding * 2 + swatch + 6 + textWidth;
  const boxHeight = padding * 2 + options.legend.length * LEGEND_ROW - (LEGEND_ROW - swatch);
  const x = MARGIN / 2;
  const y = Math.max(options.height - MARGIN / 2 - boxHeight, 0);
  const out = [
    `  <g class="legend"${xmlAttributes({ 'font-size': LABEL_SIZE })}>`,
    `    <rect${xmlAttributes({
      x,
      y,
      width: Math.round(boxWidth),
      height: boxHeight,
      rx: 4,
      fill: options.background,
      'fill-opacity': 0.9,
      stroke: options.foreground,
      'stroke-opacity': 0.3,
    })}/>`,
  ];
  options.legend.forEach((entry, i) => {
    const rowTop = y + padding + i * LEGEND_ROW;
    out.push(
      `    <rect${xmlAttributes({ x: x + padding, y: rowTop, width: swatch, height: swatch, rx: 2, fill: entry.color })}/>`,
    );
    out.push(
      `    <text${xmlAttributes({ x: x + padding + swatch + 6, y: rowTop + swatch - 1, fill: options.foreground })}>${escapeXml(entry.label)}</text>`,
    );
  });
  out.push('  </g>');
  return out;
}

/**
 * An SVG image named `<slug>.svg` of the actors that have a position (relations between them,
 * coloured by type), fitted into `width` × `height` with a margin, under `title`, with the
 * `legend` in the bottom-left corner.
 */
export function toSvg(network: Network, positions: NodeAppearances, options: SvgOptions): ExportedFile {
  const width = Math.max(1, Math.round(options.width));
  const height = Math.max(1, Math.round(options.height));
  const opts = { ...options, width, height };
  const nodes = placeNodes(network, positions, opts);
  const out: string[] = [
    XML_DECLARATION,
    `<svg xmlns="http://www.w3.org/2000/svg"${xmlAttributes({
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': 'export-title',
      'font-family': FONT,
    })}>`,
    `  <title id="export-title">${escapeXml(options.title || network.name)}</title>`,
    `  <rect${xmlAttributes({ width: '100%', height: '100%', fill: options.background })}/>`,
  ];
  if (options.title) {
    out.push(
      `  <text${xmlAttributes({ x: MARGIN, y: MARGIN + TITLE_SIZE - 4, 'font-size': TITLE_SIZE, 'font-weight': 600, fill: options.foreground })}>${escapeXml(options.title)}</text>`,
    );
  }
  out.push(...drawEdges(network, nodes, opts), ...drawNodes(nodes, opts), ...drawLegend(opts), '</svg>', '');
  return { name: `${slugify(network.name)}.svg`, mimeType: 'image/svg+xml', content: out.join('\n') };
}
