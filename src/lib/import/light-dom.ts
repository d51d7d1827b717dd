/**
 * A small XML DOM for the import worker, where the browser's DOMParser does not exist.
 * Parsing is done by saxes (the strict XML parser jsdom uses, so a malformed file is
 * reported in jsdom's words, "L:C: message"); the tree implements only what the GEXF and
 * GraphML readers and graphology-gexf / graphology-graphml call on a document: child
 * lists, attributes, tag and namespace names, text, getElementsByTagName(NS), a tree
 * walker, and the few edits the readers make (set attributes, clone, insert, move, remove).
 * It is several times faster than @xmldom/xmldom on large files (its collections are
 * plain arrays, not live lists). A malformed file gives a document whose only element is
 * <parsererror>, as browsers do.
 */
import { SaxesParser } from 'saxes';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const COMMENT_NODE = 8;
const DOCUMENT_NODE = 9;

/** Any node of the tree. */
export abstract class LightNode {
  parentNode: LightParent | null = null;
  abstract readonly nodeType: number;
  abstract readonly nodeName: string;
  abstract get textContent(): string | null;

  get parentElement(): LightElement | null {
    return this.parentNode instanceof LightElement ? this.parentNode : null;
  }

  get nextSibling(): LightNode | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }

  get previousSibling(): LightNode | null {
    const siblings = this.parentNode?.childNodes;
    if (!siblings) return null;
    return siblings[siblings.indexOf(this) - 1] ?? null;
  }

  /** Takes the node out of its parent. */
  remove(): void {
    const parent = this.parentNode;
    if (!parent) return;
    const index = parent.childNodes.indexOf(this);
    if (index >= 0) parent.childNodes.splice(index, 1);
    this.parentNode = null;
  }

  abstract cloneNode(deep?: boolean): LightNode;
}

/** Text, CDATA sections and comments. */
export class LightCharacterData extends LightNode {
  constructor(
    readonly nodeType: number,
    public data: string,
  ) {
    super();
  }

  get nodeName(): string {
    return this.nodeType === TEXT_NODE ? '#text' : this.nodeType === CDATA_SECTION_NODE ? '#cdata-section' : '#comment';
  }

  get textContent(): string {
    return this.data;
  }

  get nodeValue(): string {
    return this.data;
  }

  cloneNode(): LightCharacterData {
    return new LightCharacterData(this.nodeType, this.data);
  }
}

/** What holds children: elements and the document. */
abstract class LightParent extends LightNode {
  childNodes: LightNode[] = [];

  get children(): LightElement[] {
    return this.childNodes.filter((node): node is LightElement => node instanceof LightElement);
  }

  get firstChild(): LightNode | null {
    return this.childNodes[0] ?? null;
  }

  get lastChild(): LightNode | null {
    return this.childNodes[this.childNodes.length - 1] ?? null;
  }

  appendChild<T extends LightNode>(node: T): T {
    node.remove();
    this.childNodes.push(node);
    node.parentNode = this;
    return node;
  }

  insertBefore<T extends LightNode>(node: T, reference: LightNode | null): T {
    if (reference === null) return this.appendChild(node);
    node.remove();
    const index = this.childNodes.indexOf(reference);
    if (index < 0) throw new Error('insertBefore: the reference node is not a child of this node');
    this.childNodes.splice(index, 0, node);
    node.parentNode = this;
    return node;
  }

  /** Descendant elements in document order whose qualified name is `name` ('*': all). */
  getElementsByTagName(name: string): LightElement[] {
    const found: LightElement[] = [];
    collect(this, name === '*' ? () => true : (element) => element.nodeName === name, found);
    return found;
  }

  /** Descendant elements in document order with this namespace and local name ('*' matches any). */
  getElementsByTagNameNS(namespace: string | null, localName: string): LightElement[] {
    const found: LightElement[] = [];
    collect(
      this,
      (element) =>
        (localName === '*' || element.localName === localName) &&
        (namespace === '*' || element.namespaceURI === (namespace || null)),
      found,
    );
    return found;
  }
}

function collect(parent: LightParent, matches: (element: LightElement) => boolean, found: LightElement[]): void {
  const nodes = parent.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node instanceof LightElement) {
      if (matches(node)) found.push(node);
      if (node.childNodes.length > 0) collect(node, matches, found);
    }
  }
}

