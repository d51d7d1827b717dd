/**
 * Time-window playback as pure steps: the app's timer calls `stepWindow` and shows the
 * result, so what playback does can be tested without timers or UI. Steps are calendar
 * months, quarters or years in UTC, never fixed numbers of milliseconds, so a window that
 * starts on the 1st of a month keeps doing so.
 */
import type { TimeSpan } from './relation-span';
import { addUnits, floorToUnit, type CalendarUnit } from './time-scale';

export type PlaybackStep = 'month' | 'quarter' | 'year';

export interface StepResult {
  window: TimeSpan;
  /** True once the window has reached the end of the extent: playback should stop. */
  done: boolean;
}

/**
 * The window moved forward by one step. When that reaches or passes the extent's end the
 * window rests against the end, keeping its length, and `done` is true.
 */
export function stepWindow(window: TimeSpan, step: PlaybackStep, extent: TimeSpan): StepResult {
  const next = { start: addUnits(window.start, step, 1), end: addUnits(window.end, step, 1) };
  if (next.end < extent.end) return { window: next, done: false };
  return { window: placeEndAt(window, extent.end, extent), done: true };
}

/**
 * Where playback should begin from this window: a window that covers the whole extent
 * becomes the first step of it; one that already ends at the extent's end goes back to
 * the start, keeping its length; any other window plays from where it is.
 */
export function playbackStartWindow(window: TimeSpan, step: PlaybackStep, extent: TimeSpan): TimeSpan {
  if (window.start <= extent.start && window.end >= extent.end) {
    const start = extent.start;
    return { start, end: Math.min(extent.end, addUnits(floorToUnit(start, step), step, 1)) };
  }
  if (window.end >= extent.end) return placeStartAt(window, extent.start, extent);
  return window;
}

/**
 * The window moved by `count` calendar units (negative moves back), stopping at the
 * extent's edges without changing length.
 */
export function shiftWindow(window: TimeSpan, unit: CalendarUnit, count: number, extent: TimeSpan): TimeSpan {
  const moved = { start: addUnits(window.start, unit, count), end: addUnits(window.end, unit, count) };
  if (moved.start < extent.start) return placeStartAt(window, extent.start, extent);
  if (moved.end > extent.end) return placeEndAt(window, extent.end, extent);
  return moved;
}

const isMonthStart = (time: number) => floorToUnit(time, 'month') === time;
const monthIndex = (time: number) => {
  const d = new Date(time);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

// Whole months when both bounds are month starts, so "Oct–Dec" slides to "Dec–Feb" and
// not to "29 Nov – 28 Feb"; otherwise by exact time.
function moveBound(window: TimeSpan, from: number, to: number): TimeSpan {
  if (isMonthStart(window.start) && isMonthStart(window.end) && isMonthStart(from) && isMonthStart(to)) {
    const months = monthIndex(to) - monthIndex(from);
    return { start: addUnits(window.start, 'month', months), end: addUnits(window.end, 'month', months) };
  }
  const delta = to - from;
  return { start: window.start + delta, end: window.end + delta };
}

function placeEndAt(window: TimeSpan, end: number, extent: TimeSpan): TimeSpan {
  const moved = moveBound(window, window.end, end);
  return { start: Math.max(extent.start, moved.start), end };
}

function placeStartAt(window: TimeSpan, start: number, extent: TimeSpan): TimeSpan {
  const moved = moveBound(window, window.start, start);
  return { start, end: Math.min(extent.end, moved.end) };
}
