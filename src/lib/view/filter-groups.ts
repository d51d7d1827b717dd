/**
 * The filters panel's view model, as pure functions: relation-type options gathered into
 * their polarity groups with the group's heading and the words of its "All"/"None"
 * buttons, and the descriptions that give screen readers each option's count.
 */
import { formatNumber } from '../i18n/format';
import { m } from '../i18n/generated/messages.js';
import { INTL_LOCALE, type Locale } from '../i18n/locale';
import { polarityLabel, relationTypeDescription } from '../i18n/words';
import type { RelationTypeOption } from './rows';

/** One group of relation-type checkboxes, with the words its heading and buttons show. */
export interface FilterGroup {
  id: RelationTypeOption['group'];
  /** The visible heading ("Cooperative", "Cooperación"). */
  title: string;
  /** The "All" button: visible word and accessible name, which starts with that word. */
  allText: string;
  allLabel: string;
  /** The "None" button, likewise. */
  noneText: string;
  noneLabel: string;
  types: RelationTypeOption[];
  /** Every type id of the group, for the "All"/"None" buttons. */
  ids: string[];
}

/**
 * The options in groups, in the order the groups first appear, so the caller (which sorts
 * the options) controls the order; each group keeps its options in the order given.
 */
export function filterGroups(options: readonly RelationTypeOption[], locale: Locale): FilterGroup[] {
  const byGroup = new Map<RelationTypeOption['group'], RelationTypeOption[]>();
  for (const option of options) {
    const members = byGroup.get(option.group);
    if (members) members.push(option);
    else byGroup.set(option.group, [option]);
  }
  return [...byGroup].map(([id, types]) => {
    const title = polarityLabel(id, locale);
    // The group's name inside a phrase: "All cooperative types", "Todos: cooperación".
    const group = title.toLocaleLowerCase(INTL_LOCALE[locale]);
    return {
      id,
      title,
      allText: m.panels_filters_group_all({}, { locale }),
      allLabel: m.panels_filters_group_all_label({ group }, { locale }),
      noneText: m.panels_filters_group_none({}, { locale }),
      noneLabel: m.panels_filters_group_none_label({ group }, { locale }),
      types,
      ids: types.map((type) => type.id),
    };
  });
}

/** A relation type's description for screen readers: its count with the unit, then what it means. */
export function relationTypeCountDescription(option: RelationTypeOption, locale: Locale): string {
  const { count } = option;
  const description = option.description ?? relationTypeDescription(option.id, locale);
  return m.panels_filters_relation_description(
    { count, countText: formatNumber(count, locale), description },
    { locale },
  );
}

/** An actor kind's description for screen readers: how many actors it has. */
export function actorKindCountDescription(count: number, locale: Locale): string {
  return m.panels_filters_actor_count({ count, countText: formatNumber(count, locale) }, { locale });
}

/** What a relation type means, in words: the option's own, else the vocabulary's. */
export function relationTypeMeaning(option: RelationTypeOption, locale: Locale): string {
  return option.description ?? relationTypeDescription(option.id, locale);
}
