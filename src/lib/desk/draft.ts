/**
 * A relation being coded at the desk, as plain data, and how it becomes a dataset
 * relation: the quote is a span of the article (so it is an exact substring by
 * construction), the dates are partial ISO dates, the claim says who says so. Pure.
 */
import type { Relation } from '../data/schema';
import type { Suggestion, TextSpan } from '../extract/types';
import { CLAIMS, type ClaimId } from '../vocabulary/claims';
import type { RelationTypeId } from '../vocabulary/relation-types';

export interface RelationDraft {
  /** The suggestion it was made from, or null for a passage coded by hand. */
  suggestionId: string | null;
  source: string;
  target: string;
  type: RelationTypeId;
  timing: 'act' | 'tie';
  date: string;
  start: string;
  end: string;
  claim: ClaimId;
  speaker: string;
  summaryEn: string;
  summaryEs: string;
  quote: TextSpan;
}

export function draftFromSuggestion(suggestion: Suggestion, summaries: { en: string; es: string }): RelationDraft {
  return {
    suggestionId: suggestion.id,
    source: suggestion.source,
    target: suggestion.target,
    type: suggestion.type,
    timing: 'act',
    date: suggestion.date ?? '',
    start: '',
    end: '',
    claim: suggestion.claim,
    speaker: suggestion.speaker ?? '',
    summaryEn: summaries.en,
    summaryEs: summaries.es,
    quote: suggestion.quote,
  };
}

export function draftFromPassage(span: TextSpan, firstActors: readonly string[]): RelationDraft {
  return {
    suggestionId: null,
    source: firstActors[0] ?? '',
    target: firstActors[1] ?? '',
    type: 'criticized',
    timing: 'act',
    date: '',
    start: '',
    end: '',
    claim: 'reported',
    speaker: '',
    summaryEn: '',
    summaryEs: '',
    quote: span,
  };
}

/** A slug from the relation's ends, type and date, unique among `taken`. */
export function relationId(draft: RelationDraft, taken: ReadonlySet<string>): string {
  const when = draft.timing === 'act' ? draft.date : draft.start || draft.end;
  const base = [draft.source, draft.type, draft.target, when]
    .filter(Boolean)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let id = base || 'relation';
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The dataset relation the draft stands for; the validator decides whether it may join. */
export function draftRelation(draft: RelationDraft, text: string, document: string, id: string): Relation {
  const timing =
    draft.timing === 'act'
      ? draft.date.trim()
        ? { date: draft.date.trim() }
        : {}
      : {
          ...(draft.start.trim() ? { start: draft.start.trim() } : {}),
          ...(draft.end.trim() ? { end: draft.end.trim() } : {}),
        };
  const needsSpeaker = CLAIMS[draft.claim].needsSpeaker || draft.speaker !== '';
  return {
    id,
    source: draft.source,
    target: draft.target,
    type: draft.type,
    ...timing,
    summary: draft.summaryEn.trim(),
    translations: { es: { summary: draft.summaryEs.trim() } },
    evidence: [
      {
        document,
        quote: text.slice(draft.quote.start, draft.quote.end),
        claim: draft.claim,
        ...(needsSpeaker && draft.speaker ? { speaker: draft.speaker } : {}),
      },
    ],
  };
}
