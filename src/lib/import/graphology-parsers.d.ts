/**
 * Types for the parser factories of graphology-gexf and graphology-graphml, which take the
 * DOMParser and Document classes to use (their /browser entries take the globals, which
 * workers do not have). Both packages ship these files without declarations.
 */
declare module 'graphology-gexf/common/parser.js' {
  import type { AbstractGraph, GraphConstructor } from 'graphology-types';

  /** Parses a document (or XML text) into a graph of the given class. */
  export type GraphologyXmlParse = (
    Graph: GraphConstructor,
    source: string | Document,
    options?: Record<string, unknown>,
  ) => AbstractGraph;

  export default function createParserFunction(DOMParser: unknown, Document: unknown): GraphologyXmlParse;
}

declare module 'graphology-graphml/common/parser.js' {
  import type { GraphologyXmlParse } from 'graphology-gexf/common/parser.js';

  export default function createParserFunction(DOMParser: unknown, Document: unknown): GraphologyXmlParse;
}
