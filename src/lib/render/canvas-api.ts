/** What the page may ask of the network canvas without touching sigma itself. */
import type Sigma from 'sigma';
import type { PngCaption } from './export-png';

export interface CanvasApi {
  exportPng: (caption: PngCaption, everything: boolean) => Promise<Blob>;
  /** Graph units per CSS pixel at the default camera, for the layout's overlap spacing. */
  graphUnitsPerPixel: () => number | null;
  /** The renderer, for the benchmark harness only. */
  sigma: () => Sigma | null;
  /** The label boxes drawn in the last frame (viewport pixels), for tests. */
  labelBoxes: () => { node: string; x: number; y: number; width: number; height: number }[];
}
