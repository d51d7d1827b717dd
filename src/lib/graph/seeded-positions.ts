/**
 * Deterministic starting positions, so the same data always gives the same picture:
 * each node's place depends only on its id.
 */

/** mulberry32: a tiny, good-enough seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashId(id: string): number {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** A point in a disc of the given radius, fixed for this id. */
export function seededPosition(id: string, radius = 100): { x: number; y: number } {
  const random = seededRandom(hashId(id));
  const angle = random() * 2 * Math.PI;
  const distance = Math.sqrt(random()) * radius;
  return { x: Math.cos(angle) * distance, y: Math.sin(angle) * distance };
}
