/**
 * What the timeline shows and how its window moves, as pure functions: the stacked bars of
 * the histogram with their tooltips, the axis ticks that fit a width, the playback step
 * names, and the window a key press or a pointer drag leads to. The timeline's components
 * only render these and report the results.
 */
import { formatNumber, formatWindow, tickLabel } from '../i18n/format';
import { m } from '../i18n/generated/messages.js';
import type { Locale } from '../i18n/locale';
import type { TimelineBin } from '../time/bins';
import type { PlaybackStep } from '../time/playback';
import { shiftWindow } from '../time/playback';
import type { TimeSpan } from '../time/relation-span';
import { DAY_MS, addUnits, roundToUnit, ticks, type TimeScale } from '../time/time-scale';

/** The histogram's drawing box, in SVG user units; the SVG stretches it to the plot. */
export const CHART_WIDTH = 1000;
export const CHART_HEIGHT = 100;

/** A relation type as the histogram stacks it: bottom first, in its colour. */
export interface RelationTypeSwatch {
  id: string;
  label: string;
  color: string;
}

/** One coloured piece of a bar: the relations of one type in one bin. */
export interface BarSegment {
  id: string;
  color: string;
  y: number;
  height: number;
  /** Hover text: "Criticized: 3 relations, Oct 2025". */
  title: string;
}

/** One bar of the histogram, in chart units. */
export interface StackedBar {
  key: number;
  /** The bin lies wholly outside the time window and is drawn faded. */
  outside: boolean;
  x: number;
  width: number;
  segments: BarSegment[];
}

/**
 * The bins as stacked bars, types stacked in the given order, heights proportional to
 * counts with the highest bar filling the chart; a small gap separates neighbours.
 */
export function stackedBars(
  bins: readonly TimelineBin[],
  relationTypes: readonly RelationTypeSwatch[],
  window: TimeSpan,
  locale: Locale,
): StackedBar[] {
  const stacks = bins.map((bin) => {
    let stacked = 0;
    const pieces: Array<{ type: RelationTypeSwatch; count: number; below: number }> = [];
    for (const type of relationTypes) {
      const count = bin.countsByType.get(type.id) ?? 0;
      if (count === 0) continue;
      pieces.push({ type, count, below: stacked });
      stacked += count;
    }
    return { bin, pieces, total: stacked };
  });
  const highest = Math.max(0, ...stacks.map((stack) => stack.total));
  const unitHeight = highest > 0 ? CHART_HEIGHT / highest : 0;
  return stacks.map(({ bin, pieces }) => {
    const width = (bin.u1 - bin.u0) * CHART_WIDTH;
    const gap = Math.min(width * 0.15, 2);
    const period = formatWindow(bin, locale);
    return {
      key: bin.u0,
      outside: bin.end <= window.start || bin.start >= window.end,
      x: bin.u0 * CHART_WIDTH + gap / 2,
      width: Math.max(0, width - gap),
      segments: pieces.map(({ type, count, below }) => ({
        id: type.id,
        color: type.color,
        y: CHART_HEIGHT - (below + count) * unitHeight,
        height: count * unitHeight,
        title: m.timeline_bar_title(
          { type: type.label, count, countText: formatNumber(count, locale), period },
          { locale },
        ),
      })),
    };
  });
}

/** A labelled mark under the plot; `position` is its axis position in [0, 1]. */
export interface AxisTick {
  time: number;
  label: string;
  position: number;
}

/** Least room between two ticks, in CSS pixels. */
const MIN_TICK_SPACING_PX = 72;
/** Rough width of one character of an 11 px tick label. */
const LABEL_CHAR_PX = 6.5;

/** Room the longest month label of a language asks for ("sept de 2025" is wider than "Sep 2025"). */
function tickSpacing(locale: Locale): number {
  const longest = Math.max(
    ...Array.from({ length: 12 }, (_, month) => tickLabel(Date.UTC(2025, month, 1), locale).length),
  );
  return Math.max(MIN_TICK_SPACING_PX, longest * LABEL_CHAR_PX + 12);
}

