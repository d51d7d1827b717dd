/**
 * The words under an exported picture, in the chosen language: its title (network, actors,
 * relations), the filters in force and a legend of line colours. Loaded on export only.
 */
import type { LoadedNetwork } from '../state/loaded-network';
import type { FilterState } from '../state/filters';
import type { TimeFilter } from '../time/time-filter';
import type { Locale } from '../i18n/locale';
import type { PictureCaption } from '../io/export-view';
import { m } from '../i18n/generated/messages.js';
import { formatList, formatNumber, formatWindow } from '../i18n/format';
import { kindLabel, relationTypeLabel } from '../i18n/words';
import { networkName } from './describe';

/** The filters in force, one line each, for the notes under an exported picture. */
export function describeFilters(filters: FilterState, time: TimeFilter, locale: Locale): string[] {
  const notes: string[] = [];
  const types = [...filters.hiddenRelations].map((type) => relationTypeLabel(type, locale));
  if (types.length) notes.push(m.app_filter_hidden_types({ list: formatList(types, locale) }, { locale }));
  const kinds = [...filters.hiddenKinds].map((kind) => kindLabel(kind, locale));
  if (kinds.length) notes.push(m.app_filter_hidden_kinds({ list: formatList(kinds, locale) }, { locale }));
  if (time.window) notes.push(m.app_filter_window({ window: formatWindow(time.window, locale) }, { locale }));
  if (!time.showUndated) notes.push(m.app_filter_undated_hidden({}, { locale }));
  return notes;
}

/** Title, filter notes and line legend of an exported picture of what is shown (or of everything). */
export function pictureCaption(
  loaded: LoadedNetwork,
  shown: { actors: number; relations: number; types: Iterable<string> },
  notes: string[] | null,
  locale: Locale,
): PictureCaption {
  const title = m.app_export_title(
    {
      name: networkName(loaded, locale),
      actors: shown.actors,
      actorsText: formatNumber(shown.actors, locale),
      relations: shown.relations,
      relationsText: formatNumber(shown.relations, locale),
    },
    { locale },
  );
  const legend = [...new Set(shown.types)].map((type) => ({
    label: relationTypeLabel(type, locale),
    color: loaded.palette.relationType(type),
  }));
  return { title, notes: notes ?? [m.app_export_everything({}, { locale })], legend };
}
