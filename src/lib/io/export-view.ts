/**
 * Exports what is on screen (or everything) in the format the user chose, and hands the
 * result to the browser as a download.
 */
import type { LoadedNetwork } from '../state/loaded-network';
import type { Visibility } from '../state/filters';
import type { CanvasApi } from '../render/canvas-api';
import { slugify, subsetNetwork, toBundle, toCsv, toGexf, toGraphml, toSvg, type ExportedFile } from '../export';
import { relationTypeLabel } from '../graph/dataset-index';
import { relationColor } from '../graph/palette';
import { downloadBlob, downloadText } from './download';

export type ExportFormat = 'png' | 'svg' | 'bundle' | 'gexf' | 'graphml' | 'csv';

export interface ExportRequest {
  loaded: LoadedNetwork;
  /** Null: everything, regardless of filters. */
  visibility: Visibility | null;
  canvas: CanvasApi | null;
  filtersNote: string[];
}

function positions(loaded: LoadedNetwork): Map<string, { x: number; y: number; size: number; color: string }> {
  const out = new Map<string, { x: number; y: number; size: number; color: string }>();
  loaded.graph.forEachNode((node, a) => out.set(node, { x: a.x, y: a.y, size: a.size, color: a.color }));
  return out;
}

function isDark(): boolean {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

export async function exportView(format: ExportFormat, request: ExportRequest): Promise<void> {
  const { loaded } = request;
  const scope = request.visibility ?? {
    nodes: new Set(loaded.network.actors.map((a) => a.id)),
    edges: new Set(loaded.network.relations.map((r) => r.id)),
  };
  const network = subsetNetwork(loaded.network, scope);
  const legend = [...new Set(network.relations.map((r) => r.type))].map((type) => ({
    label: relationTypeLabel(type),
    color: relationColor(type),
  }));
  const title = `${loaded.network.name}: ${network.actors.length} actors, ${network.relations.length} relations`;
  const notes = request.visibility ? request.filtersNote : ['Everything, without filters'];
  const background = isDark() ? '#15181c' : '#ffffff';
  const foreground = isDark() ? '#e6e8eb' : '#1b1f24';
  const save = (file: ExportedFile) => downloadText(file.content, file.name, file.mimeType);

  switch (format) {
    case 'png': {
      if (!request.canvas) throw new Error('The network is not drawn yet.');
      const blob = await request.canvas.exportPng(
        { title, notes, legend, background, foreground },
        request.visibility === null,
      );
      downloadBlob(blob, `${slugify(loaded.network.name)}.png`);
      return;
    }
    case 'svg':
      save(toSvg(network, positions(loaded), { width: 1600, height: 1200, title, legend, background, foreground }));
      return;
    case 'bundle':
      save(toBundle(network));
      return;
    case 'gexf':
      save(toGexf(network, positions(loaded)));
      return;
    case 'graphml':
      save(toGraphml(network, positions(loaded)));
      return;
    case 'csv':
      for (const file of toCsv(network)) save(file);
      return;
  }
}