function appendText(parent: LightParent, parts: string[]): void {
  for (const node of parent.childNodes) {
    if (node instanceof LightElement) appendText(node, parts);
    else if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE)
      parts.push((node as LightCharacterData).data);
  }
}

/** An element: its qualified name, namespace, attributes (by qualified name) and children. */
export class LightElement extends LightParent {
  readonly nodeType = ELEMENT_NODE;
  readonly attributeMap = new Map<string, string>();

  constructor(
    readonly nodeName: string,
    readonly localName: string,
    readonly prefix: string | null,
    readonly namespaceURI: string | null,
  ) {
    super();
  }

  get tagName(): string {
    return this.nodeName;
  }

  get textContent(): string {
    if (this.childNodes.length === 1 && this.childNodes[0] instanceof LightCharacterData) {
      const only = this.childNodes[0];
      return only.nodeType === COMMENT_NODE ? '' : only.data;
    }
    const parts: string[] = [];
    appendText(this, parts);
    return parts.join('');
  }

  getAttribute(name: string): string | null {
    return this.attributeMap.get(name) ?? null;
  }

  hasAttribute(name: string): boolean {
    return this.attributeMap.has(name);
  }

  setAttribute(name: string, value: string): void {
    this.attributeMap.set(name, String(value));
  }

  removeAttribute(name: string): void {
    this.attributeMap.delete(name);
  }

  getAttributeNames(): string[] {
    return [...this.attributeMap.keys()];
  }

  cloneNode(deep = false): LightElement {
    const copy = new LightElement(this.nodeName, this.localName, this.prefix, this.namespaceURI);
    for (const [name, value] of this.attributeMap) copy.attributeMap.set(name, value);
    if (deep) for (const child of this.childNodes) copy.appendChild(child.cloneNode(true));
    return copy;
  }
}

/** Walks the elements under a root in document order, the root first (NodeFilter.SHOW_ELEMENT only). */
export class LightElementWalker {
  currentNode: LightNode;
  private readonly order: LightElement[];
  private position = 0;

  constructor(root: LightNode) {
    this.currentNode = root;
    this.order = root instanceof LightParent ? root.getElementsByTagName('*') : [];
  }

  nextNode(): LightNode | null {
    const next = this.order[this.position] ?? null;
    if (next === null) return null;
    this.position++;
    this.currentNode = next;
    return next;
  }
}

/** The document: its root element and the factories the readers use. */
export class LightDocument extends LightParent {
  readonly nodeType = DOCUMENT_NODE;
  readonly nodeName = '#document';

  get textContent(): null {
    return null;
  }

  get documentElement(): LightElement | null {
    return this.children[0] ?? null;
  }

  createElement(name: string): LightElement {
    const colon = name.indexOf(':');
    return new LightElement(
      name,
      colon < 0 ? name : name.slice(colon + 1),
      colon < 0 ? null : name.slice(0, colon),
      null,
    );
  }

  createTextNode(data: string): LightCharacterData {
    return new LightCharacterData(TEXT_NODE, data);
  }

  /** Only element walks are supported: the readers ask for nothing else. */
  createTreeWalker(root: LightNode, whatToShow = 1): LightElementWalker {
    if (whatToShow !== 1) throw new Error('This XML document can only walk elements');
    return new LightElementWalker(root);
  }

  cloneNode(deep = false): LightDocument {
    const copy = new LightDocument();
    if (deep) for (const child of this.childNodes) copy.appendChild(child.cloneNode(true));
    return copy;
  }
}

/** Text given to saxes at a time, so that progress can be reported between chunks. */
const CHUNK_CHARS = 1 << 20;

/**
 * Deepest element nesting read. GEXF and GraphML (yEd's included) nest a dozen levels or
 * so; a hostile file nesting 100,000 would overflow the stack of every recursive walk and
 * take minutes to build, so it is refused at the level where it goes past this.
 */
export const MAX_XML_DEPTH = 256;

/** Why the light parser stopped reading a well-formed-so-far file on purpose. */
export type XmlRefusalCode = 'depth' | 'stopped';

/**
 * Thrown to stop a parse on purpose: by the parser (nesting past MAX_XML_DEPTH) or by a watcher that has seen enough problems. It becomes a <parsererror>
 * element with `code`, `line` and `column` attributes, which parseXml words.
 */
