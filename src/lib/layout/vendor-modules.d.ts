/**
 * Types for the graphology layout internals that the layout worker drives directly (the
 * packages ship JavaScript for these files without declarations).
 */

declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  /** One ForceAtlas2 iteration on the flat matrices, in place. */
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): unknown;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology-types';
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export function graphToByteArrays(
    graph: Graph,
    getEdgeWeight: (...args: unknown[]) => number,
  ): { nodes: Float32Array; edges: Float32Array };
  export function validateSettings(settings: ForceAtlas2Settings): { message: string } | null;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}

declare module 'graphology-layout-noverlap/iterate.js' {
  import type { NoverlapSettings } from 'graphology-layout-noverlap';
  /** One noverlap iteration on the flat (x, y, size) matrix, in place. */
  export default function iterate(settings: Required<NoverlapSettings>, nodes: Float32Array): { converged: boolean };
}

declare module 'graphology-layout-noverlap/helpers.js' {
  import type { NoverlapSettings } from 'graphology-layout-noverlap';
  export function validateSettings(settings: NoverlapSettings): { message: string } | null;
}

declare module 'graphology-layout-noverlap/defaults.js' {
  import type { NoverlapSettings } from 'graphology-layout-noverlap';
  const defaults: Required<NoverlapSettings>;
  export default defaults;
}
