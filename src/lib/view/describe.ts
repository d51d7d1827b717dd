/**
 * Look-ups and descriptions the page shows about the loaded network, in the chosen
 * language: an actor's label, the network's name and a relation in one line (the canvas
 * tooltip). The caption of exported pictures is in picture-caption.ts, loaded on export.
 */
import type { LoadedNetwork } from '../state/loaded-network';
import type { Locale } from '../i18n/locale';
import { m } from '../i18n/generated/messages.js';
import { relationTypeLabel } from '../i18n/words';
import { directionGlyph, isDirected } from '../vocabulary';
import { relationSummary } from './localized';

export function actorLabel(loaded: LoadedNetwork, id: string): string {
  return loaded.index.actors.get(id)?.label ?? id;
}

/** The network's name: the bundled dataset's in the chosen language, a file's as it is. */
export function networkName(loaded: LoadedNetwork | null, locale: Locale): string {
  return !loaded || loaded.bundled ? m.app_dataset_name({}, { locale }) : loaded.network.name;
}

/** "United States → Gustavo Petro: Sanctioned" and the relation's summary, for the tooltip. */
export function describeEdge(loaded: LoadedNetwork, edge: string, locale: Locale): { title: string; summary: string } {
  const relation = loaded.index.relations.get(edge);
  if (!relation) return { title: edge, summary: '' };
  const title = m.graph_edge_title(
    {
      source: actorLabel(loaded, relation.source),
      target: actorLabel(loaded, relation.target),
      arrow: directionGlyph(isDirected(relation)),
      relation: relationTypeLabel(relation.type, locale),
    },
    { locale },
  );
  return { title, summary: relationSummary(relation, locale) ?? '' };
}
