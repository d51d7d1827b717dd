/**
 * The app's own network bundle: { format: "petro-network-bundle", version: 1, name,
 * documents, actors, relations, sources }, a serialised Network. A bundle in the fixed
 * vocabulary with evidence on every relation is held to the dataset's strict rules
 * (validateDataset); any other is checked against the lenient schema below, which allows
 * any kind and type and optional evidence, but still wants every quote in its source.
 * Every problem reads "file: JSON path: message".
 */
import { z } from 'zod';
import type { Network, NetworkRelation } from '../data/network';
import { ACTOR_KINDS, documentSchema, partialDateSchema } from '../data/schema';
import { isRelationTypeId } from '../data/relation-types';
import { validateDataset, type Problem } from '../data/validate';
import { BUNDLE_FORMAT } from './detect';
import { plural } from './from-graph';
import { baseName, failed, type ReadOutcome } from './types';
import { cutLabel, endsBeforeStart } from './values';

import { BUNDLE_VERSION } from '../data/bundle-format';
export { BUNDLE_VERSION };

const attributesSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/** An actor of any kind, with the optional fields imported networks carry. */
export const lenientActorSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  kind: z.string().min(1),
  country: z.string().optional(),
  aliases: z.array(z.string()).default([]),
  description: z.string().optional(),
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
    evidence: z.array(z.strictObject({ document: z.string().min(1), quote: z.string().min(1) })).default([]),
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
});

type LenientBundle = z.infer<typeof lenientBundleSchema>;

function jsonPath(path: readonly PropertyKey[]): string {
  return '$' + path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

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

function strictProblems(file: string, bundle: LenientBundle): string[] {
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
  return problems.map((p) => `${file}: ${bundlePath(p, documentsByFile)}: ${p.message}`);
}

function lenientProblems(file: string, bundle: LenientBundle): string[] {
  const problems: string[] = [];
  const at = (path: string, message: string) => problems.push(`${file}: ${path}: ${message}`);
  const documentIds = new Set(bundle.documents.map((doc) => doc.id));
  const actorIndex = new Map<string, number>();
  bundle.actors.forEach((actor, i) => {
    const first = actorIndex.get(actor.id);
    if (first !== undefined) at(`$.actors[${i}].id`, `duplicate id "${actor.id}" (first used at $.actors[${first}])`);
    else actorIndex.set(actor.id, i);
  });
  const relationIndex = new Map<string, number>();
  const missingSources = new Set<string>();
  bundle.relations.forEach((relation, i) => {
    const first = relationIndex.get(relation.id);
    if (first !== undefined)
      at(`$.relations[${i}].id`, `duplicate id "${relation.id}" (first used at $.relations[${first}])`);
    else relationIndex.set(relation.id, i);
    for (const end of ['source', 'target'] as const) {
      if (!actorIndex.has(relation[end])) at(`$.relations[${i}].${end}`, `unknown actor "${relation[end]}"`);
    }
    if (relation.start && relation.end && endsBeforeStart(relation.start, relation.end)) {
      at(`$.relations[${i}].end`, `end ${relation.end} is before start ${relation.start}`);
    }
    relation.evidence.forEach((evidence, e) => {
      const path = `$.relations[${i}].evidence[${e}]`;
      const text = bundle.sources[evidence.document];
      if (!documentIds.has(evidence.document)) at(`${path}.document`, `unknown document "${evidence.document}"`);
      else if (text === undefined) missingSources.add(evidence.document);
      else if (!text.includes(evidence.quote))
        at(`${path}.quote`, `quote is not an exact substring of the source of "${evidence.document}"`);
    });
  });
  for (const id of missingSources) at('$.sources', `no text for document "${id}", which evidence cites`);
  return problems;
}

/** Reads a parsed bundle (a JSON object with the bundle's format marker). Never throws. */
export function readBundle(file: string, value: unknown): ReadOutcome {
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    return failed([
      `${file}: $.version: bundle version ${version} is newer than this app reads (version ${BUNDLE_VERSION})`,
    ]);
  }
  const parsed = lenientBundleSchema.safeParse(value);
  if (!parsed.success)
    return failed(parsed.error.issues.map((issue) => `${file}: ${jsonPath(issue.path)}: ${issue.message}`));
  const bundle = parsed.data;
  const problems = isStrictCompatible(bundle) ? strictProblems(file, bundle) : lenientProblems(file, bundle);
  if (problems.length > 0) return failed(problems);

  const warnings: string[] = [];
  const cut: string[] = [];
  const actors = bundle.actors.map((actor, i) => {
    const label = cutLabel(actor.label);
    if (label.cut) cut.push(`$.actors[${i}]`);
    return { ...actor, label: label.text };
  });
  for (const path of cut.slice(0, 5)) warnings.push(`${file}: ${path}.label: label cut to 500 characters`);
  if (cut.length > 5) warnings.push(`${file}: ${cut.length - 5} more labels cut to 500 characters`);
  const relations: NetworkRelation[] = bundle.relations.filter((r) => r.source !== r.target);
  const loops = bundle.relations.length - relations.length;
  if (loops > 0)
    warnings.push(
      `${file}: ${plural(loops, 'self-loop')} (relations of an actor with itself) left out; the explorer cannot show them`,
    );
  const network: Network = {
    name: bundle.name?.trim() || baseName(file),
    documents: bundle.documents,
    actors,
    relations,
    sources: bundle.sources,
  };
  return { ok: true, network, warnings };
}