/**
 * The ticks for a plot `width` CSS pixels wide, labelled in the chosen language, spaced so
 * that its month labels fit. Labels sit to the right of their tick; one that would run off
 * the end is left out rather than pushed left onto its neighbour.
 */
export function axisTicks(scale: TimeScale, width: number, locale: Locale): AxisTick[] {
  return ticks(scale, Math.max(2, Math.floor(width / tickSpacing(locale))))
    .map((time) => ({ time, label: tickLabel(time, locale), position: scale.toUnit(time) }))
    .filter((tick) => (1 - tick.position) * width >= tick.label.length * LABEL_CHAR_PX + 4);
}

/** The playback steps in menu order, named in the chosen language. */
export function playbackStepOptions(locale: Locale): Array<{ value: PlaybackStep; label: string }> {
  return [
    { value: 'month', label: m.timeline_step_month({}, { locale }) },
    { value: 'quarter', label: m.timeline_step_quarter({}, { locale }) },
    { value: 'year', label: m.timeline_step_year({}, { locale }) },
  ];
}

export function isPlaybackStep(value: string): value is PlaybackStep {
  return value === 'month' || value === 'quarter' || value === 'year';
}

export type WindowSide = 'start' | 'end';

/**
 * The window with one bound moved to `time`, kept inside the extent and at least a day
 * long, so the handles never cross.
 */
export function withBound(window: TimeSpan, side: WindowSide, time: number, extent: TimeSpan): TimeSpan {
  if (side === 'start') return { start: Math.max(extent.start, Math.min(time, window.end - DAY_MS)), end: window.end };
  return { start: window.start, end: Math.min(extent.end, Math.max(time, window.start + DAY_MS)) };
}

/**
 * Where a window slider's key moves its bound: arrows by a month, Page Up/Down by a year,
 * Home/End to the extent's edges. Null for any other key (the key is not the slider's).
 */
export function boundAfterKey(key: string, current: number, extent: TimeSpan): number | null {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return addUnits(current, 'month', -1);
    case 'ArrowRight':
    case 'ArrowUp':
      return addUnits(current, 'month', 1);
    case 'PageDown':
      return addUnits(current, 'year', -1);
    case 'PageUp':
      return addUnits(current, 'year', 1);
    case 'Home':
      return extent.start;
    case 'End':
      return extent.end;
    default:
      return null;
  }
}

export function sameWindow(a: TimeSpan, b: TimeSpan): boolean {
  return a.start === b.start && a.end === b.end;
}

/** The time under a pointer at `clientX` over a plot drawn at `left` with `width` pixels. */
export function timeAtPointer(clientX: number, plot: { left: number; width: number }, scale: TimeScale): number | null {
  if (!(plot.width > 0)) return null;
  return scale.fromUnit((clientX - plot.left) / plot.width);
}

/** Drags snap to month boundaries, or to days when the whole extent is only weeks long. */
export function dragUnit(scale: TimeScale): 'day' | 'month' {
  return scale.bucketUnit === 'day' ? 'day' : 'month';
}

/** Whole days or calendar months from `from` to `to` (negative when `to` is earlier). */
export function unitsBetween(from: number, to: number, unit: 'day' | 'month'): number {
  if (unit === 'day') return Math.round((to - from) / DAY_MS);
  const a = new Date(from);
  const b = new Date(to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

/** A drag in progress: what was grabbed, where in time, and the window at that moment. */
export interface WindowDrag {
  target: WindowSide | 'body';
  grabTime: number;
  grabWindow: TimeSpan;
}

/**
 * The window while a drag has reached `time`: a handle moves its bound to the nearest
 * boundary; the body moves the whole window by whole units, stopping at the extent's edges.
 */
export function draggedWindow(drag: WindowDrag, time: number, scale: TimeScale, extent: TimeSpan): TimeSpan {
  const unit = dragUnit(scale);
  if (drag.target === 'body') {
    const count = unitsBetween(roundToUnit(drag.grabTime, unit), roundToUnit(time, unit), unit);
    return shiftWindow(drag.grabWindow, unit, count, extent);
  }
  return withBound(drag.grabWindow, drag.target, roundToUnit(time, unit), extent);
}
