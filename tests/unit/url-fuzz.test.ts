/**
 * The address parser against anything a URL can carry: random, malformed, repeated and
 * overlong parameters never make it throw, never select or hide anything the network does
 * not have, always explain what they ignored as catalogue messages, and what it reads
 * serialises back to an address that reads the same.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_URL_NOTICES,
  URL_PARAMS,
  parseUrlState,
  serializeUrlState,
  type UrlContext,
} from '../../src/lib/state/url';
import { formatMessage, isMessageKey } from '../../src/lib/i18n/messages';
import { OPTIONS, known } from './support/url-network';

const PARAMS = URL_PARAMS.filter((param) => param !== 'bench');
const KNOWN_VALUES = [
  'met',
  'person',
  'gustavo-petro',
  'r1',
  'doc-a',
  'r1:1',
  '2025-10',
  '2026',
  'hide',
  'show',
  'es',
  'attr:group',
  'kind',
];

const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...KNOWN_VALUES),
  fc.array(fc.constantFrom(...KNOWN_VALUES, '', ',', 'x'), { maxLength: 6 }).map((parts) => parts.join(',')),
  fc.constantFrom('%', '%E0%A4%A', '\u0000', '<script>alert(1)</script>', '9999-99-99', '-1', 'NaN', '1e308'),
);
const query = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAMS), fc.string({ maxLength: 10 })), value), { maxLength: 12 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));

function check(search: string): void {
  const { state, notices } = parseUrlState(search, known);
  for (const type of state.filters.hiddenRelations) expect(known.relationTypes.has(type)).toBe(true);
  for (const kind of state.filters.hiddenKinds) expect(known.kinds.has(kind)).toBe(true);
  if (state.selection?.kind === 'actor') expect(known.actors.has(state.selection.id)).toBe(true);
  if (state.selection?.kind === 'relation') expect(known.relations.has(state.selection.id)).toBe(true);
  if (state.reader) expect(known.documents.has(state.reader.document)).toBe(true);
  if (state.time.window) expect(state.time.window.end).toBeGreaterThan(state.time.window.start);
  for (const aspect of ['nodeColor', 'nodeSize', 'edgeColor'] as const) {
    expect(OPTIONS[aspect].some((option) => option.id === state.appearance[aspect])).toBe(true);
  }
  for (const notice of notices) {
    expect(isMessageKey(notice.key)).toBe(true);
    // Every value shown back is clipped, so a 100 kB parameter cannot flood the page.
    expect(formatMessage(notice, 'en').length).toBeLessThan(300);
  }
  const context: UrlContext = { locale: 'en', appearanceOptions: OPTIONS };
  const again = parseUrlState(serializeUrlState(state, context), known);
  expect(again.notices).toEqual([]);
  expect(serializeUrlState(again.state, context)).toBe(serializeUrlState(state, context));
}

describe('the address parser on anything', () => {
  it('never throws, keeps only what the network has, and round-trips what it keeps', () => {
    fc.assert(
      fc.property(query, (search) => check(`?${search}`)),
      { numRuns: 400 },
    );
  });

  it('stands every parameter malformed, overlong (100 kB) or repeated', () => {
    const long = 'x'.repeat(100_000);
    check(`?${PARAMS.map((param) => `${param}=${long}`).join('&')}`);
    check(`?${PARAMS.map((param) => `${param}=%%%`).join('&')}`);
    check(`?${PARAMS.flatMap((param) => [`${param}=met`, `${param}=zzz`, `${param}=`]).join('&')}`);
    const many = `?hide=${Array.from({ length: 5000 }, (_, i) => `t${i}`).join(',')}`;
    check(many);
    const { notices } = parseUrlState(many, known);
    expect(notices).toHaveLength(MAX_URL_NOTICES + 1);
    expect(formatMessage(notices[MAX_URL_NOTICES], 'en')).toBe('…and 4,988 more values of the address ignored.');
    expect(formatMessage(notices[MAX_URL_NOTICES], 'es')).toBe('…y se ignoraron 4.988 valores más de la dirección.');
  });
});
