/**
 * The app's own network bundle: { format: "petro-network-bundle", version: 1, name,
 * documents, actors, relations, sources, review? }, a serialised Network (review: the
 * coding desk's decisions, in a workspace bundle). A bundle in the fixed
 * vocabulary with evidence on every relation is held to the dataset's strict rules
 * (validateDataset); any other is checked against the lenient schema below, which allows
 * any kind and type and optional evidence, but still wants every quote in its source.
 * Every problem is a message that reads "file: JSON path: what is wrong", with the same
 * keys as the dataset validator's where the rule is the same.
 */
import { z } from 'zod';
import type { Network, NetworkRelation } from '../data/network';
import { movedProblem, problemAt, type Problem } from '../data/problem';
import { ACTOR_KINDS, documentSchema, partialDateSchema } from '../data/schema';
import { isRelationTypeId } from '../vocabulary/relation-types';
import { CLAIM_IDS } from '../vocabulary/claims';
import { schemaIssueProblem, validateDataset } from '../data/validate';
import { msg, type Message, type MessageKey, type MessageParams } from '../i18n/messages';
import { BUNDLE_FORMAT } from './detect';
import { baseName, failed, type ReadOutcome } from './types';
import { MAX_LABEL_LENGTH, cutLabel, endsBeforeStart } from './values';

import { BUNDLE_VERSION } from '../data/bundle-format';
export { BUNDLE_VERSION };

/** The longest id a review may name (a suggestion id or an actor id). */
const MAX_ID_LENGTH = 400;

const attributesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/** An actor of any kind, with the optional fields imported networks carry. */
export const lenientActorSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  kind: z.string().min(1),
  country: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  ambiguousAliases: z.array(z.string()).optional(),
  description: z.string().optional(),
  translations: z.strictObject({ es: z.strictObject({ description: z.string().optional() }).optional() }).optional(),
  x: z.number().optional(),
  y: z.number().optional(),
  color: z.string().optional(),
  attributes: attributesSchema.optional(),
});

/** A relation of any type; evidence optional, but when present it is checked against the source. */
export const lenientRelationSchema = z
  .strictObject({
    id: z.string().min(1),
    source: z.string().min(1),
    target: z.string().min(1),
    type: z.string().min(1),
    date: z.optional(partialDateSchema),
    start: z.optional(partialDateSchema),
    end: z.optional(partialDateSchema),
    summary: z.string().optional(),
    translations: z.strictObject({ es: z.strictObject({ summary: z.string().optional() }).optional() }).optional(),
    evidence: z
      .array(
        z.strictObject({
          document: z.string().min(1),
          quote: z.string().min(1),
          claim: z.enum(CLAIM_IDS).optional(),
          speaker: z.string().min(1).optional(),
        }),
      )
      .default([]),
    directed: z.boolean().optional(),
    weight: z.number().optional(),
    attributes: attributesSchema.optional(),
  })
  .refine((r) => !(r.date && (r.start || r.end)), {
    message: 'a relation has either a date (an act) or start/end (a standing tie), not both',
    path: ['date'],
  });

/** The whole bundle, leniently. */
export const lenientBundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  name: z.string().optional(),
  documents: z.array(documentSchema).default([]),
  actors: z.array(lenientActorSchema),
  relations: z.array(lenientRelationSchema),
  sources: z.record(z.string(), z.string()).default({}),
  review: z
    .strictObject({
      decisions: z.record(z.string().min(1).max(MAX_ID_LENGTH), z.enum(['accepted', 'rejected'])).default({}),
      mentionChoices: z
        .record(z.string().min(1), z.record(z.string().regex(/^\d+$/), z.string().min(1).max(MAX_ID_LENGTH)))
        .optional(),
    })
    .optional(),
});

type LenientBundle = z.infer<typeof lenientBundleSchema>;

/** Cut labels named one by one in the warnings before the rest are only counted. */
const NAMED_CUT_LABELS = 5;

/** Fields a Network adds to the dataset's records; the strict rules do not know them. */
const NETWORK_ONLY = ['x', 'y', 'color', 'attributes', 'directed', 'weight'];

function withoutNetworkFields(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !NETWORK_ONLY.includes(key)));
}

/** Fixed vocabulary and evidence everywhere: the bundle claims to be a dataset. */
function isStrictCompatible(bundle: LenientBundle): boolean {
  return (
    bundle.actors.every((a) => (ACTOR_KINDS as readonly string[]).includes(a.kind)) &&
    bundle.relations.every((r) => isRelationTypeId(r.type) && r.evidence.length > 0)
  );
}

/** A validateDataset problem as a path inside the bundle ("relations.json: $[2]" → "$.relations[2]"). */
function bundlePath(problem: Problem, documentsByFile: Map<string, string>): string {
  const section = /^(documents|actors|relations)\.json$/.exec(problem.file)?.[1];
  if (section) return `$.${section}${problem.path.slice(1)}`;
  const id = documentsByFile.get(problem.file);
  return id === undefined ? '$.sources' : `$.sources[${JSON.stringify(id)}]`;
}

