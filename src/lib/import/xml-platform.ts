/**
 * Where the XML readers get their DOM from. In the page (and in jsdom for tests) it is the
 * global DOMParser; in the import worker, which has none, the worker installs the light DOM
 * (light-dom.ts) with `useLightDom()`. graphology-gexf and graphology-graphml are built for
 * the same DOM through their parser factories, so they check documents against the right
 * Document class.
 */
import createGexfParser from 'graphology-gexf/common/parser.js';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import type { GraphologyXmlParse } from 'graphology-gexf/common/parser.js';
import { LightDOMParser, LightDocument, parseLightXml } from './light-dom';

/** A DOM to parse XML with. */
export interface XmlPlatform {
  /** Parses text into a document; a malformed text gives a document with a <parsererror> element. */
  parse(text: string, onFraction?: (fraction: number) => void): Document;
  /** graphology-gexf's parse function for these documents. */
  parseGexf: GraphologyXmlParse;
  /** graphology-graphml's parse function for these documents. */
  parseGraphml: GraphologyXmlParse;
}

type DomParserClass = new () => { parseFromString(text: string, type: DOMParserSupportedType): unknown };
type DocumentClass = abstract new (...args: never[]) => unknown;

function platformOf(Parser: DomParserClass, DocumentType: DocumentClass, parse: XmlPlatform['parse']): XmlPlatform {
  return {
    parse,
    parseGexf: createGexfParser(Parser, DocumentType),
    parseGraphml: createGraphmlParser(Parser, DocumentType),
  };
}

let installed: XmlPlatform | undefined;
let browser: XmlPlatform | undefined;

/** The light DOM, for workers and other places without DOMParser. */
export function lightDomPlatform(): XmlPlatform {
  return platformOf(
    LightDOMParser,
    LightDocument,
    (text, onFraction) => parseLightXml(text, onFraction) as unknown as Document,
  );
}

/** The global DOMParser's platform (the browser's, or jsdom's). */
export function globalDomPlatform(): XmlPlatform {
  if (typeof DOMParser === 'undefined' || typeof Document === 'undefined') {
    throw new Error('this environment has no DOMParser; install another XML platform');
  }
  browser ??= platformOf(DOMParser, Document, (text) => new DOMParser().parseFromString(text, 'application/xml'));
  return browser;
}

/** Makes the readers use this platform (undefined: back to the global DOMParser). */
export function setXmlPlatform(platform: XmlPlatform | undefined): void {
  installed = platform;
}

/** Installs the light DOM; the import worker does this once. */
export function useLightDom(): void {
  setXmlPlatform(lightDomPlatform());
}

/** The platform in use: the one installed, else the global DOMParser's, else the light DOM. */
export function xmlPlatform(): XmlPlatform {
  if (installed) return installed;
  if (typeof DOMParser !== 'undefined') return globalDomPlatform();
  installed = lightDomPlatform();
  return installed;
}
