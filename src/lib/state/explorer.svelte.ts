/**
 * The explorer's UI state as runes: filters, selection, the open source reader and the
 * hovered node. Components read these fields and call the methods; everything derived
 * (visibility, counts, the render view) is computed from them by pure functions.
 */
import { EMPTY_FILTERS, toggleInSet, type FilterState } from './filters';
import type { ReaderState, Selection, UrlState } from './url';

function withAll(set: ReadonlySet<string>, ids: string[], present: boolean): ReadonlySet<string> {
  let next = set;
  for (const id of ids) next = toggleInSet(next, id, present);
  return next;
}

export class ExplorerState {
  filters = $state.raw<FilterState>(EMPTY_FILTERS);
  selection = $state.raw<Selection>(null);
  reader = $state.raw<ReaderState | null>(null);
  hoveredNode = $state.raw<string | null>(null);
  /** Messages about ignored URL values and similar, shown until dismissed. */
  notices = $state.raw<string[]>([]);

  setRelationsVisible(ids: string[], visible: boolean): void {
    this.filters = { ...this.filters, hiddenRelations: withAll(this.filters.hiddenRelations, ids, !visible) };
  }

  setKindsVisible(ids: string[], visible: boolean): void {
    this.filters = { ...this.filters, hiddenKinds: withAll(this.filters.hiddenKinds, ids, !visible) };
  }

  setHideIsolated(hide: boolean): void {
    this.filters = { ...this.filters, hideIsolated: hide };
  }

  selectActor(id: string): void {
    this.selection = { kind: 'actor', id };
  }

  selectRelation(id: string): void {
    this.selection = { kind: 'relation', id };
  }

  clearSelection(): void {
    this.selection = null;
  }

  openSource(reader: ReaderState): void {
    this.reader = reader;
  }

  closeSource(): void {
    this.reader = null;
  }

  dismissNotices(): void {
    this.notices = [];
  }

  snapshot(): UrlState {
    return { filters: this.filters, selection: this.selection, reader: this.reader };
  }

  restore(state: UrlState): void {
    this.filters = state.filters;
    this.selection = state.selection;
    this.reader = state.reader;
  }
}
