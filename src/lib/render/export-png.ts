/**
 * PNG export of the network as drawn, with a title, the legend and the active filters
 * painted under it, so an image pasted into a report still says what it shows.
 */
import type Sigma from 'sigma';
import { drawOnCanvas } from '@sigma/export-image';
import type { Settings } from 'sigma/settings';
import type { EdgeAttributes, NodeAttributes } from '../graph/build-graph';

export interface PngCaption {
  title: string;
  /** One line each, e.g. "Filters: hidden types Met, Family; 2025-09 – 2025-11". */
  notes: string[];
  legend: { label: string; color: string }[];
  background: string;
  foreground: string;
}

const FOOTER_LINE = 18;

export async function exportPng(
  sigma: Sigma<NodeAttributes, EdgeAttributes>,
  caption: PngCaption,
  options: {
    /** Reducers for "everything": the appearance without the filters and highlights of the screen. */
    everything?: { nodeReducer: Settings['nodeReducer']; edgeReducer: Settings['edgeReducer'] };
  },
): Promise<Blob> {
  const graphCanvas = await drawOnCanvas(sigma as unknown as Sigma, {
    backgroundColor: caption.background,
    // "Everything" ignores the filters and highlights that the reducers apply on screen.
    // The page places labels itself (label-layer.ts); the picture uses sigma's own label pass.
    sigmaSettings: { renderLabels: true, ...(options.everything ?? {}) },
  });
  const legendRows = Math.ceil(caption.legend.length / 4);
  const footer = FOOTER_LINE * (2 + caption.notes.length + legendRows) + 12;
  const canvas = document.createElement('canvas');
  canvas.width = graphCanvas.width;
  canvas.height = graphCanvas.height + footer;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw the image.');
  context.fillStyle = caption.background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(graphCanvas, 0, 0);

  let y = graphCanvas.height + FOOTER_LINE;
  context.fillStyle = caption.foreground;
  context.font = '600 15px system-ui, sans-serif';
  context.fillText(caption.title, 12, y);
  context.font = '13px system-ui, sans-serif';
  for (const note of caption.notes) {
    y += FOOTER_LINE;
    context.fillText(note, 12, y);
  }
  const columnWidth = Math.max(160, Math.floor((canvas.width - 24) / 4));
  caption.legend.forEach((item, i) => {
    const x = 12 + (i % 4) * columnWidth;
    const rowY = y + FOOTER_LINE * (1 + Math.floor(i / 4));
    context.fillStyle = item.color;
    context.fillRect(x, rowY - 9, 18, 4);
    context.fillStyle = caption.foreground;
    context.fillText(item.label, x + 24, rowY - 3);
  });

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))), 'image/png'),
  );
}
