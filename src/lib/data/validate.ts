/**
 * Checks a dataset against the schema and beyond it: unique ids, existing endpoints, dates
 * not after their sources, quotes that are exact substrings of their documents, source
 * files that match their listing, every document cited, no duplicate relation.
 *
 * Pure: the caller reads the files (node CLI, browser loader, importer) and passes their
 * contents. Every problem names its file and JSON path.
 */
import type { ZodMiniType } from 'zod/mini';
import {
  actorSchema,
  documentSchema,
  relationSchema,
  type Actor,
  type Dataset,
  type Relation,
  type SourceDocument,
} from './schema.ts';
import { parsePartialDate } from './partial-date.ts';
import { RELATION_TYPES } from './relation-types.ts';
import { findNearestMatch } from './nearest-match.ts';
import { formatProblem, type Problem } from './problem.ts';

export { formatProblem, type Problem };

export interface DatasetFiles {
  documents: unknown;
  actors: unknown;
  relations: unknown;
  /** Text of every file under `sources/`, keyed by its path in the dataset ("sources/x.txt"). */
  sourceFiles: Record<string, string>;
  /** SHA-256 (hex) of each source file, when the caller can compute it. */
  sourceDigests?: Record<string, string>;
}

export interface ValidationResult {
  problems: Problem[];
  /** The typed dataset, present only when there are no problems. */
  dataset?: Dataset;
}

function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

/** Parses each item on its own so that one bad record does not hide the checks on the rest. */
function parseItems<T>(
  file: string,
  raw: unknown,
  schema: ZodMiniType<T>,
  problems: Problem[],
): { value: T; index: number }[] {
  if (!Array.isArray(raw)) {
    problems.push({ file, path: '$', message: 'must be a JSON array' });
    return [];
  }
  const items: { value: T; index: number }[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      items.push({ value: result.data, index });
    } else {
      for (const issue of result.error.issues) {
        problems.push({ file, path: jsonPath([index, ...issue.path]), message: issue.message });
      }
    }
  });
  return items;
}

function checkUniqueIds(file: string, items: { value: { id: string }; index: number }[], problems: Problem[]): void {
  const seen = new Map<string, number>();
  for (const { value, index } of items) {
    const first = seen.get(value.id);
    if (first !== undefined) {
      problems.push({
        file,
        path: `$[${index}].id`,
        message: `duplicate id "${value.id}" (first used at $[${first}])`,
      });
    } else {
      seen.set(value.id, index);
    }
  }
}

function checkDocuments(
  documents: { value: SourceDocument; index: number }[],
  files: DatasetFiles,
  problems: Problem[],
): void {
  const listed = new Set<string>();
  for (const { value: doc, index } of documents) {
    listed.add(doc.file);
    const text = files.sourceFiles[doc.file];
    if (text === undefined) {
      problems.push({
        file: 'documents.json',
        path: `$[${index}].file`,
        message: `source file "${doc.file}" does not exist`,
      });
      continue;
    }
    const digest = files.sourceDigests?.[doc.file];
    if (doc.sha256 && digest && digest !== doc.sha256) {
      problems.push({
        file: 'documents.json',
        path: `$[${index}].sha256`,
        message: `"${doc.file}" is not byte-identical to the listed document (SHA-256 ${digest})`,
      });
    }
  }
  for (const path of Object.keys(files.sourceFiles)) {
    if (!listed.has(path)) {
      problems.push({ file: path, path: '$', message: 'source file is not listed in documents.json' });
    }
  }
}

function relationKey(r: Relation): string {
  const ends = RELATION_TYPES[r.type].directed ? [r.source, r.target] : [r.source, r.target].sort();
  return [ends[0], ends[1], r.type, r.date ?? '', r.start ?? '', r.end ?? ''].join('|');
}

function checkRelations(
  relations: { value: Relation; index: number }[],
  actorIds: Set<string>,
  documentsById: Map<string, SourceDocument>,
  files: DatasetFiles,
  problems: Problem[],
): Set<string> {
  const file = 'relations.json';
  const cited = new Set<string>();
  const seen = new Map<string, number>();
  for (const { value: r, index } of relations) {
    const at = (p: string) => `$[${index}]${p}`;
    for (const end of ['source', 'target'] as const) {
      if (!actorIds.has(r[end])) {
        problems.push({ file, path: at(`.${end}`), message: `unknown actor "${r[end]}"` });
      }
    }
    if (r.source === r.target) {
      problems.push({ file, path: at('.target'), message: 'a relation must join two different actors' });
    }
    const start = r.start ? parsePartialDate(r.start) : null;
    const end = r.end ? parsePartialDate(r.end) : null;
    if (start && end && end.end <= start.start) {
      problems.push({ file, path: at('.end'), message: `end ${r.end} is before start ${r.start}` });
    }

    let latestPublication = -Infinity;
    r.evidence.forEach((evidence, e) => {
      const doc = documentsById.get(evidence.document);
      if (!doc) {
        problems.push({
          file,
          path: at(`.evidence[${e}].document`),
          message: `unknown document "${evidence.document}"`,
        });
        return;
      }
      cited.add(doc.id);
      const published = parsePartialDate(doc.published);
      if (published) latestPublication = Math.max(latestPublication, published.end);
      const text = files.sourceFiles[doc.file];
      if (text === undefined || text.includes(evidence.quote)) return;
      const near = findNearestMatch(evidence.quote, text);
      const hint = near
        ? `; nearest match (${near.matchedLength} of ${evidence.quote.length} characters agree) at line ${near.line}: "${near.sourceText}"`
        : '';
      problems.push({
        file,
        path: at(`.evidence[${e}].quote`),
        message: `quote is not an exact substring of ${doc.file}${hint}`,
      });
    });

    for (const field of ['date', 'start', 'end'] as const) {
      const value = r[field];
      const span = value ? parsePartialDate(value) : null;
      if (span && span.start >= latestPublication) {
        problems.push({
          file,
          path: at(`.${field}`),
          message: `${field} ${value} is after the publication of every document cited`,
        });
      }
    }

    const key = relationKey(r);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        file,
        path: at(''),
        message: `duplicate of relation $[${first}] (same actors, type and date); add its quote as a second evidence item instead`,
      });
    } else {
      seen.set(key, index);
    }
  }
  return cited;
}

export function validateDataset(files: DatasetFiles): ValidationResult {
  const problems: Problem[] = [];
  const documents = parseItems('documents.json', files.documents, documentSchema, problems);
  const actors = parseItems('actors.json', files.actors, actorSchema, problems);
  const relations = parseItems('relations.json', files.relations, relationSchema, problems);

  checkUniqueIds('documents.json', documents, problems);
  checkUniqueIds('actors.json', actors, problems);
  checkUniqueIds('relations.json', relations, problems);
  checkDocuments(documents, files, problems);

  const documentsById = new Map(documents.map(({ value }) => [value.id, value]));
  const actorIds = new Set(actors.map(({ value }) => value.id));
  const cited = checkRelations(relations, actorIds, documentsById, files, problems);

  for (const { value: doc, index } of documents) {
    if (!cited.has(doc.id)) {
      problems.push({ file: 'documents.json', path: `$[${index}]`, message: `document "${doc.id}" is never cited` });
    }
  }

  if (problems.length > 0) return { problems };
  const sources: Record<string, string> = {};
  for (const { value: doc } of documents) sources[doc.id] = files.sourceFiles[doc.file];
  return {
    problems,
    dataset: {
      documents: documents.map((d) => d.value),
      actors: actors.map((a) => a.value as Actor),
      relations: relations.map((r) => r.value),
      sources,
    },
  };
}
