/**
 * The data contract: the one place where the shape of the dataset is defined. The
 * TypeScript types are inferred from these schemas and the JSON Schema files in
 * `graph-data/schema/` are generated from them (`npm run schema`).
 */
// zod/mini: the same checks as zod with a fraction of its weight in the first-view bundle.
import * as z from 'zod/mini';
import { RELATION_TYPE_IDS } from '../vocabulary/relation-types.ts';
import { ACTOR_KINDS } from '../vocabulary/actor-kinds.ts';
import { CLAIM_IDS } from '../vocabulary/claims.ts';
import { isPartialDate } from './partial-date.ts';

const slug = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, single hyphens)'));

export const partialDateSchema = z
  .string()
  .check(
    z.refine(isPartialDate, 'must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD'),
    z.meta({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }),
  );

export { ACTOR_KINDS };

const nonEmpty = () => z.string().check(z.minLength(1));

export const documentSchema = z.strictObject({
  id: slug,
  title: nonEmpty(),
  publisher: nonEmpty(),
  author: z.optional(nonEmpty()),
  published: partialDateSchema,
  /** Language of the text, as a BCP 47 tag ("en", "es"): quotes stay in it and are labelled with it. */
  language: z.optional(
    z
      .string()
      .check(z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "es"')),
  ),
  file: z.string().check(z.regex(/^sources\/[^/]+\.txt$/, 'must be sources/<name>.txt')),
  url: z.optional(z.url()),
  /** SHA-256 of the source file, so a changed or re-wrapped copy is caught. */
  sha256: z.optional(z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256 digest'))),
});

export const actorSchema = z.strictObject({
  id: slug,
  label: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(ACTOR_KINDS),
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))),
  aliases: z.array(nonEmpty()),
  /**
   * Aliases that can also name someone else (shared, part of another actor's name, or a bare
   * first name): kept, but a mention of them is resolved from context rather than trusted.
   */
  ambiguousAliases: z.optional(z.array(nonEmpty())),
  description: nonEmpty(),
  /** The description in the explorer's other languages; the dataset is written in English. */
  translations: z.strictObject({ es: z.strictObject({ description: nonEmpty() }) }),
});

export const evidenceSchema = z.strictObject({
  document: slug,
  quote: z.string().check(z.minLength(20, 'a quote must be at least 20 characters long')),
  /**
   * Who says so: the document in its own voice, a named speaker, an allegation, or an act
   * the same document reports denied. Absent for imported evidence ("not coded").
   */
  claim: z.optional(z.enum(CLAIM_IDS)),
  /** The actor who says it; required when the claim is `attributed`. */
  speaker: z.optional(slug),
});

export const relationSchema = z
  .strictObject({
    id: slug,
    source: slug,
    target: slug,
    type: z.enum(RELATION_TYPE_IDS),
    date: z.optional(partialDateSchema),
    start: z.optional(partialDateSchema),
    end: z.optional(partialDateSchema),
    summary: nonEmpty(),
    /** The summary in the explorer's other languages. Quotes are never translated. */
    translations: z.strictObject({ es: z.strictObject({ summary: nonEmpty() }) }),
    evidence: z.array(evidenceSchema).check(z.minLength(1, 'every relation needs at least one evidence item')),
  })
  .check(
    z.refine((r) => !(r.date && (r.start || r.end)), {
      message: 'a relation has either a date (an act) or start/end (a standing tie), not both',
      path: ['date'],
    }),
  );

export const documentsSchema = z.array(documentSchema);
export const actorsSchema = z.array(actorSchema);
export const relationsSchema = z.array(relationSchema);

export type SourceDocument = z.infer<typeof documentSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = Actor['kind'];
export type Evidence = z.infer<typeof evidenceSchema>;
export type Relation = z.infer<typeof relationSchema>;

/** A whole dataset as the app holds it: the three files plus the full source texts. */
export interface Dataset {
  documents: SourceDocument[];
  actors: Actor[];
  relations: Relation[];
  /** Source text by document id, for quote checks and the source reader. */
  sources: Record<string, string>;
}
