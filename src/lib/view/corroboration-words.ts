/**
 * How well a relation is sourced, in words, for the evidence panel: "2 documents · 2
 * publishers · first reported October 2025, last January 2026", and the warnings a
 * journalist should read before repeating it (it rests on one document, on allegations
 * only, or no source states it as fact). Pure.
 */
import { formatNumber, formatPartialDate } from '../i18n/format';
import { m } from '../i18n/generated/messages.js';
import type { Locale } from '../i18n/locale';
import type { Corroboration } from '../trust/corroboration';

export interface CorroborationWords {
  line: string;
  warnings: string[];
}

export function corroborationWords(c: Corroboration, locale: Locale): CorroborationWords {
  const count = (value: number) => ({ count: value, countText: formatNumber(value, locale) });
  const parts = [
    m.sources_corroboration_documents(count(c.documents), { locale }),
    m.sources_corroboration_publishers(count(c.publishers), { locale }),
  ];
  if (c.firstReported && c.lastReported) {
    const first = formatPartialDate(c.firstReported, locale);
    const last = formatPartialDate(c.lastReported, locale);
    parts.push(
      first === last
        ? m.sources_corroboration_reported_once({ date: first }, { locale })
        : m.sources_corroboration_reported({ first, last }, { locale }),
    );
  }
  const warnings: string[] = [];
  if (c.documents === 1) warnings.push(m.sources_corroboration_single({}, { locale }));
  if (c.weak) warnings.push(m.sources_corroboration_weak({}, { locale }));
  else if (!c.asFact && c.claims.uncoded === 0 && c.documents > 0) {
    warnings.push(m.sources_corroboration_not_as_fact({}, { locale }));
  }
  return { line: parts.join(' · '), warnings };
}
