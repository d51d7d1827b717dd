import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../../src/lib/data/partial-date';
import { formatPartialDate } from '../../src/lib/i18n/format';

describe('parsePartialDate', () => {
  it('covers the whole year, month or day, end exclusive', () => {
    expect(parsePartialDate('2025')).toEqual({
      start: Date.UTC(2025, 0, 1),
      end: Date.UTC(2026, 0, 1),
      precision: 'year',
    });
    expect(parsePartialDate('2025-12')).toEqual({
      start: Date.UTC(2025, 11, 1),
      end: Date.UTC(2026, 0, 1),
      precision: 'month',
    });
    expect(parsePartialDate('2024-02-29')).toEqual({
      start: Date.UTC(2024, 1, 29),
      end: Date.UTC(2024, 2, 1),
      precision: 'day',
    });
  });

  it('rejects what is not a real partial date', () => {
    for (const bad of ['2025-13', '2025-00', '2025-02-29', '2025-04-31', '25', '2025-1', '2025/10', ' 2025', '']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });
});

describe('formatPartialDate', () => {
  it('keeps the precision of the source', () => {
    expect(formatPartialDate('2025', 'en')).toBe('2025');
    expect(formatPartialDate('2025-10', 'en')).toBe('October 2025');
    expect(formatPartialDate('2026-02-03', 'en')).toBe('February 3, 2026');
    expect(formatPartialDate('2025-10', 'es')).toBe('octubre de 2025');
    expect(formatPartialDate('2026-02-03', 'es')).toBe('3 de febrero de 2026');
    expect(formatPartialDate('not a date', 'es')).toBe('not a date');
  });
});
