/**
 * The glyphs that stand for a relation's direction in text (tables, panels, tooltips,
 * citations): one arrow for "source did this to target", its mirror when read from the
 * target's side, and a double arrow for mutual relations. Always shown beside words that
 * say the same for screen readers.
 */
export const GLYPH = { forward: '→', backward: '←', mutual: '↔' } as const;

/** The arrow for a relation read from its source (`forward`) or from its target. */
export function directionGlyph(directed: boolean, forward = true): string {
  if (!directed) return GLYPH.mutual;
  return forward ? GLYPH.forward : GLYPH.backward;
}
