/**
 * How the canvas shows the way a relation is sourced: a relation resting only on
 * allegations or denied reports is drawn dashed, one supported by a single document is
 * drawn lighter than a corroborated one. The sets come precomputed from the
 * corroboration index (lib/trust); the edge reducer only looks them up.
 */
import type { EdgeProgram } from '../graph/build-graph';

export interface EdgeSourcing {
  /** Relations resting only on allegations or denied reports: dashed. */
  weak: ReadonlySet<string>;
  /** Relations with evidence from one document only: lighter. */
  singleDocument: ReadonlySet<string>;
}

/** How opaque a single-document relation is drawn (a corroborated one is opaque). */
export const SINGLE_DOCUMENT_OPACITY = 0.45;

/** The dashed program matching an edge's solid one. */
export function dashedProgram(directed: boolean): EdgeProgram {
  return directed ? 'curvedDashedArrow' : 'curvedDashed';
}

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;
const SHORT_HEX = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i;

/** A hex colour at the given opacity, as rgba(); other notations are returned unchanged. */
export function withOpacity(color: string, opacity: number): string {
  const long = HEX.exec(color);
  const short = long ? null : SHORT_HEX.exec(color);
  const parts = long ? long.slice(1) : short ? short.slice(1).map((digit) => digit + digit) : null;
  if (!parts) return color;
  const [r, g, b] = parts.map((part) => parseInt(part, 16));
  return `rgba(${r}, ${g}, ${b}, ${opacity})`;
}

export interface SourcingCounts {
  weak: number;
  singleDocument: number;
  corroborated: number;
}

/** How many of the visible relations are drawn dashed, lighter, or at full strength, for the legend. */
export function sourcingCounts(sourcing: EdgeSourcing, visibleEdges: ReadonlySet<string>): SourcingCounts {
  let weak = 0;
  let singleDocument = 0;
  for (const edge of visibleEdges) {
    if (sourcing.weak.has(edge)) weak += 1;
    if (sourcing.singleDocument.has(edge)) singleDocument += 1;
  }
  return { weak, singleDocument, corroborated: visibleEdges.size - singleDocument };
}
