/**
 * The data contract: the one place where the shape of the dataset is defined. The
 * TypeScript types are inferred from these schemas and the JSON Schema files in
 * `graph-data/schema/` are generated from them (`npm run schema`).
 */
import { z } from 'zod';
import { RELATION_TYPE_IDS } from './relation-types';
import { isPartialDate } from './partial-date';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug (a-z, 0-9, single hyphens)');

export const partialDateSchema = z
  .string()
  .refine(isPartialDate, 'must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
  .meta({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });

export const ACTOR_KINDS = [
  'person',
  'state',
  'armed-group',
  'party',
  'organization',
  'institution',
] as const;

export const documentSchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    publisher: z.string().min(1),
    author: z.string().min(1).optional(),
    published: partialDateSchema,
    file: z.string().regex(/^sources\/[^/]+\.txt$/, 'must be sources/<name>.txt'),
    url: z.url().optional(),
    /** SHA-256 of the source file, so a changed or re-wrapped copy is caught. */
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex SHA-256 digest')
      .optional(),
  })
  .strict();

export const actorSchema = z
  .object({
    id: slug,
    label: z.string().min(1).max(200),
    kind: z.enum(ACTOR_KINDS),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
      .optional(),
    aliases: z.array(z.string().min(1)),
    description: z.string().min(1),
  })
  .strict();

export const evidenceSchema = z
  .object({
    document: slug,
    quote: z.string().min(20, 'a quote must be at least 20 characters long'),
  })
  .strict();

export const relationSchema = z
  .object({
    id: slug,
    source: slug,
    target: slug,
    type: z.enum(RELATION_TYPE_IDS),
    date: partialDateSchema.optional(),
    start: partialDateSchema.optional(),
    end: partialDateSchema.optional(),
    summary: z.string().min(1),
    evidence: z.array(evidenceSchema).min(1, 'every relation needs at least one evidence item'),
  })
  .strict()
  .refine((r) => !(r.date && (r.start || r.end)), {
    message: 'a relation has either a date (an act) or start/end (a standing tie), not both',
    path: ['date'],
  });

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
