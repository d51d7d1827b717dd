/**
 * Exports what is on screen (or everything) in the format the user chose, and hands the
 * result to the browser as a download. Colours and sizes come from the appearance the page
 * shows, the words of the picture captions from the page (in its language).
 */
import type { LoadedNetwork } from '../state/loaded-network';
import type { Visibility } from '../state/filters';
import type { CanvasApi } from '../render/canvas-api';
import type { RenderAppearance } from '../render/reducers';
import {
  slugify,
  subsetNetwork,
  toBundle,
  toCsv,
  toGexf,
  toGraphml,
  toSvg,
  type EdgeAppearances,
  type ExportedFile,
  type NodeAppearances,
} from '../export';
import { downloadBlob, downloadText } from './download';

export type ExportFormat = 'png' | 'svg' | 'bundle' | 'gexf' | 'graphml' | 'csv';

/** The words under a picture: its title, notes on the filters, and a legend of line colours. */
export interface PictureCaption {
  title: string;
  notes: string[];
  legend: { label: string; color: string }[];
}

export interface ExportRequest {
  loaded: LoadedNetwork;
  /** Null: everything, regardless of filters. */
  visibility: Visibility | null;
  canvas: CanvasApi | null;
  appearance: RenderAppearance;
  caption: PictureCaption;
  paper: { background: string; foreground: string };
}

function nodeAppearances(loaded: LoadedNetwork, appearance: RenderAppearance): NodeAppearances {
  const out = new Map<string, { x: number; y: number; size: number; color: string }>();
  loaded.graph.forEachNode((node, a) =>
    out.set(node, {
      x: a.x,
      y: a.y,
      size: appearance.nodeSize.get(node) ?? a.size,
      color: appearance.nodeColor.get(node) ?? '#999999',
    }),
  );
  return out;
}

function edgeAppearances(appearance: RenderAppearance): EdgeAppearances {
  const out = new Map<string, { color: string; size: number }>();
  for (const [edge, color] of appearance.edgeColor)
    out.set(edge, { color, size: appearance.edgeSize.get(edge) ?? 1.6 });
  return out;
}

export async function exportView(format: ExportFormat, request: ExportRequest): Promise<void> {
  const { loaded, caption, paper, appearance } = request;
  const scope = request.visibility ?? {
    nodes: new Set(loaded.network.actors.map((a) => a.id)),
    edges: new Set(loaded.network.relations.map((r) => r.id)),
  };
  const network = subsetNetwork(loaded.network, scope);
  const save = (file: ExportedFile) => downloadText(file.content, file.name, file.mimeType);

  switch (format) {
    case 'png': {
      if (!request.canvas) throw new Error('The network is not drawn yet.');
      const blob = await request.canvas.exportPng({ ...caption, ...paper }, request.visibility === null);
      downloadBlob(blob, `${slugify(loaded.network.name)}.png`);
      return;
    }
    case 'svg':
      save(
        toSvg(network, nodeAppearances(loaded, appearance), {
          width: 1600,
          height: 1200,
          title: caption.title,
          legend: caption.legend,
          edges: edgeAppearances(appearance),
          ...paper,
        }),
      );
      return;
    case 'bundle':
      save(toBundle(network));
      return;
    case 'gexf':
      save(toGexf(network, nodeAppearances(loaded, appearance), edgeAppearances(appearance)));
      return;
    case 'graphml':
      save(toGraphml(network, nodeAppearances(loaded, appearance)));
      return;
    case 'csv':
      for (const file of toCsv(network)) save(file);
      return;
  }
}
