/**
 * The suggestions table's rows, worded in the chosen language: the actors' labels, the
 * type, the date as precise as the sentence gave it, who says so, the sentence itself and
 * the review decision. Pure.
 */
import type { Suggestion } from '../extract/types';
import type { Locale } from '../i18n/locale';
import { formatPartialDate } from '../i18n/format';
import { claimLabel, relationTypeLabel } from '../i18n/words';
import { m } from '../i18n/generated/messages.js';
import { directionGlyph, isDirected } from '../vocabulary';

export type Decision = 'accepted' | 'rejected';

export interface SuggestionRow {
  id: string;
  sourceLabel: string;
  relationLabel: string;
  targetLabel: string;
  dateLabel: string;
  claimLabel: string;
  sentence: string;
  /** "Donald Trump → Gustavo Petro: sanctioned", for the buttons' accessible names. */
  summary: string;
  decision: Decision | null;
  language?: string;
}

export function suggestionRows(
  suggestions: readonly Suggestion[],
  decisions: Readonly<Record<string, Decision>>,
  actorLabel: (id: string) => string,
  locale: Locale,
  language?: string,
): SuggestionRow[] {
  return suggestions.map((s) => {
    const relationLabel = relationTypeLabel(s.type, locale);
    const sourceLabel = actorLabel(s.source);
    const targetLabel = actorLabel(s.target);
    return {
      id: s.id,
      sourceLabel,
      relationLabel,
      targetLabel,
      dateLabel: s.date ? formatPartialDate(s.date, locale) : m.desk_undated({}, { locale }),
      claimLabel: claimLabel(s.claim, s.speaker ? actorLabel(s.speaker) : null, locale),
      sentence: s.sentence.text,
      summary: m.graph_edge_title(
        {
          source: sourceLabel,
          target: targetLabel,
          arrow: directionGlyph(isDirected({ type: s.type })),
          relation: relationLabel,
        },
        { locale },
      ),
      decision: decisions[s.id] ?? null,
      language,
    };
  });
}
