import { describe, expect, it } from 'vitest';
import { binRelations, type TimelineBin } from '../../src/lib/time/bins';
import { relationSpan } from '../../src/lib/time/relation-span';
import { DAY_MS, createTimeScale } from '../../src/lib/time/time-scale';
import {
  CHART_HEIGHT,
  CHART_WIDTH,
  axisTicks,
  boundAfterKey,
  dragUnit,
  draggedWindow,
  isPlaybackStep,
  playbackStepOptions,
  sameWindow,
  stackedBars,
  timeAtPointer,
  unitsBetween,
  withBound,
} from '../../src/lib/view/timeline';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

const TYPES = [
  { id: 'met', label: 'Met', color: '#88CCEE' },
  { id: 'criticized', label: 'Criticized', color: '#E69F00' },
  { id: 'sanctioned', label: 'Sanctioned', color: '#882255' },
];

function bin(start: number, end: number, u0: number, u1: number, counts: Record<string, number>): TimelineBin {
  const countsByType = new Map(Object.entries(counts));
  return { start, end, u0, u1, countsByType, total: [...countsByType.values()].reduce((a, b) => a + b, 0) };
}

const BINS = [
  bin(utc(2025, 9), utc(2025, 10), 0, 0.5, { met: 1 }),
  bin(utc(2025, 10), utc(2025, 11), 0.5, 1, { criticized: 3, sanctioned: 1, unknown: 7 }),
];
const OCTOBER = { start: utc(2025, 10), end: utc(2025, 11) };

describe('stackedBars', () => {
  it('stacks the types in the given order, the highest bar filling the chart', () => {
    const [september, october] = stackedBars(BINS, TYPES, OCTOBER, 'en');
    // Types not in the list are not drawn, and do not count toward the height.
    expect(october.segments.map((s) => s.id)).toEqual(['criticized', 'sanctioned']);
    const [criticized, sanctioned] = october.segments;
    expect(criticized.height + sanctioned.height).toBeCloseTo(CHART_HEIGHT, 9);
    expect(criticized.height).toBeCloseTo(3 * sanctioned.height, 9);
    expect(criticized.y).toBeCloseTo(CHART_HEIGHT - criticized.height, 9);
    expect(sanctioned.y + sanctioned.height).toBeCloseTo(criticized.y, 9);
    expect(september.segments[0]).toMatchObject({ id: 'met', color: '#88CCEE', height: CHART_HEIGHT / 4 });
  });

  it('places bars over their stretch of axis with a small gap, and fades those outside the window', () => {
    const [september, october] = stackedBars(BINS, TYPES, OCTOBER, 'en');
    expect(september.x).toBeCloseTo(1, 9);
    expect(september.width).toBeCloseTo(CHART_WIDTH / 2 - 2, 9);
    expect(october.x).toBeCloseTo(CHART_WIDTH / 2 + 1, 9);
    expect(september.outside).toBe(true);
    expect(october.outside).toBe(false);
  });

  it('titles each piece with type, count and period, in the chosen language', () => {
    const [september, october] = stackedBars(BINS, TYPES, OCTOBER, 'en');
    expect(october.segments.map((s) => s.title)).toEqual([
      'Criticized: 3 relations, Oct 2025',
      'Sanctioned: 1 relation, Oct 2025',
    ]);
    expect(september.segments[0].title).toBe('Met: 1 relation, Sep 2025');
    const spanish = stackedBars(BINS, TYPES, OCTOBER, 'es')[1].segments.map((s) => s.title);
    expect(spanish).toEqual(['Criticized: 3 relaciones, oct de 2025', 'Sanctioned: 1 relación, oct de 2025']);
  });

  it('draws nothing tall when there is nothing to count', () => {
    const bars = stackedBars([bin(utc(2025), utc(2026), 0, 1, {})], TYPES, OCTOBER, 'en');
    expect(bars[0].segments).toEqual([]);
  });

  it('works on bins from binRelations', () => {
    const relations = [
      { id: 'a', type: 'met', date: '2025-10-16' },
      { id: 'b', type: 'met', date: '2026-01' },
    ];
    const scale = createTimeScale(relations);
    const bins = binRelations(
      relations.map((r) => ({ id: r.id, type: r.type, span: relationSpan(r, scale.extent.end) })),
      scale,
      10,
    );
    const bars = stackedBars(bins, TYPES, scale.extent, 'en');
    expect(bars).toHaveLength(10);
    expect(Math.max(...bars.flatMap((b) => b.segments.map((s) => s.height)))).toBeCloseTo(CHART_HEIGHT, 9);
  });
});

