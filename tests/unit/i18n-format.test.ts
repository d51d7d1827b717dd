import { describe, expect, it } from 'vitest';
import {
  describeBound,
  describeRelationTime,
  formatNumber,
  formatPartialDate,
  formatWindow,
  tickLabel,
} from '../../src/lib/i18n/format';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
/** Intl puts thin or no-break spaces around range dashes; compare them as plain spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatWindow', () => {
  it('words a window as coarsely as its bounds allow, in English', () => {
    expect(plain(formatWindow({ start: utc(2025, 10), end: utc(2026, 3) }, 'en'))).toBe('Oct 2025 – Feb 2026');
    expect(plain(formatWindow({ start: utc(2025, 10), end: utc(2025, 11) }, 'en'))).toBe('Oct 2025');
    expect(plain(formatWindow({ start: utc(2022), end: utc(2026) }, 'en'))).toBe('2022 – 2025');
    expect(plain(formatWindow({ start: utc(2025), end: utc(2026) }, 'en'))).toBe('2025');
    expect(plain(formatWindow({ start: utc(2025, 10, 3), end: utc(2026, 2, 15) }, 'en'))).toBe(
      'Oct 3, 2025 – Feb 14, 2026',
    );
    expect(plain(formatWindow({ start: utc(2025, 10, 16), end: utc(2025, 10, 17) }, 'en'))).toBe('Oct 16, 2025');
  });

  it('words a window in Spanish', () => {
    expect(plain(formatWindow({ start: utc(2025, 10), end: utc(2026, 3) }, 'es'))).toBe('oct de 2025 a feb de 2026');
    expect(plain(formatWindow({ start: utc(2025, 10), end: utc(2025, 11) }, 'es'))).toBe('oct de 2025');
    expect(plain(formatWindow({ start: utc(2022), end: utc(2026) }, 'es'))).toBe('2022 a 2025');
    expect(plain(formatWindow({ start: utc(2025, 10, 16), end: utc(2025, 10, 17) }, 'es'))).toBe('16 de oct de 2025');
    expect(plain(formatWindow({ start: utc(2025, 10, 3), end: utc(2026, 2, 15) }, 'es'))).toMatch(
      /^3 de oct de 2025 (a|al) 14 de feb de 2026$/,
    );
  });

  it('words open-ended windows with since and until, at the precision of the known bound', () => {
    expect(plain(formatWindow({ start: utc(2020), end: Infinity }, 'en'))).toBe('since 2020');
    expect(plain(formatWindow({ start: -Infinity, end: utc(2026) }, 'en'))).toBe('until 2025');
    expect(plain(formatWindow({ start: -Infinity, end: utc(2025, 11) }, 'en'))).toBe('until Oct 2025');
    expect(plain(formatWindow({ start: utc(2020), end: Infinity }, 'es'))).toBe('desde 2020');
    expect(plain(formatWindow({ start: -Infinity, end: utc(2026) }, 'es'))).toBe('hasta 2025');
    expect(plain(formatWindow({ start: -Infinity, end: Infinity }, 'en'))).toBe('all time');
    expect(plain(formatWindow({ start: -Infinity, end: Infinity }, 'es'))).toBe('todo el periodo');
  });
});

describe('describeBound', () => {
  it('reads a bound as a month on a month boundary, else a day; an end names what it closes', () => {
    expect(describeBound(utc(2025, 10), 'start', 'en')).toBe('October 2025');
    expect(describeBound(utc(2025, 11), 'end', 'en')).toBe('October 2025');
    expect(describeBound(utc(2026, 2, 3), 'start', 'en')).toBe('February 3, 2026');
    expect(describeBound(utc(2026, 2, 4), 'end', 'en')).toBe('February 3, 2026');
  });

  it('reads bounds in Spanish', () => {
    expect(describeBound(utc(2025, 10), 'start', 'es')).toBe('octubre de 2025');
    expect(describeBound(utc(2025, 11), 'end', 'es')).toBe('octubre de 2025');
    expect(describeBound(utc(2025, 10, 16), 'start', 'es')).toBe('16 de octubre de 2025');
    expect(describeBound(utc(2026, 2, 4), 'end', 'es')).toBe('3 de febrero de 2026');
  });
});

describe('tickLabel', () => {
  it('labels a year start with the year, a month start with the month, a day with day and month', () => {
    expect(tickLabel(utc(2025), 'en')).toBe('2025');
    expect(tickLabel(utc(2025, 10), 'en')).toBe('Oct 2025');
    expect(tickLabel(utc(2025, 10, 8), 'en')).toBe('Oct 8');
    expect(tickLabel(utc(1948), 'es')).toBe('1948');
    expect(tickLabel(utc(2025, 10), 'es')).toBe('oct de 2025');
    expect(tickLabel(utc(2025, 10, 8), 'es')).toBe('8 de oct');
  });
});

describe('formatPartialDate', () => {
  it('keeps the precision the source gave', () => {
    expect(formatPartialDate('2025', 'en')).toBe('2025');
    expect(formatPartialDate('2025-10', 'en')).toBe('October 2025');
    expect(formatPartialDate('2025-10-16', 'en')).toBe('October 16, 2025');
    expect(formatPartialDate('2025', 'es')).toBe('2025');
    expect(formatPartialDate('2025-10', 'es')).toBe('octubre de 2025');
    expect(formatPartialDate('2025-10-16', 'es')).toBe('16 de octubre de 2025');
  });

  it('does not move a day across a time zone, even before 1970', () => {
    expect(formatPartialDate('1948-01-01', 'en')).toBe('January 1, 1948');
    expect(formatPartialDate('1948-01-01', 'es')).toBe('1 de enero de 1948');
  });

  it('returns anything that is not a partial date as it is', () => {
    expect(formatPartialDate('around 1990', 'en')).toBe('around 1990');
    expect(formatPartialDate('2025-13', 'es')).toBe('2025-13');
  });
});

describe('describeRelationTime', () => {
  it('words an act, a tie since, until and between, in English', () => {
    expect(describeRelationTime({ date: '2025-10-16' }, 'en')).toBe('October 16, 2025');
    expect(describeRelationTime({ start: '2022-08' }, 'en')).toBe('since August 2022');
    expect(describeRelationTime({ end: '1990' }, 'en')).toBe('until 1990');
    expect(describeRelationTime({ start: '2022-08', end: '2024' }, 'en')).toBe('August 2022 – 2024');
    expect(describeRelationTime({}, 'en')).toBe('');
    // A tie attested at one time only is said at that time.
    expect(describeRelationTime({ start: '1997', end: '1997' }, 'en')).toBe('1997');
  });

  it('words them in Spanish', () => {
    expect(describeRelationTime({ date: '2025-10-16' }, 'es')).toBe('16 de octubre de 2025');
    expect(describeRelationTime({ start: '2022-08' }, 'es')).toBe('desde agosto de 2022');
    expect(describeRelationTime({ end: '1990' }, 'es')).toBe('hasta 1990');
    expect(describeRelationTime({ start: '2022-08', end: '2024' }, 'es')).toBe('agosto de 2022 – 2024');
  });
});

describe('formatNumber', () => {
  it('groups digits the way each language does', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'es')).toBe('1.234');
    expect(formatNumber(0.5, 'es')).toBe('0,5');
  });
});
