/**
 * Geometry for the SVG image: fitting graph coordinates into a box (y flipped, as sigma draws
 * them: graph y grows upwards, screen y downwards), and edge paths that stop at the target's
 * rim with an arrowhead, bowing apart when several edges join the same two actors.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A function placing graph coordinates in `box`, keeping the aspect ratio and centring the
 * drawing. A single point (or all points on one spot) lands in the middle of the box.
 */
export function fitToBox(points: readonly Point[], box: Box): (p: Point) => Point {
  if (points.length === 0) return () => ({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const spanX = maxX - minX;
  const spanY = maxY - minY;
  const scales = [spanX > 0 ? box.width / spanX : Infinity, spanY > 0 ? box.height / spanY : Infinity];
  const scale = Number.isFinite(Math.min(...scales)) ? Math.min(...scales) : 1;
  const left = box.left + (box.width - spanX * scale) / 2;
  const top = box.top + (box.height - spanY * scale) / 2;
  return (p) => ({ x: left + (p.x - minX) * scale, y: top + (maxY - p.y) * scale });
}

/** The widest bow, as a fraction of the edge length, however many edges share a pair. */
const MAX_BEND = 0.45;

/**
 * Sideways offset, as a fraction of the edge length, of the `index`th of `count` edges between
 * one pair: a lone edge is straight, parallel ones fan out evenly up to MAX_BEND either side.
 */
export function parallelOffset(index: number, count: number): number {
  if (count <= 1) return 0;
  const step = Math.min(0.22, (2 * MAX_BEND) / (count - 1));
  return (index - (count - 1) / 2) * step;
}

export interface EdgeShape {
  /** SVG path data. */
  path: string;
  /** Arrowhead polygon points, for directed edges. */
  arrow?: string;
}

const r2 = (v: number) => Math.round(v * 100) / 100;
const pt = (p: Point) => `${r2(p.x)},${r2(p.y)}`;

/**
 * The drawn shape of one edge from `from` to `to`. `bend` is the sideways offset as a fraction
 * of the length, measured to the left of the pair's canonical direction (`flip` when the edge
 * runs against it) so edges of one pair in both directions do not overlap.
 */
export function edgeShape(
  from: Point,
  to: Point,
  options: { bend: number; flip: boolean; targetRadius: number; arrow: boolean; width: number },
): EdgeShape {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy);
  if (length < 1e-9) return loopShape(from, options.targetRadius);
  const sign = options.flip ? -1 : 1;
  const normal = { x: (-dy / length) * sign, y: (dx / length) * sign };
  const control = {
    x: (from.x + to.x) / 2 + normal.x * options.bend * length,
    y: (from.y + to.y) / 2 + normal.y * options.bend * length,
  };
  // The curve arrives along control→target, so the arrow points that way and stops at the rim.
  const ux = to.x - control.x;
  const uy = to.y - control.y;
  const ulen = Math.hypot(ux, uy) || 1;
  const dir = { x: ux / ulen, y: uy / ulen };
  const rim = Math.min(options.targetRadius, length / 2);
  const tip = { x: to.x - dir.x * rim, y: to.y - dir.y * rim };
  const path = options.bend === 0 ? `M${pt(from)} L${pt(tip)}` : `M${pt(from)} Q${pt(control)} ${pt(tip)}`;
  if (!options.arrow) return { path };
  const headLength = 6 + 2 * options.width;
  const halfWidth = 2 + 0.8 * options.width;
  const base = { x: tip.x - dir.x * headLength, y: tip.y - dir.y * headLength };
  const left = { x: base.x - dir.y * halfWidth, y: base.y + dir.x * halfWidth };
  const right = { x: base.x + dir.y * halfWidth, y: base.y - dir.x * halfWidth };
  return { path, arrow: `${pt(tip)} ${pt(left)} ${pt(right)}` };
}

/** A relation of an actor with itself: a small loop above the node. */
function loopShape(at: Point, radius: number): EdgeShape {
  const r = Math.max(radius, 4);
  const a = { x: at.x - r * 2.5, y: at.y - r * 3.5 };
  const b = { x: at.x + r * 2.5, y: at.y - r * 3.5 };
  return { path: `M${pt(at)} C${pt(a)} ${pt(b)} ${pt(at)}` };
}

/** Rough width of a line of text, for sizing margins and the legend without a DOM. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * 0.56;
}