describe('axisTicks', () => {
  const scale = createTimeScale([{ date: '1948' }, { date: '2025-10-16' }, { date: '2026-02' }]);

  it('labels the ticks that fit the width, in the chosen language, left to right', () => {
    const en = axisTicks(scale, 800, 'en');
    expect(en.length).toBeGreaterThan(2);
    expect(en.length).toBeLessThanOrEqual(Math.floor(800 / 72));
    for (let i = 1; i < en.length; i++) expect(en[i].position).toBeGreaterThan(en[i - 1].position);
    for (const tick of en) expect(tick.position).toBeCloseTo(scale.toUnit(tick.time), 12);
    expect(en.map((t) => t.label)).toContain('1950');
  });

  it('spaces ticks wider where month labels are longer', () => {
    const recent = createTimeScale([{ date: '2025-03' }, { date: '2025-10-16' }, { date: '2026-02' }]);
    const gaps = (locale: 'en' | 'es') => {
      const positions = axisTicks(recent, 900, locale).map((t) => t.position * 900);
      return Math.min(...positions.slice(1).map((p, i) => p - positions[i]));
    };
    expect(gaps('en')).toBeGreaterThanOrEqual(72 - 1e-6);
    // "sept de 2025": 12 characters of about 6.5 px, and a little air.
    expect(gaps('es')).toBeGreaterThanOrEqual(12 * 6.5 + 12 - 1e-6);
  });

  it('leaves out a label that would run off the right end', () => {
    for (const tick of axisTicks(scale, 300, 'es')) {
      expect((1 - tick.position) * 300).toBeGreaterThanOrEqual(tick.label.length * 6.5 + 4);
    }
  });

  it('words month ticks in each language', () => {
    const recent = createTimeScale([{ date: '2025-03' }, { date: '2025-10-16' }, { date: '2026-02' }]);
    expect(axisTicks(recent, 1200, 'en').some((t) => /^[A-Z][a-z]{2} 20\d\d$/.test(t.label))).toBe(true);
    expect(axisTicks(recent, 1200, 'es').some((t) => /^[a-z]+\.? de 20\d\d$/.test(t.label))).toBe(true);
  });
});

describe('playback steps', () => {
  it('names the steps in each language', () => {
    expect(playbackStepOptions('en')).toEqual([
      { value: 'month', label: 'Month' },
      { value: 'quarter', label: 'Quarter' },
      { value: 'year', label: 'Year' },
    ]);
    expect(playbackStepOptions('es').map((o) => o.label)).toEqual(['Mes', 'Trimestre', 'Año']);
  });

  it('knows a step value from anything else', () => {
    expect(isPlaybackStep('quarter')).toBe(true);
    expect(isPlaybackStep('week')).toBe(false);
  });
});

