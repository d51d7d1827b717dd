/**
 * The shapes the coding desk's reader of articles works with: the known actors it looks
 * for, where they are mentioned, the sentences, and the relations it suggests. Shared by
 * the extraction code (lib/extract), its worker, the desk's state and the evaluation, so
 * that each can be written and tested apart. Offsets are UTF-16 indices into the article
 * text exactly as given (nothing is normalised), so a span is always an exact substring.
 */
import type { RelationTypeId } from '../vocabulary/relation-types';
import type { ClaimId } from '../vocabulary/claims';
import type { ActorKind } from '../vocabulary/actor-kinds';

/** A half-open range [start, end) of the article text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** What the extractor knows of an actor: its names. */
export interface KnownActor {
  id: string;
  label: string;
  kind: string;
  aliases: readonly string[];
  /** Aliases that can name someone else: a mention of them is resolved from context. */
  ambiguousAliases?: readonly string[];
}

export interface Mention extends TextSpan {
  /** The text as written in the article. */
  text: string;
  /** The actor meant, or null while an ambiguous mention is unresolved. */
  actor: string | null;
  /** Every actor the words can name (one for a clear mention). */
  candidates: string[];
  ambiguous: boolean;
  /** How the actor was decided. */
  resolvedBy: 'name' | 'context' | 'last-mention' | 'pronoun' | 'user' | null;
}

export interface Sentence extends TextSpan {
  text: string;
}

export interface Suggestion {
  /** Stable for the same article, sentence and reading: the key of a review decision. */
  id: string;
  sentence: Sentence;
  source: string;
  target: string;
  type: RelationTypeId;
  /** Partial ISO date resolved against the publication date, when the sentence gives one. */
  date?: string;
  claim: ClaimId;
  speaker?: string;
  /** The words that triggered the type ("sanctioned", "was accused by"). */
  trigger: TextSpan & { text: string };
  /** The suggested quote: the sentence, an exact substring of the article. */
  quote: TextSpan;
  negated: boolean;
  hedged: boolean;
}

/** A name in the article that matches no known actor, offered as a new actor. */
export interface NewName extends TextSpan {
  text: string;
  kind: ActorKind;
  /** How many times the name occurs. */
  count: number;
}

export interface ArticleReading {
  sentences: Sentence[];
  mentions: Mention[];
  suggestions: Suggestion[];
}
