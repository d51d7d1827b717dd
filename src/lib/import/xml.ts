/**
 * XML groundwork for the GEXF and GraphML readers: parsing with the platform's DOM (the
 * browser's DOMParser, or the light DOM in the import worker: see xml-platform.ts), the
 * parser's error with its line and column (Chromium, Firefox and jsdom each word it
 * differently; the light DOM words it as jsdom does), and the checks both formats need
 * before graphology sees the document: node ids present and unique, edge endpoints that
 * exist, unique edge ids. What is wrong is said in catalogue messages.
 */
import { msg, type Message } from '../i18n/messages';
import { assignEdgeIds, renamedWarning } from './ids';
import { stripBom, type ImportProgress } from './types';
import { xmlPlatform } from './xml-platform';

/** A parsed document, or the parser's error worded for the user. */
export type XmlOutcome = { ok: true; doc: Document } | { ok: false; problem: Message };

/** Where and why the parser stopped, from the text of its error element. */
export function describeParserError(text: string): { line?: number; column?: number; message: string } {
  const clean = text.replace(/\s+/g, ' ').trim();
  // jsdom: "2:7: unexpected close tag."
  let match = /^(\d+):(\d+):\s*(.*)$/.exec(clean);
  if (match) return { line: +match[1], column: +match[2], message: match[3] };
  // Chromium: "... error on line 2 at column 7: Opening and ending tag mismatch ..."
  match = /error on line (\d+) at column (\d+):\s*(.*?)(?:\s*Below is a rendering.*)?$/i.exec(clean);
  if (match) return { line: +match[1], column: +match[2], message: match[3] };
  // Firefox: "XML Parsing Error: mismatched tag ... Line Number 2, Column 7: ..."
  match = /XML Parsing Error:\s*(.*?)\s*Location:.*?Line Number (\d+), Column (\d+)/i.exec(clean);
  if (match) return { line: +match[2], column: +match[3], message: match[1] };
  return { message: clean.slice(0, 200) || 'unknown error' };
}

/**
 * Parses XML text. Leading blank lines are dropped (an XML declaration must come first)
 * and counted back into the reported line.
 */
export function parseXml(file: string, text: string, progress?: ImportProgress): XmlOutcome {
  const body = stripBom(text);
  const start = body.search(/\S/);
  const skippedLines = start <= 0 ? 0 : (body.slice(0, start).match(/\n/g) ?? []).length;
  progress?.('parsing');
  const onFraction = progress && ((fraction: number) => progress('parsing', fraction));
  const doc = xmlPlatform().parse(start <= 0 ? body : body.slice(start), onFraction);
  const error = doc.getElementsByTagName('parsererror')[0] ?? doc.getElementsByTagNameNS('*', 'parsererror')[0];
  if (!error) return { ok: true, doc };
  const { line, column, message } = describeParserError(error.textContent ?? '');
  const detail = message.replace(/\.$/, '');
  if (line === undefined || column === undefined) return { ok: false, problem: msg('xml_malformed', { file, detail }) };
  return { ok: false, problem: msg('xml_malformed_at', { file, line: line + skippedLines, column, detail }) };
}

/**
 * Parses a GEXF or GraphML file down to its first <graph> element, or says why it cannot:
 * malformed XML, another root element, no graph.
 */
export function openXmlGraph(
  file: string,
  text: string,
  root: 'gexf' | 'graphml',
  formatName: string,
  progress?: ImportProgress,
): { ok: true; doc: Document; graph: Element } | { ok: false; problem: Message } {
  const parsed = parseXml(file, text, progress);
  if (!parsed.ok) return parsed;
  const { doc } = parsed;
  if (rootName(doc) !== root) {
    const found = String(doc.documentElement?.nodeName);
    return { ok: false, problem: msg('xml_wrong_root', { file, format: formatName, root: found, expected: root }) };
  }
  const graph = doc.getElementsByTagName('graph')[0];
  if (!graph) return { ok: false, problem: msg('xml_no_graph', { file, format: formatName }) };
  return { ok: true, doc, graph };
}

/** The root element's name without a namespace prefix, lower case. */
export function rootName(doc: Document): string {
  return (doc.documentElement?.localName ?? '').toLowerCase();
}

/**
 * Elements by tag name (as getElementsByTagName matches them, prefix included), in document
 * order, in one walk: turning a live collection into an array is slow in some DOMs (jsdom).
 */
export function elementsByTag(doc: Document, names: string[]): Map<string, Element[]> {
  const found = new Map(names.map((name) => [name, [] as Element[]]));
  if (!doc.documentElement) return found;
  const walker = doc.createTreeWalker(doc.documentElement, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    found.get(node.nodeName)?.push(node as Element);
  }
  return found;
}

/** What checkXmlGraph found, and the edge elements it gave unique ids. */
export interface XmlChecks {
  problems: Message[];
  warnings: Message[];
  /** The edge elements in document order, each with a unique id already set. */
  edges: Element[];
}

/** A name for an edge element in messages: its id when it has one, else its position. */
function edgeName(element: Element, index: number): string {
  const id = element.getAttribute('id');
  return id ? id : `#${index + 1}`;
}

/**
 * Checks node ids and edge endpoints, then gives every edge element a unique id (so that
 * graphology neither merges two edges nor invents random keys). Mutates the document.
 */
export function checkXmlGraph(file: string, doc: Document): XmlChecks {
  const problems: Message[] = [];
  const nodeIds = new Set<string>();
  const elements = elementsByTag(doc, ['node', 'edge']);
  const nodes = elements.get('node') ?? [];
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i].getAttribute('id');
    if (id === null || id === '') problems.push(msg('xml_node_without_id', { file, position: i + 1 }));
    else if (nodeIds.has(id)) problems.push(msg('xml_duplicate_node_id', { file, id }));
    else nodeIds.add(id);
  }
  const edges = elements.get('edge') ?? [];
  edges.forEach((element, index) => {
    for (const end of ['source', 'target'] as const) {
      const id = element.getAttribute(end);
      const edge = edgeName(element, index);
      if (id === null || id === '') problems.push(msg('xml_edge_without_end', { file, edge, end }));
      else if (!nodeIds.has(id)) problems.push(msg('xml_edge_unknown_node', { file, edge, node: id }));
    }
  });
  if (nodeIds.size === 0 && problems.length === 0) problems.push(msg('import_no_nodes', { file }));
  if (problems.length > 0) return { problems, warnings: [], edges: [] };

  const { ids, renamed } = assignEdgeIds(edges.map((element) => element.getAttribute('id') ?? undefined));
  edges.forEach((element, index) => {
    if (element.getAttribute('id') !== ids[index]) element.setAttribute('id', ids[index]);
  });
  return { problems, warnings: renamedWarning(file, renamed), edges };
}
