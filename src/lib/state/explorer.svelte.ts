/**
 * The explorer's UI state as runes: filters, selection, the open source reader and the
 * hovered node. Components read these fields and call the methods; everything derived
 * (visibility, counts, the render view) is computed from them by pure functions.
 */
import { EMPTY_FILTERS, toggleInSet, type FilterState } from './filters';
import { DEFAULT_TIME, type ReaderState, type Selection, type UrlState } from './url';
import type { TimeFilter } from '../time/time-filter';
import type { TimeSpan } from '../time/relation-span';
import { playbackStartWindow, stepWindow, type PlaybackStep } from '../time/playback';
import type { AppearanceAspect, AppearanceChoice } from '../appearance';
import type { Message } from '../i18n/messages';
import {
  DEFAULT_ANALYSIS,
  type AnalysisState,
  type ConnectionQuery,
  type FocusState,
  type ListView,
  type ToolView,
} from './analysis-url';
import type { PeriodSpec } from '../analysis/period-param';
import { NO_TRUST_FILTER, type TrustFilter } from '../trust/trust-filter';

/** The appearance before a network is loaded (every network has these options). */
export const BASIC_APPEARANCE: AppearanceChoice = { nodeColor: 'kind', nodeSize: 'degree', edgeColor: 'type' };

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
  notices = $state.raw<Message[]>([]);
  /** What colours and sizes actors and relations (an option id per aspect). */
  appearance = $state.raw<AppearanceChoice>(BASIC_APPEARANCE);
  time = $state.raw<TimeFilter>(DEFAULT_TIME);
  /** The connection asked for, the focus, the periods compared, the list and tool shown. */
  analysis = $state.raw<AnalysisState>(DEFAULT_ANALYSIS);
  /** Which of the found paths is highlighted (an index into the result), or null for all. */
  highlightedPath = $state<number | null>(null);
  /** The trust filters: reported as fact, at least two documents, one document's relations. */
  trust = $state.raw<TrustFilter>(NO_TRUST_FILTER);
  /** The coding desk is shown instead of the network (both keep their state). */
  desk = $state(false);
  playing = $state(false);
  playbackStep = $state<PlaybackStep>('quarter');
  /** Steps per second. */
  playbackSpeed = $state(1);
  private playbackTimer: ReturnType<typeof setInterval> | null = null;

  /** A window covering the whole extent is stored as null, so URLs stay short. */
  setTimeWindow(window: TimeSpan, extent: TimeSpan): void {
    const whole = window.start <= extent.start && window.end >= extent.end;
    this.time = { ...this.time, window: whole ? null : window };
  }

  setShowUndated(show: boolean): void {
    this.time = { ...this.time, showUndated: show };
  }

  /** Plays the window forward one step at a time until it reaches the end of the extent. */
  startPlayback(extent: TimeSpan): void {
    this.time = { ...this.time, window: playbackStartWindow(this.time.window ?? extent, this.playbackStep, extent) };
    this.playing = true;
    this.scheduleSteps(extent);
  }

  stopPlayback(): void {
    this.clearTimer();
    this.playing = false;
  }

  /** A new speed or step takes effect on the running playback at once. */
  setPlayback(step: PlaybackStep, speed: number, extent: TimeSpan | null): void {
    this.playbackStep = step;
    this.playbackSpeed = Math.min(4, Math.max(0.5, speed));
    if (this.playing && extent) this.scheduleSteps(extent);
  }

  private scheduleSteps(extent: TimeSpan): void {
    this.clearTimer();
    this.playbackTimer = setInterval(() => {
      const { window, done } = stepWindow(this.time.window ?? extent, this.playbackStep, extent);
      this.time = { ...this.time, window };
      if (done) this.stopPlayback();
    }, 1000 / this.playbackSpeed);
  }

  private clearTimer(): void {
    if (this.playbackTimer !== null) clearInterval(this.playbackTimer);
    this.playbackTimer = null;
  }

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

  setAppearance(aspect: AppearanceAspect, option: string): void {
    this.appearance = { ...this.appearance, [aspect]: option };
  }

  askConnection(query: ConnectionQuery | null): void {
    this.analysis = { ...this.analysis, connection: query, tool: 'connection' };
    this.highlightedPath = null;
  }

  setFocus(focus: FocusState | null): void {
    this.analysis = { ...this.analysis, focus };
  }

  setComparison(compare: PeriodSpec | null): void {
    this.analysis = { ...this.analysis, compare, tool: 'compare' };
  }

  showList(list: ListView): void {
    this.analysis = { ...this.analysis, list };
  }

  showTool(tool: ToolView): void {
    this.analysis = { ...this.analysis, tool };
  }

  setOnlyAsFact(on: boolean): void {
    this.trust = { ...this.trust, onlyAsFact: on };
  }

  setCorroborated(on: boolean): void {
    this.trust = { ...this.trust, corroborated: on };
  }

  /** Shows only one document's relations (the document lens), or all again with null. */
  setDocumentLens(document: string | null): void {
    this.trust = { ...this.trust, document };
  }

  dismissNotices(): void {
    this.notices = [];
  }

  snapshot(): UrlState {
    return {
      filters: this.filters,
      selection: this.selection,
      reader: this.reader,
      time: this.time,
      appearance: this.appearance,
      analysis: this.analysis,
      trust: this.trust,
      desk: this.desk,
    };
  }

  restore(state: UrlState): void {
    this.filters = state.filters;
    this.selection = state.selection;
    this.reader = state.reader;
    this.time = state.time;
    this.appearance = state.appearance;
    this.analysis = state.analysis;
    this.trust = state.trust;
    this.desk = state.desk;
    this.highlightedPath = null;
  }
}
