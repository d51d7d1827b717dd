/**
 * "Compare periods" on the canvas: while two periods are compared, relations are coloured by
 * what the comparison found (only in A, only in B, in a pair whose polarity changed, or in
 * both periods alike) through the appearance layer, with fixed colour-blind-safe colours
 * (Okabe–Ito) and a legend of their own. Positions never move.
 */
import type { Locale } from '../i18n/locale';
import { m } from '../i18n/generated/messages.js';
import type { AppearanceData } from '../appearance';
import type { PeriodComparison } from '../analysis/compare-periods';

/** The edge colour option shown while comparing. */
export const PERIOD_MARK_OPTION = 'period';

export type PeriodMark = 'onlyA' | 'onlyB' | 'changed' | 'both';

export const PERIOD_MARK_COLORS: Readonly<Record<PeriodMark, string>> = {
  onlyA: '#0072B2',
  onlyB: '#E69F00',
  changed: '#D55E00',
  both: '#8A8F98',
};

const WORDS: Readonly<Record<PeriodMark, (params?: Record<string, never>, options?: { locale?: Locale }) => string>> = {
  onlyA: m.compare_only_a,
  onlyB: m.compare_only_b,
  changed: m.compare_changed,
  both: m.compare_mark_both,
};

/** A mark in words; an unknown category as written. */
export function periodMarkLabel(category: string, locale?: Locale): string {
  return Object.hasOwn(WORDS, category) ? WORDS[category as PeriodMark]({}, locale ? { locale } : undefined) : category;
}

/**
 * The appearance data of the marks: every relation in either period gets its mark (those the
 * comparison did not single out are in both alike); the others get none.
 */
export function periodMarkData(comparison: PeriodComparison, inEither: ReadonlySet<string>): AppearanceData {
  const marks = new Map<string, string>();
  for (const id of inEither) marks.set(id, comparison.edgeMarks.get(id) ?? 'both');
  return {
    edgeCategories: new Map([[PERIOD_MARK_OPTION, marks]]),
    fixedColors: new Map([[PERIOD_MARK_OPTION, PERIOD_MARK_COLORS]]),
  };
}
