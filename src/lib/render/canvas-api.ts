/** What the page may ask of the network canvas without touching sigma itself. */
import type { PngCaption } from './export-png';

export interface CanvasApi {
  exportPng: (caption: PngCaption, everything: boolean) => Promise<Blob>;
}
