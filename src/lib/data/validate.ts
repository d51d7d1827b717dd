/**
 * Checks a dataset against the schema and beyond it: unique ids, existing endpoints, dates
 * not after their sources, quotes that are exact substrings of their documents, source
 * files that match their listing, every document cited, no duplicate relation.
 *
 * Pure: the caller reads the files (node CLI, browser loader, importer) and passes their
 * contents. Every problem names its file and JSON path and is a catalogue message, worded
 * by the page in its language and by the command line in English; the schema's own issues
 * are turned into messages here too (`schemaIssueProblem`).
 */
import type { ZodMiniType } from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
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
import { findNearestMatch } from './nearest-match.ts';
import { relationKey } from './relation-key.ts';
import { formatProblem, problemAt, type Problem } from './problem.ts';
import { checkAliases, checkClaims } from './validate-claims.ts';
import type { MessageKey, MessageParams } from '../i18n/messages.ts';
// Whoever loads the validator can word its problems: the whole catalogue comes with it.
import '../i18n/all-messages.ts';

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

export interface ValidationOptions {
  /**
   * The curated dataset's own rules on top: every evidence item says who makes the claim
   * and no alias silently names someone else. A bundle opened in the explorer need not.
   */
  curated?: boolean;
}

export interface ValidationResult {
  problems: Problem[];
  /** The typed dataset, present only when there are no problems. */
  dataset?: Dataset;
}

export function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

/**
 * The schemas' own wordings (src/lib/data/schema.ts and the bundle's lenient schema), each
 * with the catalogue key that says the same in every language.
 */
const SCHEMA_RULES: Readonly<Record<string, MessageKey>> = {
  'must be a kebab-case slug (a-z, 0-9, single hyphens)': 'validate_not_slug',
  'must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD': 'validate_not_partial_date',
  'must be a BCP 47 language tag such as "en" or "es"': 'validate_not_language_tag',
  'must be sources/<name>.txt': 'validate_not_source_path',
  'must be a lowercase hex SHA-256 digest': 'validate_not_sha256',
  'must be an ISO 3166-1 alpha-2 code': 'validate_not_country_code',
  'a quote must be at least 20 characters long': 'validate_quote_too_short',
  'every relation needs at least one evidence item': 'validate_no_evidence',
  'a relation has either a date (an act) or start/end (a standing tie), not both': 'validate_date_and_span',
};

/** The value at `path` inside `root`, or undefined when the path leads nowhere. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A value as the schema's messages show it: text in quotes, anything else as JSON writes it. */
function shownValue(value: unknown): string {
  return typeof value === 'bigint' ? String(value) : (JSON.stringify(value) ?? String(value));
}

/** The JSON type names of what a union accepted, from its branches' type issues. */
function unionTypes(issue: Extract<$ZodIssue, { code: 'invalid_union' }>): string[] {
  const types = issue.errors.flatMap((branch) =>
    branch.flatMap((inner) => (inner.code === 'invalid_type' && inner.path.length === 0 ? [inner.expected] : [])),
  );
  return [...new Set(types)];
}

/**
 * A schema issue as a problem of `file` at its JSON path (`base` leads to the value that was
 * checked). `checked` is that value, to tell a missing field from one of the wrong type.
 */
export function schemaIssueProblem(
  file: string,
  base: readonly PropertyKey[],
  issue: $ZodIssue,
  checked: unknown,
): Problem {
  const path = jsonPath([...base, ...issue.path]);
  const at = (key: MessageKey, params?: MessageParams) => problemAt(file, path, key, params);
  const rule = SCHEMA_RULES[issue.message];
  if (rule === 'validate_quote_too_short' && issue.code === 'too_small') {
    return at(rule, { minimum: Number(issue.minimum) });
  }
  if (rule) return at(rule);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'record' ? 'object' : issue.expected;
      const missing = valueAt(checked, issue.path) === undefined;
      return at(missing ? 'validate_required' : 'validate_wrong_type', { expected });
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return at(minimum === 1 ? 'validate_empty' : 'validate_too_short', { minimum });
      if (issue.origin === 'array') return at('validate_too_few_items', { minimum });
      break;
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return at('validate_too_long', { maximum });
      if (issue.origin === 'array') return at('validate_too_many_items', { maximum });
      break;
    }
    case 'invalid_value':
      if (issue.values.length === 1) return at('validate_not_value', { value: shownValue(issue.values[0]) });
      return at('validate_not_one_of', { values: issue.values.map(shownValue).join(', ') });
    case 'unrecognized_keys':
      return at('validate_unknown_fields', {
        fields: issue.keys.map((key) => JSON.stringify(key)).join(', '),
        count: issue.keys.length,
      });
    case 'invalid_format':
      if (issue.format === 'url') return at('validate_not_url');
      if (issue.format === 'regex' && issue.pattern) return at('validate_bad_pattern', { pattern: issue.pattern });
      return at('validate_bad_format', { format: issue.format });
    case 'invalid_union': {
      const types = unionTypes(issue);
      if (types.length > 0) return at('validate_no_type_matched', { types: types.join(', ') });
      break;
    }
    case 'custom':
      return at('validate_schema_rule', { rule: issue.message });
  }
  return at('validate_invalid');
}

