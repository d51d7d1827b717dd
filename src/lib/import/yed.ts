/**
 * yEd's GraphML keeps labels, positions and colours inside `<data>` elements of its own
 * (`yfiles.type="nodegraphics"`), which a plain GraphML reader would turn into one
 * attribute of raw text. This reads them as label, x, y and color, and removes them.
 */
import type { Attributes } from 'graphology-types';
import { elementsByTag } from './xml';

const GRAPHICS = new Set(['nodegraphics', 'edgegraphics']);

function firstByLocalName(element: Element, name: string): Element | undefined {
  return Array.from(element.getElementsByTagName('*')).find((child) => child.localName === name);
}

function nodeGraphics(data: Element): Attributes {
  const attributes: Attributes = {};
  const label = firstByLocalName(data, 'NodeLabel')?.textContent?.trim();
  if (label) attributes.label = label;
  const geometry = firstByLocalName(data, 'Geometry');
  if (geometry) {
    // yEd gives the top-left corner; the centre is where the node is.
    const [x, y, width, height] = ['x', 'y', 'width', 'height'].map((name) => Number(geometry.getAttribute(name) ?? 0));
    if ([x, y, width, height].every(Number.isFinite))
      Object.assign(attributes, { x: x + width / 2, y: y + height / 2 });
  }
  const fill = firstByLocalName(data, 'Fill')?.getAttribute('color');
  if (fill) attributes.color = fill;
  return attributes;
}

/**
 * Takes yEd's graphics out of the document, as attributes by node id and by edge id (edge
 * ids must already be unique). Mutates the document.
 */
export function takeYedGraphics(doc: Document): { nodes: Map<string, Attributes>; edges: Map<string, Attributes> } {
  const nodes = new Map<string, Attributes>();
  const edges = new Map<string, Attributes>();
  const elements = elementsByTag(doc, ['key', 'data']);
  const keys = new Set(
    (elements.get('key') ?? [])
      .filter((key) => GRAPHICS.has(key.getAttribute('yfiles.type') ?? ''))
      .map((key) => key.getAttribute('id')),
  );
  if (keys.size === 0) return { nodes, edges };
  for (const data of elements.get('data') ?? []) {
    if (!keys.has(data.getAttribute('key'))) continue;
    const owner = data.parentElement;
    const id = owner?.getAttribute('id');
    if (owner?.nodeName === 'node' && id) nodes.set(id, nodeGraphics(data));
    if (owner?.nodeName === 'edge' && id) {
      const label = firstByLocalName(data, 'EdgeLabel')?.textContent?.trim();
      if (label) edges.set(id, { label });
    }
    data.remove();
  }
  return { nodes, edges };
}
