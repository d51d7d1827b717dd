/**
 * The words for the vocabulary: relation types, actor kinds and polarity groups, in the
 * chosen language. Each fixed type and kind is paired with its catalogue messages here, by
 * direct reference, so the bundler keeps exactly these; types and kinds outside the
 * vocabulary (an imported network's) are shown as the file wrote them.
 */
import { m } from './generated/messages.js';
import {
  isActorKind,
  isClaimId,
  isRelationTypeId,
  type ActorKind,
  type Polarity,
  type RelationTypeId,
} from '../vocabulary';
import type { Locale } from './locale';

type Words = (params?: Record<string, never>, options?: { locale?: Locale }) => string;

const TYPE_LABELS: Record<RelationTypeId, Words> = {
  allied: m.relation_type_allied,
  supported: m.relation_type_supported,
  cooperated: m.relation_type_cooperated,
  negotiated: m.relation_type_negotiated,
  met: m.relation_type_met,
  criticized: m.relation_type_criticized,
  accused: m.relation_type_accused,
  threatened: m.relation_type_threatened,
  sanctioned: m.relation_type_sanctioned,
  attacked: m.relation_type_attacked,
  'member-of': m.relation_type_member_of,
  appointed: m.relation_type_appointed,
  family: m.relation_type_family,
};

const TYPE_DESCRIPTIONS: Record<RelationTypeId, Words> = {
  allied: m.relation_type_allied_description,
  supported: m.relation_type_supported_description,
  cooperated: m.relation_type_cooperated_description,
  negotiated: m.relation_type_negotiated_description,
  met: m.relation_type_met_description,
  criticized: m.relation_type_criticized_description,
  accused: m.relation_type_accused_description,
  threatened: m.relation_type_threatened_description,
  sanctioned: m.relation_type_sanctioned_description,
  attacked: m.relation_type_attacked_description,
  'member-of': m.relation_type_member_of_description,
  appointed: m.relation_type_appointed_description,
  family: m.relation_type_family_description,
};

const KIND_LABELS: Record<ActorKind, Words> = {
  person: m.actor_kind_person,
  state: m.actor_kind_state,
  'armed-group': m.actor_kind_armed_group,
  party: m.actor_kind_party,
  organization: m.actor_kind_organization,
  institution: m.actor_kind_institution,
};

const POLARITY_LABELS: Record<Polarity | 'other', Words> = {
  cooperative: m.polarity_cooperative,
  hostile: m.polarity_hostile,
  structural: m.polarity_structural,
  other: m.polarity_other,
};

const options = (locale?: Locale) => (locale ? { locale } : undefined);

export function relationTypeLabel(type: string, locale?: Locale): string {
  return isRelationTypeId(type) ? TYPE_LABELS[type]({}, options(locale)) : type;
}

export function relationTypeDescription(type: string, locale?: Locale): string {
  if (isRelationTypeId(type)) return TYPE_DESCRIPTIONS[type]({}, options(locale));
  return m.relation_type_other_description({ type }, options(locale));
}

export function kindLabel(kind: string, locale?: Locale): string {
  return isActorKind(kind) ? KIND_LABELS[kind]({}, options(locale)) : kind;
}

export function polarityLabel(polarity: Polarity | 'other', locale?: Locale): string {
  return POLARITY_LABELS[polarity]({}, options(locale));
}

/**
 * Who says so, in words: "Reported by the source", "Attributed to Donald Trump", "Alleged",
 * "Disputed…", or "Not coded" for evidence without a claim (an imported network's).
 */
export function claimLabel(claim: string | undefined, speaker: string | null, locale?: Locale): string {
  if (!isClaimId(claim)) return m.claim_uncoded({}, options(locale));
  switch (claim) {
    case 'reported':
      return m.claim_reported({}, options(locale));
    case 'attributed':
      // A speaker is required by the validator; an imported bundle may still lack one.
      return speaker
        ? m.claim_attributed({ speaker }, options(locale))
        : m.claim_attributed_unnamed({}, options(locale));
    case 'alleged':
      return speaker ? m.claim_alleged_by({ speaker }, options(locale)) : m.claim_alleged({}, options(locale));
    case 'disputed':
      return speaker ? m.claim_disputed_by({ speaker }, options(locale)) : m.claim_disputed({}, options(locale));
  }
}