/** Parses each item on its own so that one bad record does not hide the checks on the rest. */
function parseItems<T>(
  file: string,
  raw: unknown,
  schema: ZodMiniType<T>,
  problems: Problem[],
): { value: T; index: number }[] {
  if (!Array.isArray(raw)) {
    problems.push(problemAt(file, '$', 'validate_not_array'));
    return [];
  }
  const items: { value: T; index: number }[] = [];
  raw.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) {
      items.push({ value: result.data, index });
    } else {
      for (const issue of result.error.issues) problems.push(schemaIssueProblem(file, [index], issue, item));
    }
  });
  return items;
}

function checkUniqueIds(file: string, items: { value: { id: string }; index: number }[], problems: Problem[]): void {
  const seen = new Map<string, number>();
  for (const { value, index } of items) {
    const first = seen.get(value.id);
    if (first !== undefined) {
      problems.push(
        problemAt(file, `$[${index}].id`, 'validate_duplicate_id', { id: value.id, firstPath: `$[${first}]` }),
      );
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
      problems.push(
        problemAt('documents.json', `$[${index}].file`, 'validate_missing_source_file', { source: doc.file }),
      );
      continue;
    }
    const digest = files.sourceDigests?.[doc.file];
    if (doc.sha256 && digest && digest !== doc.sha256) {
      problems.push(
        problemAt('documents.json', `$[${index}].sha256`, 'validate_source_changed', { source: doc.file, digest }),
      );
    }
  }
  for (const path of Object.keys(files.sourceFiles)) {
    if (!listed.has(path)) problems.push(problemAt(path, '$', 'validate_source_not_listed'));
  }
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
        problems.push(problemAt(file, at(`.${end}`), 'validate_unknown_actor', { actor: r[end] }));
      }
    }
    if (r.source === r.target) problems.push(problemAt(file, at('.target'), 'validate_self_relation'));
    const start = r.start ? parsePartialDate(r.start) : null;
    const end = r.end ? parsePartialDate(r.end) : null;
    if (r.start && r.end && start && end && end.end <= start.start) {
      problems.push(problemAt(file, at('.end'), 'validate_end_before_start', { start: r.start, end: r.end }));
    }

    let latestPublication = -Infinity;
    r.evidence.forEach((evidence, e) => {
      const doc = documentsById.get(evidence.document);
      if (!doc) {
        problems.push(
          problemAt(file, at(`.evidence[${e}].document`), 'validate_unknown_document', {
            document: evidence.document,
          }),
        );
        return;
      }
      cited.add(doc.id);
      const published = parsePartialDate(doc.published);
      if (published) latestPublication = Math.max(latestPublication, published.end);
      const text = files.sourceFiles[doc.file];
      if (text === undefined || text.includes(evidence.quote)) return;
      const near = findNearestMatch(evidence.quote, text);
      const path = at(`.evidence[${e}].quote`);
      problems.push(
        near
          ? problemAt(file, path, 'validate_quote_near_match', {
              source: doc.file,
              matched: near.matchedLength,
              length: evidence.quote.length,
              line: near.line,
              sourceText: near.sourceText,
            })
          : problemAt(file, path, 'validate_quote_not_in_source', { source: doc.file }),
      );
    });

    for (const field of ['date', 'start', 'end'] as const) {
      const value = r[field];
      const span = value ? parsePartialDate(value) : null;
      if (value && span && span.start >= latestPublication) {
        problems.push(problemAt(file, at(`.${field}`), 'validate_date_after_sources', { field, value }));
      }
    }

    const key = relationKey(r);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(problemAt(file, at(''), 'validate_duplicate_relation', { firstPath: `$[${first}]` }));
    } else {
      seen.set(key, index);
    }
  }
  return cited;
}

export function validateDataset(files: DatasetFiles, options: ValidationOptions = {}): ValidationResult {
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
  checkClaims(relations, actorIds, options.curated ?? false, problems);
  if (options.curated) checkAliases(actors, problems);

  for (const { value: doc, index } of documents) {
    if (!cited.has(doc.id)) {
      problems.push(problemAt('documents.json', `$[${index}]`, 'validate_document_not_cited', { document: doc.id }));
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
