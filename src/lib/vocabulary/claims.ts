/**
 * The fixed vocabulary of claims: who says that an evidence item's act happened. Every
 * fact about a claim — its id, its place in lists, whether the document asserts it in its
 * own voice and whether the relation is weak when it rests only on such claims — is
 * defined once, here; the schema, the validator, the evidence panel, the corroboration
 * counts, the filters and the canvas read it. Labels are catalogue messages
 * (`claim_<id>` and `claim_<id>_description`).
 */

export const CLAIM_IDS = ['reported', 'attributed', 'alleged', 'disputed'] as const;

export type ClaimId = (typeof CLAIM_IDS)[number];

export interface ClaimInfo {
  id: ClaimId;
  /** The document states it in its own voice ("Only what a source reports as fact"). */
  asFact: boolean;
  /** A relation that rests only on claims of this kind is drawn dashed. */
  weak: boolean;
  /** The claim names a speaker (an actor id), which is then required. */
  needsSpeaker: boolean;
  order: number;
}

type Row = Omit<ClaimInfo, 'id' | 'order'>;

const ROWS: Record<ClaimId, Row> = {
  reported: { asFact: true, weak: false, needsSpeaker: false },
  attributed: { asFact: false, weak: false, needsSpeaker: true },
  alleged: { asFact: false, weak: true, needsSpeaker: false },
  disputed: { asFact: false, weak: true, needsSpeaker: false },
};

export const CLAIMS: Readonly<Record<ClaimId, ClaimInfo>> = Object.fromEntries(
  CLAIM_IDS.map((id, order) => [id, { id, order, ...ROWS[id] }]),
) as Record<ClaimId, ClaimInfo>;

export function isClaimId(value: unknown): value is ClaimId {
  return typeof value === 'string' && Object.hasOwn(CLAIMS, value);
}
