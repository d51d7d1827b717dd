/**
 * The part of a network bundle (src/lib/export/bundle.ts) that mergeBundle reads: the
 * format marker and version, records with the fields the merge matches on (ids, ends,
 * type, dates, aliases, evidence), and the texts. Everything else about the records is
 * left to the dataset's validator, which checks the merged dataset as a whole.
 */
import * as z from 'zod/mini';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundle-format.ts';
import { problemAt, type Problem } from './problem.ts';
import { schemaIssueProblem } from './validate.ts';

/** What the merge reads of a bundle; every other rule is the dataset's, checked after merging. */
const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  name: z.optional(z.string()),
  documents: z.array(z.looseObject({ id: z.string() })),
  actors: z.array(
    z.looseObject({
      id: z.string(),
      aliases: z.optional(z.array(z.string())),
      ambiguousAliases: z.optional(z.array(z.string())),
    }),
  ),
  relations: z.array(
    z.looseObject({
      id: z.string(),
      source: z.string(),
      target: z.string(),
      type: z.string(),
      date: z.optional(z.string()),
      start: z.optional(z.string()),
      end: z.optional(z.string()),
      evidence: z.optional(z.array(z.looseObject({ document: z.string(), quote: z.string() }))),
    }),
  ),
  sources: z.record(z.string(), z.string()),
});
export type MergeBundleInput = z.infer<typeof bundleSchema>;

/** The bundle file's text as JSON, or the problem of a file that is not JSON. */
export function parseBundleText(
  file: string,
  text: string,
): { ok: true; value: unknown } | { ok: false; problems: Problem[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, problems: [problemAt(file, '$', 'load_not_json', { detail: (error as Error).message })] };
  }
}

/** The bundle, or why it is not one (wrong marker, newer version, records without the fields the merge reads). */
export function checkBundle(file: string, value: unknown): { bundle: MergeBundleInput } | { problems: Problem[] } {
  const format = (value as { format?: unknown } | null)?.format;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || format !== BUNDLE_FORMAT) {
    return { problems: [problemAt(file, '$', 'merge_not_a_bundle', { format: BUNDLE_FORMAT })] };
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    return { problems: [problemAt(file, '$.version', 'bundle_newer_version', { version, supported: BUNDLE_VERSION })] };
  }
  const parsed = bundleSchema.safeParse(value);
  if (parsed.success) return { bundle: parsed.data };
  return { problems: parsed.error.issues.map((issue) => schemaIssueProblem(file, [], issue, value)) };
}
