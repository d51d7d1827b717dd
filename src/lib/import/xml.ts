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
import { MAX_XML_DEPTH, XmlRefusal, type XmlWatcher } from './light-dom';
import { MAX_PROBLEMS, stripBom, type ImportProgress } from './types';
import { xmlPlatform } from './xml-platform';

/** A parsed document, or what stopped it, worded for the user. */
export type XmlOutcome = { ok: true; doc: Document } | { ok: false; problems: Message[] };

/** Problems found while the file was still being parsed, by a watcher. */
export interface ParseWatch {
  watcher: XmlWatcher;
  problems: Message[];
}

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
export function parseXml(file: string, text: string, progress?: ImportProgress, watch?: ParseWatch): XmlOutcome {
  const body = stripBom(text);
  const dangerous = dangerousEntity(body);
  if (dangerous) {
    const key = dangerous.kind === 'external' ? 'xml_external_entity_refused' : 'xml_nested_entity_refused';
    return { ok: false, problems: [msg(key, { file, line: dangerous.line, entity: dangerous.name })] };
  }
  const start = body.search(/\S/);
  const skippedLines = start <= 0 ? 0 : (body.slice(0, start).match(/\n/g) ?? []).length;
  progress?.('parsing');
  const onFraction = progress && ((fraction: number) => progress('parsing', fraction));
  const doc = xmlPlatform().parse(start <= 0 ? body : body.slice(start), onFraction, watch?.watcher);
  const error = doc.getElementsByTagName('parsererror')[0] ?? doc.getElementsByTagNameNS('*', 'parsererror')[0];
  if (!error) return { ok: true, doc };
  const code = error.getAttribute('code');
  if (code !== null) {
    const line = Number(error.getAttribute('line')) + skippedLines;
    const column = Number(error.getAttribute('column'));
    if (code === 'stopped' && watch) {
      // The stop first (the alert shows the first problems only), then the problems found.
      const listed = watch.problems.slice(0, MAX_PROBLEMS - 1);
      return { ok: false, problems: [msg('import_stopped_reading', { file, count: listed.length }), ...listed] };
    }
    return { ok: false, problems: [msg('xml_too_deep', { file, line, column, max: MAX_XML_DEPTH })] };
  }
  const { line, column, message } = describeParserError(error.textContent ?? '');
  const detail = message.replace(/\.$/, '');
  if (line === undefined || column === undefined)
    return { ok: false, problems: [msg('xml_malformed', { file, detail })] };
  return { ok: false, problems: [msg('xml_malformed_at', { file, line: line + skippedLines, column, detail })] };
}

/** Entity references every XML parser knows without a declaration. */
const PREDEFINED_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/** An entity declaration with its name, its value (or external id) and where it starts. */
const ENTITY_DECLARATION = /<!ENTITY\s+(%\s+)?([^\s"']+)\s+("[^"]*"|'[^']*'|SYSTEM|PUBLIC)/gi;

/**
 * The first entity declaration of the DOCTYPE that no network file needs and that attacks
 * the reader: an external one (SYSTEM, PUBLIC or a parameter entity: it would read another
 * file, XXE) or one whose value refers to other entities (nested expansion grows
 * exponentially, "billion laughs"). Plain internal entities are harmless and are read.
 * Only the prolog, before the root element, is searched.
 */
export function dangerousEntity(text: string): { kind: 'external' | 'nested'; name: string; line: number } | null {
  const root = text.search(/<[A-Za-z_]/);
  const doctype = text.search(/<!DOCTYPE/i);
  if (doctype < 0 || (root >= 0 && root < doctype)) return null;
  const prolog = root < 0 ? text : text.slice(0, root);
  for (const match of prolog.matchAll(ENTITY_DECLARATION)) {
    const [, parameter, name, value] = match;
    const line = (prolog.slice(0, match.index).match(/\n/g) ?? []).length + 1;
    const external = parameter !== undefined || ['SYSTEM', 'PUBLIC'].includes(value.toUpperCase());
    if (external) return { kind: 'external', name, line };
    const references = [...value.matchAll(/&([^#;\s][^;\s]*);/g)].map((reference) => reference[1]);
    if (references.some((reference) => !PREDEFINED_ENTITIES.has(reference))) return { kind: 'nested', name, line };
  }
  return null;
}

/** The problem with one end of an edge, if any: missing, or naming no known node. */
function endpointProblem(
  file: string,
  edge: string,
  end: 'source' | 'target',
  id: string | null | undefined,
  nodeIds: ReadonlySet<string>,
): Message | null {
  if (id === null || id === undefined || id === '') return msg('xml_edge_without_end', { file, edge, end });
  if (!nodeIds.has(id)) return msg('xml_edge_unknown_node', { file, edge, node: id });
  return null;
}

/**
 * For formats whose nodes all come before their edges (GEXF): checks each edge's ends as it
 * is parsed, and stops the parse once MAX_PROBLEMS are found, so that a file of a million
 * edges to missing nodes is answered at once instead of after building all of it.
 */
export function watchEdgeEnds(file: string): ParseWatch {
  const nodeIds = new Set<string>();
  const problems: Message[] = [];
  let edges = 0;
  const watcher: XmlWatcher = (element) => {
    if (element.local === 'node') {
      const id = element.attribute('id');
      if (id) nodeIds.add(id);
    } else if (element.local === 'edge') {
      const edge = element.attribute('id') || `#${edges + 1}`;
      edges++;
      for (const end of ['source', 'target'] as const) {
        const problem = endpointProblem(file, edge, end, element.attribute(end), nodeIds);
        if (problem) problems.push(problem);
      }
      if (problems.length >= MAX_PROBLEMS) throw new XmlRefusal('stopped', element.line, element.column);
    }
  };
  return { watcher, problems };
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
  watch?: ParseWatch,
): { ok: true; doc: Document; graph: Element } | { ok: false; problems: Message[] } {
  const parsed = parseXml(file, text, progress, watch);
  if (!parsed.ok) return parsed;
  const { doc } = parsed;
  if (rootName(doc) !== root) {
    const found = String(doc.documentElement?.nodeName);
    return { ok: false, problems: [msg('xml_wrong_root', { file, format: formatName, root: found, expected: root })] };
  }
  const graph = doc.getElementsByTagName('graph')[0];
  if (!graph) return { ok: false, problems: [msg('xml_no_graph', { file, format: formatName })] };
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
      const problem = endpointProblem(file, edgeName(element, index), end, element.getAttribute(end), nodeIds);
      if (problem) problems.push(problem);
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
