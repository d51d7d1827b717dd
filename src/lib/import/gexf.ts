/**
 * GEXF (Gephi's format, versions 1.1 to 1.3) → Network. graphology-gexf reads nodes,
 * edges, attributes and viz data; this module checks the document first (the library
 * throws on, or silently merges, what it does not expect) and reads what the library
 * leaves out: edge direction as stated, and time from start/end attributes and spells.
 */
import { MultiGraph } from 'graphology';
import { msg } from '../i18n/messages';
import { networkFromGraph, type EdgeFacts } from './from-graph';
import { baseName, failed, type ImportProgress, type InputFile, type ReadOutcome } from './types';
import { checkXmlGraph, openXmlGraph, watchEdgeEnds } from './xml';
import { xmlPlatform } from './xml-platform';

const DIRECTION: Record<string, boolean> = { directed: true, undirected: false, mutual: false };

function statedDirection(value: string | null): boolean | undefined {
  return value !== null && Object.hasOwn(DIRECTION, value.trim().toLowerCase())
    ? DIRECTION[value.trim().toLowerCase()]
    : undefined;
}

/** The first attribute present among names (GEXF 1.1 also has startopen/endopen). */
function firstAttribute(element: Element, names: string[]): string | undefined {
  for (const name of names) {
    const value = element.getAttribute(name);
    if (value !== null && value.trim() !== '') return value;
  }
  return undefined;
}

/** The edge's own `<spells>` (not those of anything nested in it). */
function spellsOf(edge: Element): Element[] {
  const spells: Element[] = [];
  for (const child of Array.from(edge.children)) {
    if (child.localName === 'spells') spells.push(...Array.from(child.children).filter((c) => c.localName === 'spell'));
  }
  return spells;
}

/** Direction and time of one edge element, as stated in the file. */
function edgeFacts(edge: Element, defaultDirected: boolean | undefined): { facts: EdgeFacts; spells: number } {
  const facts: EdgeFacts = {};
  const directed = statedDirection(edge.getAttribute('type')) ?? defaultDirected;
  if (directed !== undefined) facts.directed = directed;
  let start = firstAttribute(edge, ['start', 'startopen']);
  let end = firstAttribute(edge, ['end', 'endopen']);
  const timestamp = firstAttribute(edge, ['timestamp']);
  const spells = spellsOf(edge);
  if (start === undefined && end === undefined && spells.length > 0) {
    // Several spells become one span from the first start to the last end.
    const starts = spells
      .map((s) => firstAttribute(s, ['start', 'startopen', 'timestamp']))
      .filter((v) => v !== undefined);
    const ends = spells.map((s) => firstAttribute(s, ['end', 'endopen', 'timestamp'])).filter((v) => v !== undefined);
    start = starts.sort()[0];
    end = ends.sort()[ends.length - 1];
  }
  if (start !== undefined) facts.start = start;
  if (end !== undefined) facts.end = end;
  if (timestamp !== undefined) facts.date = timestamp;
  return { facts, spells: spells.length };
}

/** Reads a GEXF file, telling `progress` each step. Never throws. */
export function readGexf(file: InputFile, progress?: ImportProgress): ReadOutcome {
  // GEXF declares its nodes before its edges, so edge ends are checked as the file is read.
  const opened = openXmlGraph(file.name, file.text, 'gexf', 'GEXF', progress, watchEdgeEnds(file.name));
  if (!opened.ok) return failed(opened.problems);
  const { doc, graph: graphElement } = opened;

  progress?.('checking');
  const checks = checkXmlGraph(file.name, doc);
  if (checks.problems.length > 0) return failed(checks.problems);

  const defaultDirected = statedDirection(graphElement.getAttribute('defaultedgetype'));
  const facts = new Map<string, EdgeFacts>();
  let multiSpell = 0;
  checks.edges.forEach((edge) => {
    const read = edgeFacts(edge, defaultDirected);
    facts.set(edge.getAttribute('id') as string, read.facts);
    if (read.spells > 1) multiSpell++;
  });

  progress?.('building');
  let graph: MultiGraph;
  try {
    // doc came from xmlPlatform().parse: a document of the class the parser checks with instanceof.
    graph = xmlPlatform().parseGexf(MultiGraph, doc, {
      allowUndeclaredAttributes: true,
      respectInputGraphType: true,
    }) as MultiGraph;
  } catch (error) {
    return failed([msg('xml_unreadable', { file: file.name, format: 'GEXF', detail: (error as Error).message })]);
  }
  const { network, warnings } = networkFromGraph({
    file: file.name,
    name: baseName(file.name),
    graph,
    edgeFacts: facts,
    defaultDirected: false,
  });
  if (multiSpell > 0) {
    warnings.push(msg('xml_several_spells', { file: file.name, count: multiSpell }));
  }
  return { ok: true, network, warnings: [...checks.warnings, ...warnings] };
}
