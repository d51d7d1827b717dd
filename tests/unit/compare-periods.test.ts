// @vitest-environment node
/**
 * Compare periods: pair-and-type presence in A only or B only, pairs whose dominant polarity
 * flipped, counts per type, the before/after mode, and the `compare=` address parameter
 * (round trip and garbage).
 */
import { describe, expect, it } from 'vitest';
import { comparePeriods, type ComparedRelation } from '../../src/lib/analysis/compare-periods';
import {
  isValidPeriods,
  parsePeriods,
  periodWindows,
  serializePeriods,
  writePeriods,
  type PeriodSpec,
} from '../../src/lib/analysis/period-param';
import { indexRelationSpans } from '../../src/lib/time/time-filter';

const rel = (id: string, source: string, target: string, type: string, date?: string) => ({
  id,
  source,
  target,
  type,
  ...(date ? { date } : {}),
  evidence: [],
});

const RELATIONS = [
  rel('met-24', 'p', 't', 'met', '2024-03'),
  rel('coop-24', 't', 'p', 'cooperated', '2024-06'),
  rel('crit-25', 'p', 't', 'criticized', '2025-01'),
  rel('sanc-25', 't', 'p', 'sanctioned', '2025-10'),
  rel('met-25', 'p', 't', 'met', '2025-11'),
  rel('crit-24-u', 'p', 'u', 'criticized', '2024'),
  rel('crit-25-u', 'u', 'p', 'criticized', '2025-02'),
  rel('undated', 'p', 'v', 'allied'),
];

const RANGES: PeriodSpec = {
  mode: 'ranges',
  a: { from: '2024', to: '2024-12' },
  b: { from: '2025-01', to: '2025-12' },
};

function run(spec: PeriodSpec, visible: ReadonlySet<string> | null = null, relations: ComparedRelation[] = RELATIONS) {
  return comparePeriods({
    relations,
    visibleIds: visible,
    spans: indexRelationSpans(relations.map((r) => ({ ...r, evidence: [] }))).spans,
    windows: periodWindows(spec)!,
  });
}

describe('comparePeriods', () => {
  const result = run(RANGES);

  it('lists pair-and-type presence in one period only, whatever the direction', () => {
    expect(result.onlyA).toEqual([{ actors: ['p', 't'], type: 'cooperated', relationIds: ['coop-24'] }]);
    expect(result.onlyB).toEqual([
      { actors: ['p', 't'], type: 'criticized', relationIds: ['crit-25'] },
      { actors: ['p', 't'], type: 'sanctioned', relationIds: ['sanc-25'] },
    ]);
  });

  it('finds the pairs whose dominant polarity flipped', () => {
    expect(result.changed).toEqual([
      {
        actors: ['p', 't'],
        from: 'cooperative',
        to: 'hostile',
        relationIdsA: ['met-24', 'coop-24'],
        relationIdsB: ['crit-25', 'sanc-25', 'met-25'],
      },
    ]);
  });

  it('counts relations per type in A and B, in vocabulary order, leaving out undated', () => {
    expect(result.counts).toEqual([
      { type: 'cooperated', a: 1, b: 0 },
      { type: 'met', a: 1, b: 1 },
      { type: 'criticized', a: 1, b: 2 },
      { type: 'sanctioned', a: 0, b: 1 },
    ]);
  });

  it('marks edges for the canvas, "changed" winning', () => {
    expect(Object.fromEntries(result.edgeMarks)).toEqual({
      'met-24': 'changed',
      'coop-24': 'changed',
      'crit-25': 'changed',
      'sanc-25': 'changed',
      'met-25': 'changed',
    });
    const onlyVisible = run(RANGES, new Set(['coop-24', 'crit-25-u']));
    expect(Object.fromEntries(onlyVisible.edgeMarks)).toEqual({ 'coop-24': 'onlyA', 'crit-25-u': 'onlyB' });
    expect(onlyVisible.changed).toEqual([]);
  });

  it('splits at a date in before/after mode, a standing tie in both', () => {
    const relations = [...RELATIONS, { ...rel('tie', 'p', 'w', 'allied'), start: '2024-06', end: '2025-06' }];
    const split = run({ mode: 'split', date: '2025-01' }, null, relations);
    expect(split.counts.find((c) => c.type === 'allied')).toEqual({ type: 'allied', a: 1, b: 1 });
    expect(split.onlyA.map((c) => c.type)).toEqual(['cooperated']);
    expect(split.changed.map((c) => c.actors)).toEqual([['p', 't']]);
  });
});

describe('compare= parameter', () => {
  const parse = (value: string) => parsePeriods(new URLSearchParams({ compare: value }));

  it('round-trips both forms', () => {
    for (const spec of [
      RANGES,
      { mode: 'split', date: '2025-01' } as const,
      { mode: 'split', date: '2025-01-15' } as const,
    ]) {
      const params = new URLSearchParams('lang=es');
      writePeriods(params, spec);
      expect(parsePeriods(new URLSearchParams(params.toString()))).toEqual({ periods: spec, problem: null });
      expect(isValidPeriods(spec)).toBe(true);
    }
    expect(serializePeriods(RANGES)).toBe('2024..2024-12,2025-01..2025-12');
    expect(parse('before:2025-01').periods).toEqual({ mode: 'split', date: '2025-01' });
  });

  it('gives windows for both forms', () => {
    expect(periodWindows(RANGES)).toEqual({
      a: { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) },
      b: { start: Date.UTC(2025, 0, 1), end: Date.UTC(2026, 0, 1) },
    });
    expect(periodWindows({ mode: 'split', date: '2025' })).toEqual({
      a: { start: -Infinity, end: Date.UTC(2025, 0, 1) },
      b: { start: Date.UTC(2025, 0, 1), end: Infinity },
    });
  });

  it('is absent without the parameter, and removable', () => {
    expect(parsePeriods(new URLSearchParams('lang=en'))).toEqual({ periods: null, problem: null });
    const params = new URLSearchParams('compare=before:2025');
    writePeriods(params, null);
    expect(params.has('compare')).toBe(false);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['x'.repeat(65), 'too-long'],
    ['2024..2024-12', 'shape'],
    ['2024..2024-12,2025..2025-12,2026..2026', 'shape'],
    ['2024-2024-12,2025..2025-12', 'shape'],
    ['2024..2024-12,2025...2025-12', 'shape'],
    ['2024..,2025..2025-12', 'shape'],
    ['24..2024-12,2025..2025-12', 'shape'],
    ['2024-01-05..2024-12,2025..2025-12', 'shape'],
    ['before:', 'shape'],
    ['before:soon', 'shape'],
    ['after:2025', 'shape'],
    ['<script>', 'shape'],
    ['2024-13..2024-12,2025..2025-12', 'date'],
    ['2024-00..2024-12,2025..2025-12', 'date'],
    ['before:2025-02-30', 'date'],
    ['2024-12..2024-01,2025..2025-12', 'reversed'],
    ['2024..2024,2026..2025', 'reversed'],
  ])('refuses %j as %s', (value, problem) => {
    expect(parse(value)).toEqual({ periods: null, problem });
  });

  it('refuses a repeated parameter', () => {
    expect(parsePeriods(new URLSearchParams('compare=before:2025&compare=before:2024'))).toEqual({
      periods: null,
      problem: 'repeated',
    });
    expect(isValidPeriods({ mode: 'split', date: 'nope' })).toBe(false);
    expect(periodWindows({ mode: 'split', date: 'nope' })).toBeNull();
  });
});