function strictProblems(file: string, bundle: LenientBundle): Message[] {
  const sourceFiles: Record<string, string> = {};
  const documentsByFile = new Map<string, string>();
  for (const doc of bundle.documents) {
    documentsByFile.set(doc.file, doc.id);
    const text = bundle.sources[doc.id];
    if (text !== undefined) sourceFiles[doc.file] = text;
  }
  const { problems } = validateDataset({
    documents: bundle.documents,
    actors: bundle.actors.map(withoutNetworkFields),
    relations: bundle.relations.map(withoutNetworkFields),
    sourceFiles,
  });
  return problems.map((p) => movedProblem(p, file, bundlePath(p, documentsByFile)).message);
}

function lenientProblems(file: string, bundle: LenientBundle): Message[] {
  const problems: Problem[] = [];
  const at = (path: string, key: MessageKey, params?: MessageParams) =>
    problems.push(problemAt(file, path, key, params));
  const documentIds = new Set(bundle.documents.map((doc) => doc.id));
  const actorIndex = new Map<string, number>();
  bundle.actors.forEach((actor, i) => {
    const first = actorIndex.get(actor.id);
    if (first !== undefined) {
      at(`$.actors[${i}].id`, 'validate_duplicate_id', { id: actor.id, firstPath: `$.actors[${first}]` });
    } else actorIndex.set(actor.id, i);
  });
  const relationIndex = new Map<string, number>();
  const missingSources = new Set<string>();
  bundle.relations.forEach((relation, i) => {
    const first = relationIndex.get(relation.id);
    if (first !== undefined) {
      at(`$.relations[${i}].id`, 'validate_duplicate_id', { id: relation.id, firstPath: `$.relations[${first}]` });
    } else relationIndex.set(relation.id, i);
    for (const end of ['source', 'target'] as const) {
      const actor = relation[end];
      if (!actorIndex.has(actor)) at(`$.relations[${i}].${end}`, 'validate_unknown_actor', { actor });
    }
    if (relation.start && relation.end && endsBeforeStart(relation.start, relation.end)) {
      at(`$.relations[${i}].end`, 'validate_end_before_start', { start: relation.start, end: relation.end });
    }
    relation.evidence.forEach((evidence, e) => {
      const path = `$.relations[${i}].evidence[${e}]`;
      const text = bundle.sources[evidence.document];
      const { document } = evidence;
      if (!documentIds.has(document)) at(`${path}.document`, 'validate_unknown_document', { document });
      else if (text === undefined) missingSources.add(document);
      else if (!text.includes(evidence.quote)) at(`${path}.quote`, 'bundle_quote_not_in_source', { document });
    });
  });
  for (const document of missingSources) at('$.sources', 'bundle_missing_source', { document });
  return problems.map((problem) => problem.message);
}

/** Reads a parsed bundle (a JSON object with the bundle's format marker). Never throws. */
export function readBundle(file: string, value: unknown): ReadOutcome {
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    return failed([msg('bundle_newer_version', { file, path: '$.version', version, supported: BUNDLE_VERSION })]);
  }
  const parsed = lenientBundleSchema.safeParse(value);
  if (!parsed.success) {
    return failed(parsed.error.issues.map((issue) => schemaIssueProblem(file, [], issue, value).message));
  }
  const bundle = parsed.data;
  const problems = isStrictCompatible(bundle) ? strictProblems(file, bundle) : lenientProblems(file, bundle);
  if (problems.length > 0) return failed(problems);

  const warnings: Message[] = [];
  const cut: string[] = [];
  const actors = bundle.actors.map((actor, i) => {
    const label = cutLabel(actor.label);
    if (label.cut) cut.push(`$.actors[${i}]`);
    return { ...actor, label: label.text };
  });
  for (const path of cut.slice(0, NAMED_CUT_LABELS)) {
    warnings.push(msg('bundle_label_cut', { file, path: `${path}.label`, max: MAX_LABEL_LENGTH }));
  }
  if (cut.length > NAMED_CUT_LABELS) {
    warnings.push(msg('bundle_more_labels_cut', { file, count: cut.length - NAMED_CUT_LABELS, max: MAX_LABEL_LENGTH }));
  }
  const relations: NetworkRelation[] = bundle.relations.filter((r) => r.source !== r.target);
  const loops = bundle.relations.length - relations.length;
  if (loops > 0) warnings.push(msg('bundle_self_loops_left_out', { file, count: loops }));
  const network: Network = {
    name: bundle.name?.trim() || baseName(file),
    documents: bundle.documents,
    actors,
    relations,
    sources: bundle.sources,
    ...(bundle.review ? { review: bundle.review } : {}),
  };
  return { ok: true, network, warnings };
}
