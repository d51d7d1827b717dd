/**
 * GraphML → Network. graphology-graphml reads keys, nodes and edges; this module checks the
 * document first (the library throws on, or silently merges, what it does not expect),
 * tidies the key declarations it cannot handle, reads each edge's stated direction, and
 * takes yEd's labels, positions and colours from its drawing data.
 */
import { MultiGraph } from 'graphology';
import { msg } from '../i18n/messages';
import { networkFromGraph, type EdgeFacts } from './from-graph';
import { baseName, failed, type ImportProgress, type InputFile, type ReadOutcome } from './types';
import { checkXmlGraph, openXmlGraph } from './xml';
import { xmlPlatform } from './xml-platform';
import { takeYedGraphics } from './yed';

const KEY_DOMAINS = new Set(['node', 'edge', 'graph']);

/**
 * Rewrites `<key>` elements into the three domains the library knows: for="all" becomes one
 * key per domain, keys for ports or hyperedges go, and a key without attr.name is named by
 * its id (the library would otherwise name the attribute "null").
 */
function tidyKeys(doc: Document): void {
  for (const key of Array.from(doc.getElementsByTagName('key'))) {
    if (!key.getAttribute('attr.name')) key.setAttribute('attr.name', key.getAttribute('id') ?? 'key');
    const domain = key.getAttribute('for') ?? 'node';
    if (domain === 'all') {
      key.setAttribute('for', 'node');
      for (const other of ['edge', 'graph']) {
        const copy = key.cloneNode(true) as Element;
        copy.setAttribute('for', other);
        key.parentNode?.insertBefore(copy, key.nextSibling);
      }
    } else if (!KEY_DOMAINS.has(domain)) {
      key.remove();
    }
  }
}

function direction(value: string | null): boolean | undefined {
  if (value === 'true' || value === 'directed') return true;
  if (value === 'false' || value === 'undirected') return false;
  return undefined;
}

/** Reads a GraphML file, telling `progress` each step. Never throws. */
export function readGraphml(file: InputFile, progress?: ImportProgress): ReadOutcome {
  const opened = openXmlGraph(file.name, file.text, 'graphml', 'GraphML', progress);
  if (!opened.ok) return failed(opened.problems);
  const { doc, graph: graphElement } = opened;
  const edgeDefault = graphElement.getAttribute('edgedefault');
  if (edgeDefault !== null && direction(edgeDefault) === undefined) {
    return failed([msg('xml_bad_edge_default', { file: file.name, value: edgeDefault })]);
  }

  progress?.('checking');
  const checks = checkXmlGraph(file.name, doc);
  if (checks.problems.length > 0) return failed(checks.problems);
  tidyKeys(doc);
  const yed = takeYedGraphics(doc);

  const defaultDirected = direction(edgeDefault);
  const facts = new Map<string, EdgeFacts>();
  checks.edges.forEach((edge) => {
    const directed = direction(edge.getAttribute('directed')) ?? defaultDirected;
    facts.set(edge.getAttribute('id') as string, directed === undefined ? {} : { directed });
  });

  progress?.('building');
  let graph: MultiGraph;
  try {
    // doc came from xmlPlatform().parse: a document of the class the parser checks with instanceof.
    graph = xmlPlatform().parseGraphml(MultiGraph, doc) as MultiGraph;
  } catch (error) {
    return failed([msg('xml_unreadable', { file: file.name, format: 'GraphML', detail: (error as Error).message })]);
  }
  // The file's own attributes win over yEd's drawing.
  for (const [id, attributes] of yed.nodes)
    if (graph.hasNode(id)) graph.updateNodeAttributes(id, (own) => ({ ...attributes, ...own }));
  for (const [id, attributes] of yed.edges)
    if (graph.hasEdge(id)) graph.updateEdgeAttributes(id, (own) => ({ ...attributes, ...own }));
  const { network, warnings } = networkFromGraph({
    file: file.name,
    name: baseName(file.name),
    graph,
    edgeFacts: facts,
    defaultDirected: false,
  });
  return { ok: true, network, warnings: [...checks.warnings, ...warnings] };
}
