/**
 * The summary a relation gets when it is accepted as suggested, in both languages:
 * "Donald Trump → Gustavo Petro: sanctioned". The analyst can reword it in the form.
 */
import { relationTypeLabel } from '../i18n/words';
import { m } from '../i18n/generated/messages.js';
import { directionGlyph, isDirected, type RelationTypeId } from '../vocabulary';

export function defaultSummaries(
  relation: { source: string; type: RelationTypeId; target: string },
  actorLabel: (id: string) => string,
): { en: string; es: string } {
  const words = (locale: 'en' | 'es') =>
    m.graph_edge_title(
      {
        source: actorLabel(relation.source),
        target: actorLabel(relation.target),
        arrow: directionGlyph(isDirected({ type: relation.type })),
        relation: relationTypeLabel(relation.type, locale).toLocaleLowerCase(locale),
      },
      { locale },
    );
  return { en: words('en'), es: words('es') };
}
