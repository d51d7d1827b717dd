/**
 * Dot and line sizes, defined once: the graph, the legend and the SVG exporter all draw with
 * these, so a dot is as big on the page as in the exported picture.
 */

/** Size of a dot with nothing to show (degree 0, the smallest value, or no value). */
export const NODE_SIZE_MIN = 3;

/** Size of a dot by its number of relations: grows with the square root, so area follows degree. */
export function nodeSizeForDegree(degree: number): number {
  return NODE_SIZE_MIN + 1.7 * Math.sqrt(Math.max(degree, 0));
}

/**
 * Largest dot when sizing by a value other than degree: as large as the largest dot by degree
 * would be in the same network, so switching keeps the picture's balance, and never smaller
 * than a degree-9 dot, so a sparse network still shows differences.
 */
export function valueSizeCeiling(maxDegree: number): number {
  return Math.max(nodeSizeForDegree(maxDegree), nodeSizeForDegree(9));
}

/**
 * Size of a dot by a number in [min, max]: a square-root scale from NODE_SIZE_MIN (at `min`)
 * to `ceiling` (at `max`), so area follows the value as with degree. When all values are equal
 * every dot is the smallest.
 */
export function nodeSizeForValue(value: number, min: number, max: number, ceiling: number): number {
  if (!(max > min)) return NODE_SIZE_MIN;
  const share = Math.min(Math.max((value - min) / (max - min), 0), 1);
  return NODE_SIZE_MIN + (ceiling - NODE_SIZE_MIN) * Math.sqrt(share);
}

/**
 * Width of a relation's line by how many pieces of evidence back it: 1.6 for one (or none),
 * thicker by 0.6 per further piece, up to four.
 */
export function edgeSizeForEvidence(evidenceCount: number): number {
  return 1.6 + 0.6 * Math.min(Math.max(evidenceCount - 1, 0), 3);
}
