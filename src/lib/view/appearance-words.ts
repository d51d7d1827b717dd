/**
 * The appearance in words: the names of the "Colour actors by" / "Size actors by" /
 * "Colour relations by" options, and of the categories the legend lists. Built-in options
 * are named by the catalogue; an opened file's attributes and values are shown as written.
 */
import type { AppearanceOption } from '../appearance';
import { attributeOfOption } from '../appearance';
import type { Locale } from '../i18n/locale';
import { m } from '../i18n/generated/messages.js';
import { kindLabel, relationTypeLabel } from '../i18n/words';
import { ANALYSIS_OPTION_LABELS, BLOC_OPTION } from '../analysis/analysis-appearance';
import { PERIOD_MARK_OPTION, periodMarkLabel } from './period-marks';

type Words = (params?: Record<string, never>, options?: { locale?: Locale }) => string;

/** The words of the built-in options; later features add theirs here. */
const BUILTIN_LABELS: Readonly<Record<string, Words>> = {
  kind: m.appearance_kind,
  file: m.appearance_file,
  degree: m.appearance_degree,
  type: m.appearance_type,
  ...ANALYSIS_OPTION_LABELS,
  [PERIOD_MARK_OPTION]: m.compare_marks_title,
};

const options = (locale?: Locale) => (locale ? { locale } : undefined);

/** The words of a menu option: "Actor kind", "Number of relations", or the attribute's name. */
export function appearanceOptionLabel(option: AppearanceOption, locale?: Locale): string {
  if (option.kind === 'attribute') return option.name ?? option.id;
  const words = Object.hasOwn(BUILTIN_LABELS, option.id) ? BUILTIN_LABELS[option.id] : undefined;
  return words ? words({}, options(locale)) : option.id;
}

/** The words of a choice by its id (the legend's headings). */
export function appearanceChoiceLabel(choice: string, locale?: Locale): string {
  const attribute = attributeOfOption(choice);
  return appearanceOptionLabel(
    attribute === undefined ? { id: choice, kind: 'builtin' } : { id: choice, kind: 'attribute', name: attribute },
    locale,
  );
}

/**
 * A legend category in words: a kind's or type's label, a bloc's name (from `names`, the
 * current blocs' names), a compared period's mark, an attribute value as written, "no value".
 */
export function legendCategoryLabel(
  choice: string,
  category: string,
  locale?: Locale,
  names?: ReadonlyMap<string, string>,
): string {
  if (category === '') return m.legend_missing({}, options(locale));
  if (choice === 'kind') return kindLabel(category, locale);
  if (choice === 'type') return relationTypeLabel(category, locale);
  if (choice === BLOC_OPTION) return names?.get(category) ?? category;
  if (choice === PERIOD_MARK_OPTION) return periodMarkLabel(category, locale);
  return category;
}