describe('keyboard', () => {
  const extent = { start: utc(1948), end: utc(2026, 3) };

  it('steps a month with the arrows, a year with Page Up/Down, to the edges with Home/End', () => {
    const now = utc(2025, 1, 31);
    expect(boundAfterKey('ArrowRight', now, extent)).toBe(utc(2025, 2, 28));
    expect(boundAfterKey('ArrowUp', now, extent)).toBe(utc(2025, 2, 28));
    expect(boundAfterKey('ArrowLeft', now, extent)).toBe(utc(2024, 12, 31));
    expect(boundAfterKey('ArrowDown', now, extent)).toBe(utc(2024, 12, 31));
    expect(boundAfterKey('PageUp', now, extent)).toBe(utc(2026, 1, 31));
    expect(boundAfterKey('PageDown', now, extent)).toBe(utc(2024, 1, 31));
    expect(boundAfterKey('Home', now, extent)).toBe(extent.start);
    expect(boundAfterKey('End', now, extent)).toBe(extent.end);
    expect(boundAfterKey('a', now, extent)).toBeNull();
    expect(boundAfterKey('Tab', now, extent)).toBeNull();
  });

  it('keeps a moved bound inside the extent and a day clear of the other', () => {
    const window = { start: utc(2025, 10), end: utc(2025, 11) };
    expect(withBound(window, 'start', utc(2025, 9), extent)).toEqual({ start: utc(2025, 9), end: utc(2025, 11) });
    expect(withBound(window, 'start', utc(2026), extent)).toEqual({
      start: utc(2025, 11) - DAY_MS,
      end: utc(2025, 11),
    });
    expect(withBound(window, 'start', utc(1900), extent)).toEqual({ start: extent.start, end: utc(2025, 11) });
    expect(withBound(window, 'end', utc(2030), extent)).toEqual({ start: utc(2025, 10), end: extent.end });
    expect(withBound(window, 'end', utc(2000), extent)).toEqual({ start: utc(2025, 10), end: utc(2025, 10, 2) });
  });

  it('tells equal windows apart from different ones', () => {
    expect(sameWindow({ start: 1, end: 2 }, { start: 1, end: 2 })).toBe(true);
    expect(sameWindow({ start: 1, end: 2 }, { start: 1, end: 3 })).toBe(false);
  });
});

describe('dragging', () => {
  const scale = createTimeScale([{ date: '1948' }, { date: '2026-02' }], { alpha: 1 });
  const extent = scale.extent;
  const plot = { left: 100, width: 1000 };
  const x = (time: number) => plot.left + scale.toUnit(time) * plot.width;

  it('reads the time under the pointer, or nothing while the plot has no width', () => {
    expect(timeAtPointer(x(utc(2000)), plot, scale)).toBeCloseTo(utc(2000), -3);
    expect(timeAtPointer(50, plot, scale)).toBe(extent.start);
    expect(timeAtPointer(500, { left: 0, width: 0 }, scale)).toBeNull();
  });

  it('snaps to months, or to days on a span of weeks', () => {
    expect(dragUnit(scale)).toBe('month');
    expect(dragUnit(createTimeScale([{ date: '2026-01-05' }, { date: '2026-02-03' }]))).toBe('day');
  });

  it('counts whole months and days between two times', () => {
    expect(unitsBetween(utc(2025, 10), utc(2026, 2), 'month')).toBe(4);
    expect(unitsBetween(utc(2026, 2), utc(2025, 10), 'month')).toBe(-4);
    expect(unitsBetween(utc(2025, 10, 1), utc(2025, 10, 8), 'day')).toBe(7);
  });

  it('moves a handle to the nearest month, never past the other handle', () => {
    const grabWindow = { start: utc(2000), end: utc(2010) };
    const drag = { target: 'end' as const, grabTime: utc(2010), grabWindow };
    expect(draggedWindow(drag, utc(2015, 3, 10), scale, extent)).toEqual({ start: utc(2000), end: utc(2015, 3) });
    expect(draggedWindow(drag, utc(1990), scale, extent)).toEqual({ start: utc(2000), end: utc(2000) + DAY_MS });
    const start = { target: 'start' as const, grabTime: utc(2000), grabWindow };
    expect(draggedWindow(start, utc(1999, 6, 20), scale, extent)).toEqual({ start: utc(1999, 7), end: utc(2010) });
  });

  it('moves the body by whole months from where it was grabbed, stopping at the edges', () => {
    const drag = { target: 'body' as const, grabTime: utc(2005), grabWindow: { start: utc(2000), end: utc(2010) } };
    expect(draggedWindow(drag, utc(2007), scale, extent)).toEqual({ start: utc(2002), end: utc(2012) });
    expect(draggedWindow(drag, utc(2004, 11, 20), scale, extent)).toEqual({ start: utc(1999, 12), end: utc(2009, 12) });
    expect(draggedWindow(drag, utc(1940), scale, extent)).toEqual({ start: extent.start, end: utc(1958) });
  });
});
