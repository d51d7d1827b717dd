/**
 * The dataset's own prose in the chosen language: an actor's description and a relation's
 * summary come from their Spanish translation when the page speaks Spanish and the data
 * has one, else as written. Quotes are never translated and never pass through here.
 */
import type { NetworkActor, NetworkRelation } from '../data/network';
import type { Locale } from '../i18n/locale';

export function actorDescription(actor: NetworkActor, locale: Locale): string | undefined {
  if (locale === 'es') return actor.translations?.es?.description ?? actor.description;
  return actor.description;
}

export function relationSummary(relation: NetworkRelation, locale: Locale): string | undefined {
  if (locale === 'es') return relation.translations?.es?.summary ?? relation.summary;
  return relation.summary;
}
