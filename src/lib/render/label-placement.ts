/**
 * Which actor labels are drawn, so that no two overlap. Candidates come in priority order —
 * the selected actor, the hovered or selected neighbourhood, then every actor by drawn size,
 * largest first (the most connected, when size follows relations) — and each takes its box
 * only where no earlier label has taken the space. Density follows the zoom by itself:
 * zoomed in, actors spread apart and grow past the size threshold, so more labels fit.
 * Pure and bounded: a frame looks at a fixed number of candidates at most, whatever the
 * size of the network.
 */

/** A label box in viewport pixels: left, top, width, height. */
export interface LabelBox {
  node: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  node: string;
  /** The dot's centre and radius in viewport pixels. */
  x: number;
  y: number;
  size: number;
  /** The label's text width in pixels. */
  textWidth: number;
  /** Drawn even when small (selected, hovered or in their neighbourhood). */
  forced: boolean;
}

export interface PlacementOptions {
  width: number;
  height: number;
  /** Font size of labels, in pixels. */
  labelSize: number;
  /** Dots drawn smaller than this (in pixels) get no label unless forced. */
  sizeThreshold: number;
  /** Most labels drawn at once. */
  maxLabels: number;
}

/** Gap between a dot and its label, and around each box, in pixels. */
const LABEL_OFFSET = 3;
const PADDING = 2;
const CELL = 64;

/** The box a label takes: to the right of its dot, centred on it vertically. */
export function labelBox(candidate: LabelCandidate, labelSize: number): LabelBox {
  return {
    node: candidate.node,
    x: candidate.x + candidate.size + LABEL_OFFSET - PADDING,
    y: candidate.y - labelSize / 2 - PADDING,
    width: candidate.textWidth + 2 * PADDING,
    height: labelSize + 2 * PADDING,
  };
}

export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Places labels greedily in the candidates' order. Candidates must come with the forced ones
 * first, then by size, largest first: a small unforced candidate below the threshold ends
 * the pass, since none after it can be larger.
 */
export function placeLabels(candidates: Iterable<LabelCandidate>, options: PlacementOptions): LabelBox[] {
  const placed: LabelBox[] = [];
  const grid = new Map<number, LabelBox[]>();
  const cellsOf = (box: LabelBox): number[] => {
    const keys: number[] = [];
    for (let cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.width) / CELL); cx++) {
      for (let cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.height) / CELL); cy++) {
        keys.push(cx * 100_003 + cy);
      }
    }
    return keys;
  };
  for (const candidate of candidates) {
    if (placed.length >= options.maxLabels) break;
    if (!candidate.forced && candidate.size < options.sizeThreshold) break;
    const box = labelBox(candidate, options.labelSize);
    if (box.x > options.width || box.x + box.width < 0 || box.y > options.height || box.y + box.height < 0) continue;
    const cells = cellsOf(box);
    const taken = cells.some((key) => grid.get(key)?.some((other) => boxesOverlap(box, other)));
    if (taken) continue;
    placed.push(box);
    for (const key of cells) {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    }
  }
  return placed;
}
