/**
 * What the actor panel shows, in the chosen language: who the actor is (country name,
 * description from the dataset's translation, other names) and their relations grouped by
 * type in vocabulary order, each group newest first with undated relations last. Pure.
 */
import type { NetworkActor } from '../data/network';
import type { Locale } from '../i18n/locale';
import { collator, regionName } from '../i18n/format';
import { compareSortTimes } from '../time/order';
import { compareRelationTypes, directionGlyph } from '../vocabulary';
import { actorDescription } from './localized';
import type { ActorRelationItem } from './rows';

/** The panel's introduction of an actor. */
export interface ActorFacts {
  /** The country's name in the chosen language, or null when the actor has none. */
  countryName: string | null;
  /** The description in the chosen language when the dataset has it, else as written. */
  description: string | undefined;
  /** The other names, comma-separated, or null when there are none. */
  aliases: string | null;
}

/** The country, description and other names of `actor`, worded for `locale`. */
export function actorFacts(actor: NetworkActor, locale: Locale): ActorFacts {
  return {
    countryName: actor.country ? regionName(actor.country, locale) : null,
    description: actorDescription(actor, locale),
    aliases: actor.aliases.length > 0 ? actor.aliases.join(', ') : null,
  };
}

/** One relation of the actor, with the arrow that says which way it goes from the actor. */
export interface ActorRelationLine extends ActorRelationItem {
  glyph: string;
}

/** The actor's relations of one type. */
export interface ActorRelationGroup {
  /** The relation type's id. */
  relation: string;
  label: string;
  color: string;
  lines: ActorRelationLine[];
}

/**
 * The relations grouped by type: fixed types in vocabulary order (cooperative, hostile,
 * structural, so groups stay where readers expect them from one actor to the next), then
 * other types by id. Within a group newest first, undated last, then by counterpart name.
 */
export function actorRelationGroups(items: readonly ActorRelationItem[], locale: Locale): ActorRelationGroup[] {
  const names = collator(locale);
  const byType = new Map<string, ActorRelationLine[]>();
  for (const item of items) {
    const line = { ...item, glyph: directionGlyph(item.directed, item.outgoing) };
    const lines = byType.get(item.relation);
    if (lines) lines.push(line);
    else byType.set(item.relation, [line]);
  }
  return [...byType.entries()]
    .sort(([a], [b]) => compareRelationTypes(a, b))
    .map(([relation, lines]) => ({
      relation,
      label: lines[0].relationLabel,
      color: lines[0].color,
      lines: lines.sort(
        (a, b) =>
          compareSortTimes(a.sortTime, b.sortTime, true) || names.compare(a.counterpartLabel, b.counterpartLabel),
      ),
    }));
}
