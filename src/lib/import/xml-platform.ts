/**
 * Where the XML readers get their DOM from: the global DOMParser and Document as they are
 * when this module is evaluated. In the page (and in jsdom for tests) that is the
 * browser's; in the import worker, which has none, it is the light DOM (light-dom.ts),
 * which the worker installs as the globals first (light-dom-globals.ts). The parsers come
 * from the documented public entries graphology-gexf/browser and graphology-graphml/browser,
 * which bind the same globals when they are evaluated (just before this module, as it
 * imports them) and accept only documents of the bound Document class (or text): so the
 * readers parse text with the bound DOMParser too, and hand the parsers those documents.
 * A scope without DOMParser that has not installed the light DOM cannot load the readers
 * (the entries throw "DOMParser is not defined").
 */
import { parse as parseGexf } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import { LightDOMParser, parseLightXml, type XmlWatcher } from './light-dom';

/** A DOM to parse XML with. */
export interface XmlPlatform {
  /** Which DOM: the light one, or the browser's (jsdom's in tests). */
  dom: 'light' | 'browser';
  /** Parses text into a document; a malformed text gives a document with a <parsererror> element. */
  parse(text: string, onFraction?: (fraction: number) => void, watch?: XmlWatcher): Document;
  /** graphology-gexf's parse function, for these documents. */
  parseGexf: typeof parseGexf;
  /** graphology-graphml's parse function, for these documents. */
  parseGraphml: typeof parseGraphml;
}

/** The DOMParser the library's parsers were bound to. */
const BoundDOMParser: typeof DOMParser = globalThis.DOMParser;

// The light DOM's own parser reports progress and lets a watcher stop it early; the browser's cannot.
const platform: XmlPlatform =
  (BoundDOMParser as unknown) === LightDOMParser
    ? {
        dom: 'light',
        parse: (text, onFraction, watch) => parseLightXml(text, onFraction, watch) as unknown as Document,
        parseGexf,
        parseGraphml,
      }
    : {
        dom: 'browser',
        parse: (text) => new BoundDOMParser().parseFromString(text, 'application/xml'),
        parseGexf,
        parseGraphml,
      };

/** The platform the readers use, fixed when this module was evaluated. */
export function xmlPlatform(): XmlPlatform {
  return platform;
}
