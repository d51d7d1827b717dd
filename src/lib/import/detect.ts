/**
 * Which reader a file needs, from its content first and its extension second: an XML root
 * of <gexf> or <graphml>, JSON (a bundle or a graphology graph, told apart once parsed),
 * or a delimited table. Everything else (web pages, PDFs, images, random bytes) is named
 * as such instead of being fed to a parser.
 */
import { msg, type Message } from '../i18n/messages';
import { extensionOf, stripBom, type InputFile } from './types';

/** The reader a file goes to; JSON is told apart once parsed. */
export type SniffedFormat = 'gexf' | 'graphml' | 'json' | 'csv';
/** The reader for a file, or why there is none. */
export type Sniffed = { ok: true; format: SniffedFormat } | { ok: false; problem: Message };
/** The two JSON formats. */
export type JsonKind = 'bundle' | 'graphology-json';

import { BUNDLE_FORMAT } from '../data/bundle-format';
export { BUNDLE_FORMAT };

const SPREADSHEETS = new Set(['xlsx', 'xls', 'ods', 'numbers']);
const HTML_ROOTS = new Set(['html', 'head', 'body']);

/** The generic refusal. */
export function notANetwork(name: string): Message {
  return msg('import_not_a_network', { file: name });
}

/** NUL bytes, or many control or replacement characters, mean the file is not text. */
function looksBinary(head: string): boolean {
  if (head.includes('\u0000')) return true;
  // Control characters are what this looks for.
  // eslint-disable-next-line no-control-regex
  const odd = head.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return odd > head.length * 0.05;
}

/** The root element's name (lower case, without prefix) and whether a DOCTYPE says html. */
function xmlRoot(head: string): { name?: string; htmlDoctype: boolean } {
  let rest = head;
  let htmlDoctype = false;
  for (;;) {
    rest = rest.trimStart();
    const prolog = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>[]*(?:\[[\s\S]*?\])?\s*>)/i.exec(rest);
    if (!prolog) break;
    if (/^<!doctype\s+html/i.test(prolog[0])) htmlDoctype = true;
    rest = rest.slice(prolog[0].length);
  }
  const name = /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1];
  return { name: name?.split(':').pop()?.toLowerCase(), htmlDoctype };
}

/** A first line with a comma, semicolon or tab separating at least two names. */
function looksTabular(head: string): boolean {
  const firstLine = head.split(/\r?\n/, 1)[0];
  return /[,;\t]/.test(firstLine) && firstLine.length < 10_000;
}

/** Decides which reader a file goes to, or why none will. */
export function sniff(file: InputFile): Sniffed {
  const { name } = file;
  const extension = extensionOf(name);
  const text = stripBom(file.text);
  if (!/\S/.test(text)) return { ok: false, problem: msg('import_empty_file', { file: name }) };
  if (SPREADSHEETS.has(extension)) return { ok: false, problem: msg('import_spreadsheet', { file: name }) };
  const head = text.slice(0, 4096);
  if (looksBinary(head)) return { ok: false, problem: notANetwork(name) };
  const start = head.trimStart();

  if (start.startsWith('<')) {
    const root = xmlRoot(start);
    if (root.htmlDoctype || (root.name && HTML_ROOTS.has(root.name))) {
      return { ok: false, problem: msg('import_web_page', { file: name }) };
    }
    if (root.name === 'gexf' || root.name === 'graphml') return { ok: true, format: root.name };
    if (root.name) {
      return { ok: false, problem: msg('import_other_xml', { file: name, root: root.name }) };
    }
  }
  if (start.startsWith('{') || start.startsWith('[')) return { ok: true, format: 'json' };
  if (extension === 'gexf' || extension === 'graphml' || extension === 'json') return { ok: true, format: extension };
  if (extension === 'csv' || extension === 'tsv' || looksTabular(head)) return { ok: true, format: 'csv' };
  return { ok: false, problem: notANetwork(name) };
}

/** Line and column (from 1) of a character position. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(position, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * Where and why JSON.parse stopped: line and column when they can be told, and the engine's
 * message without its place. Engines word the error differently (V8: "at position 12 (line
 * 1 column 13)", Firefox: "at line 1 column 13 of the JSON data", Safari: no place at all),
 * so the place is read from either.
 */
export function describeJsonError(raw: string, text: string): { line?: number; column?: number; message: string } {
  let place: { line: number; column: number } | undefined;
  const lineMatch = /line (\d+) column (\d+)/i.exec(raw);
  const positionMatch = /position (\d+)/i.exec(raw);
  if (lineMatch) place = { line: +lineMatch[1], column: +lineMatch[2] };
  else if (positionMatch) place = lineAndColumn(text, +positionMatch[1]);
  else if (/end of (?:JSON input|data)|EOF/i.test(raw)) place = lineAndColumn(text, text.length);
  const message = raw
    .replace(/^JSON(?:\.parse:| Parse error:)\s*/i, '')
    .replace(/\s*(?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/i, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data/i, '')
    .trim();
  return place ? { ...place, message } : { message };
}

/** Parses JSON, or says where and why it is malformed. */
/** Deepest nesting of arrays and objects read; network files nest a handful of levels. */
export const MAX_JSON_DEPTH = 256;

/**
 * Where the text's arrays and objects first nest deeper than `max`, or null. One pass over
 * the characters, skipping strings: JSON.parse would build a million nested arrays, and
 * every walk over them after it would overflow the stack.
 */
export function jsonTooDeepAt(text: string, max = MAX_JSON_DEPTH): { line: number; column: number } | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92 /* \\ */) i++;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 /* [ */ || code === 123 /* { */) {
      if (++depth > max) {
        const before = text.slice(0, i);
        const line = (before.match(/\n/g) ?? []).length + 1;
        return { line, column: i - before.lastIndexOf('\n') };
      }
    } else if (code === 93 /* ] */ || code === 125 /* } */) depth--;
  }
  return null;
}

export function parseJson(file: InputFile): { ok: true; value: unknown } | { ok: false; problem: Message } {
  const text = stripBom(file.text);
  const tooDeep = jsonTooDeepAt(text);
  if (tooDeep)
    return { ok: false, problem: msg('json_too_deep', { file: file.name, ...tooDeep, max: MAX_JSON_DEPTH }) };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const { line, column, message } = describeJsonError((error as Error)?.message ?? String(error), text);
    const problem =
      line === undefined || column === undefined
        ? msg('json_malformed', { file: file.name, detail: message })
        : msg('json_malformed_at', { file: file.name, line, column, detail: message });
    return { ok: false, problem };
  }
}

/** What a parsed JSON value is, or why it is neither a bundle nor a graphology graph. */
export function classifyJson(
  name: string,
  value: unknown,
): { ok: true; kind: JsonKind } | { ok: false; problem: Message } {
  const record =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  if (record?.format === BUNDLE_FORMAT) return { ok: true, kind: 'bundle' };
  if (record && Array.isArray(record.nodes)) return { ok: true, kind: 'graphology-json' };
  return { ok: false, problem: msg('json_not_a_network', { file: name }) };
}