export class XmlRefusal extends Error {
  constructor(
    readonly code: XmlRefusalCode,
    readonly line = 0,
    readonly column = 0,
  ) {
    super(code);
  }
}

/** An opened element as a watcher sees it: its local name and its attributes. */
export interface WatchedElement {
  local: string;
  attribute(name: string): string | undefined;
  line: number;
  column: number;
}

/** Hears every element as it opens; may throw an XmlRefusal to stop the parse. */
export type XmlWatcher = (element: WatchedElement) => void;

function failedDocument(error: unknown): LightDocument {
  const failed = new LightDocument();
  const element = failed.appendChild(failed.createElement('parsererror'));
  if (error instanceof XmlRefusal) {
    element.setAttribute('code', error.code);
    element.setAttribute('line', String(error.line));
    element.setAttribute('column', String(error.column));
  }
  element.appendChild(failed.createTextNode((error as Error)?.message ?? String(error)));
  return failed;
}

/**
 * Parses XML text into a LightDocument, or a document holding a <parsererror> element with
 * saxes' message ("line:column: message") when the text is not well-formed XML, or with a
 * refusal code (see XmlRefusal). Internal entities are read as jsdom reads them; the
 * dangerous ones (external, nested) never get here: parseXml refuses them first.
 * `onFraction` hears how much of the text has been parsed, between chunks;
 * `watch` hears each element as it opens.
 */
export function parseLightXml(
  text: string,
  onFraction?: (fraction: number) => void,
  watch?: XmlWatcher,
): LightDocument {
  const doc = new LightDocument();
  const parser = new SaxesParser({ xmlns: true, position: true, defaultXMLVersion: '1.0', forceXMLVersion: true });
  const stack: LightParent[] = [doc];
  let top: LightParent = doc;
  const append = (node: LightNode) => {
    top.childNodes.push(node);
    node.parentNode = top;
  };
  parser.on('text', (data) => {
    // Like browsers, no text outside the root element.
    if (stack.length > 1) append(new LightCharacterData(TEXT_NODE, data));
  });
  parser.on('cdata', (data) => append(new LightCharacterData(CDATA_SECTION_NODE, data)));
  parser.on('comment', (data) => append(new LightCharacterData(COMMENT_NODE, data)));
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_XML_DEPTH) throw new XmlRefusal('depth', parser.line, parser.column);
    const element = new LightElement(tag.name, tag.local ?? tag.name, tag.prefix || null, tag.uri || null);
    const attributes = tag.attributes as Record<string, { value: string }>;
    for (const name in attributes) element.attributeMap.set(name, attributes[name].value);
    watch?.({
      local: element.localName,
      attribute: (name) => element.attributeMap.get(name),
      line: parser.line,
      column: parser.column,
    });
    append(element);
    stack.push(element);
    top = element;
  });
  parser.on('closetag', () => {
    stack.pop();
    top = stack[stack.length - 1];
  });
  parser.on('doctype', (doctype) => {
    // Internal entities declared in the DOCTYPE, as jsdom reads them.
    const entity = /<!ENTITY ([^ ]+) "([^"]+)">/g;
    for (let match = entity.exec(doctype); match; match = entity.exec(doctype)) {
      if (!(match[1] in parser.ENTITIES)) parser.ENTITIES[match[1]] = match[2];
    }
  });
  parser.on('error', (error) => {
    throw error;
  });
  try {
    for (let start = 0; start < text.length; start += CHUNK_CHARS) {
      parser.write(text.slice(start, start + CHUNK_CHARS));
      onFraction?.(Math.min(1, (start + CHUNK_CHARS) / text.length));
    }
    parser.close();
  } catch (error) {
    return failedDocument(error);
  }
  return doc;
}

/** A DOMParser look-alike over parseLightXml, for code written against the browser's. */
export class LightDOMParser {
  parseFromString(text: string): LightDocument {
    return parseLightXml(text);
  }
}

/**
 * Makes the light DOM the global DOMParser and Document, for code that takes the DOM from
 * the globals: graphology-gexf/browser and graphology-graphml/browser bind them when they
 * are evaluated, and check documents with `instanceof Document`. Nothing else of the DOM is
 * global in their parsers (no Node, NodeFilter or XMLSerializer).
 */
export function installLightDomGlobals(scope: object = globalThis): void {
  Object.assign(scope, { DOMParser: LightDOMParser, Document: LightDocument });
}
