/**
 * Opening network files: GEXF, GraphML, graphology JSON, the app's own bundle, or a pair
 * of Gephi-style CSV tables, each turned into a Network. The one entry point,
 * `importNetwork`, never throws: whatever the files hold, it answers with a network and
 * warnings, or with problems that name the file and, where it applies, the line or record.
 * Both are catalogue messages, worded by the page in its language.
 */
import type { Network } from '../data/network';
// The importer's messages, and the vocabulary's words it recognises, come from the whole catalogue.
import '../i18n/all-messages';
import { msg, type Message } from '../i18n/messages';
import { readBundle } from './bundle';
import { pairCsvFiles, readCsv } from './csv';
import { classifyJson, parseJson, sniff } from './detect';
import { readGexf } from './gexf';
import { readGraphml } from './graphml';
import { readGraphologyJson } from './graphology-json';
import { MAX_PROBLEMS, type ImportProgress, type InputFile, type ReadOutcome } from './types';

export type { ImportPhase, ImportProgress, InputFile } from './types';
export { BUNDLE_FORMAT } from './detect';
export { BUNDLE_VERSION } from './bundle';

/** The format a network was read from. */
export type ImportFormat = 'bundle' | 'graphology-json' | 'gexf' | 'graphml' | 'csv';

/**
 * A network with warnings (things changed or guessed on the way in: self-loops left out,
 * labels cut, nodes made from edge endpoints), or the problems that stop the import.
 */
export type ImportResult =
  { ok: true; network: Network; format: ImportFormat; warnings: Message[] } | { ok: false; problems: Message[] };

/** Files larger than this are refused before they are parsed. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export { MAX_PROBLEMS } from './types';

const MEGABYTE = 1024 * 1024;

/** Megabytes to one decimal, as the size limit's message shows them. */
function megabytes(bytes: number): number {
  return Math.round((bytes / MEGABYTE) * 10) / 10;
}

function limited(problems: Message[]): Message[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = msg('import_more_problems', { count: problems.length - MAX_PROBLEMS });
  return [...problems.slice(0, MAX_PROBLEMS), more];
}

function withFormat(outcome: ReadOutcome, format: ImportFormat): ImportResult {
  return outcome.ok ? { ...outcome, format } : { ok: false, problems: limited(outcome.problems) };
}

function readSingle(file: InputFile, format: 'gexf' | 'graphml' | 'json', progress?: ImportProgress): ImportResult {
  if (format === 'gexf') return withFormat(readGexf(file, progress), 'gexf');
  if (format === 'graphml') return withFormat(readGraphml(file, progress), 'graphml');
  progress?.('parsing');
  const parsed = parseJson(file);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const kind = classifyJson(file.name, parsed.value);
  if (!kind.ok) return { ok: false, problems: [kind.problem] };
  progress?.('building');
  if (kind.kind === 'bundle') return withFormat(readBundle(file.name, parsed.value), 'bundle');
  return withFormat(readGraphologyJson(file.name, parsed.value as Record<string, unknown>), 'graphology-json');
}

function importFiles(files: InputFile[], progress?: ImportProgress): ImportResult {
  if (files.length === 0) return { ok: false, problems: [msg('import_no_file')] };
  const tooBig = files
    .map((file) => ({ file, bytes: file.size ?? file.text.length }))
    .filter(({ bytes }) => bytes > MAX_FILE_BYTES)
    .map(({ file, bytes }) =>
      msg('import_too_large', { file: file.name, size: megabytes(bytes), limit: megabytes(MAX_FILE_BYTES) }),
    );
  if (tooBig.length > 0) return { ok: false, problems: tooBig };

  const sniffed = files.map((file) => ({ file, result: sniff(file) }));
  const refused = sniffed.flatMap(({ result }) => (result.ok ? [] : [result.problem]));
  if (refused.length > 0) return { ok: false, problems: refused };

  const csv = sniffed.filter(({ result }) => result.ok && result.format === 'csv').map(({ file }) => file);
  if (files.length > 1 && csv.length !== files.length) {
    return {
      ok: false,
      problems: [msg('import_many_files', { files: files.map((file) => file.name).join(', ') })],
    };
  }
  if (csv.length > 0) {
    const pair = pairCsvFiles(csv);
    if ('problems' in pair) return { ok: false, problems: limited(pair.problems) };
    progress?.('building');
    return withFormat(readCsv(pair.edges, pair.nodes), 'csv');
  }
  const [{ file, result }] = sniffed;
  return readSingle(file, (result as { format: 'gexf' | 'graphml' | 'json' }).format, progress);
}

/** What an import can be told besides its files. */
export interface ImportOptions {
  /** Hears each step (parsing, checking, building) and, where known, how far through it is. */
  progress?: ImportProgress;
}

/**
 * Reads the files the user chose: one network file (GEXF, GraphML, graphology JSON or a
 * bundle), or one edges CSV with at most one nodes CSV. Synchronous: the page runs it in
 * the import worker (src/lib/io/import.worker.ts), tests call it directly. Never throws.
 */
export function importNetwork(files: InputFile[], options: ImportOptions = {}): ImportResult {
  try {
    return importFiles(files, options.progress);
  } catch (error) {
    // Every reader checks what it can; this is the last guard against a parser's surprise.
    const names = Array.isArray(files) ? files.map((file) => file?.name).join(', ') : '';
    const detail = (error as Error)?.message ?? String(error);
    const problem = names ? msg('import_unreadable', { files: names, detail }) : msg('import_failed', { detail });
    return { ok: false, problems: [problem] };
  }
}
