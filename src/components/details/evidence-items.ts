/**
 * What the evidence panel and the source reader say about a source document, in the
 * chosen language: its byline (publisher · author · date), and for each quote its
 * document, its language (quotes are never translated, so the page marks them with their
 * own `lang`) and a note when that language is not the page's. Pure.
 */
import type { NetworkRelation } from '../../lib/data/network';
import type { SourceDocument } from '../../lib/data/schema';
import { formatPartialDate, languageName } from '../../lib/i18n/format';
import { claimLabel } from '../../lib/i18n/words';
import { isClaimId, type ClaimId } from '../../lib/vocabulary';
import { m } from '../../lib/i18n/generated/messages.js';
import type { Locale } from '../../lib/i18n/locale';

/** One quote of a relation, with what the panel shows about its document. */
export interface EvidenceItem {
  quote: string;
  /** The document's title, or its id when the network does not have the document. */
  title: string;
  /** The byline, '' when there is nothing to say. */
  details: string;
  /** The document's BCP 47 language tag, when it gives one; set as the quote's `lang`. */
  language: string | undefined;
  /** "Quote in English" when the quote's language is not the page's, else null. */
  languageNote: string | null;
  /** Who says so, or null when the item is not coded. */
  claim: ClaimId | null;
  /** The claim in words ("Attributed to Donald Trump", "Not coded"). */
  claimText: string;
}

/** Publisher, author and publication date, joined by " · "; parts the document lacks are left out. */
export function documentByline(document: SourceDocument, locale: Locale): string {
  return [document.publisher, document.author, formatPartialDate(document.published, locale)]
    .filter(Boolean)
    .join(' · ');
}

/** The note that a quote is in another language than the page's, or null when it is not (or unknown). */
export function quoteLanguageNote(language: string | undefined, locale: Locale): string | null {
  if (!language) return null;
  const primary = language.toLowerCase().split('-')[0];
  if (primary === locale) return null;
  return m.details_evidence_quote_language({ language: languageName(language, locale) }, { locale });
}

/** The relation's quotes in dataset order, each with its document's title, byline and language. */
export function evidenceItems(
  relation: NetworkRelation,
  documents: ReadonlyMap<string, SourceDocument>,
  locale: Locale,
  actorLabel: (id: string) => string = (id) => id,
): EvidenceItem[] {
  return relation.evidence.map((evidence) => {
    // A missing document is a dataset error the validator reports; show its id rather than nothing.
    const document = documents.get(evidence.document);
    const language = document?.language;
    return {
      quote: evidence.quote,
      title: document?.title ?? evidence.document,
      details: document ? documentByline(document, locale) : '',
      language,
      languageNote: quoteLanguageNote(language, locale),
      claim: isClaimId(evidence.claim) ? evidence.claim : null,
      claimText: claimLabel(evidence.claim, evidence.speaker ? actorLabel(evidence.speaker) : null, locale),
    };
  });
}
