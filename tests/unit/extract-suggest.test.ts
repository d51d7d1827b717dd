/**
 * The article reader's suggestions: trigger types, direction (active, passive, agent
 * phrases), claims (negated, hedged, attributed), dates against the publication date,
 * pronoun and description resolution, exact quotes and stable ids.
 */
import { describe, expect, it } from 'vitest';
import { suggestRelations } from '../../src/lib/extract/suggest';
import { resolveDate } from '../../src/lib/extract/dates';
import type { KnownActor } from '../../src/lib/extract/types';

const actors: KnownActor[] = [
  {
    id: 'gustavo-petro',
    label: 'Gustavo Petro',
    kind: 'person',
    aliases: ['Petro', 'Colombian President Gustavo Petro'],
  },
  { id: 'donald-trump', label: 'Donald Trump', kind: 'person', aliases: ['Trump', 'US President Donald Trump'] },
  { id: 'united-states', label: 'United States', kind: 'state', aliases: ['US', 'U.S.', 'Washington'] },
  { id: 'colombia', label: 'Colombia', kind: 'state', aliases: [] },
  { id: 'eln', label: 'ELN', kind: 'armed-group', aliases: [] },
];

const read = (text: string, published = '2025-10') => suggestRelations(text, actors, { published });
const brief = (text: string, published?: string) =>
  read(text, published).suggestions.map((s) => `${s.source} ${s.type} ${s.target} ${s.claim}`);

describe('suggestRelations: types and direction', () => {
  it('reads an active sentence as source before target', () => {
    expect(brief('Washington sanctioned Petro.')).toEqual(['united-states sanctioned gustavo-petro reported']);
    expect(brief('Trump accused Petro of drug trafficking.')).toEqual(['donald-trump accused gustavo-petro reported']);
  });

  it('reverses a passive with an agent', () => {
    expect(brief('Petro was sanctioned by Washington.')).toEqual(['united-states sanctioned gustavo-petro reported']);
    expect(brief('Colombian soldiers were attacked by the ELN.')).toEqual(['eln attacked colombia reported']);
  });

  it('marks negated, hedged and attributed claims', () => {
    const negated = read('Trump did not meet Petro.').suggestions[0];
    expect(negated).toMatchObject({ type: 'met', claim: 'disputed', negated: true });
    const hedged = read('The ELN allegedly attacked Colombia.').suggestions[0];
    expect(hedged).toMatchObject({ source: 'eln', target: 'colombia', claim: 'alleged', hedged: true });
    const attributed = read('According to Petro, Washington threatened Colombia.').suggestions[0];
    expect(attributed).toMatchObject({ type: 'threatened', claim: 'attributed', speaker: 'gustavo-petro' });
  });

  it('quotes the sentence exactly and gives stable ids', () => {
    const text = 'Intro line\nTrump met Petro in Washington. Nothing else.';
    const [first] = read(text).suggestions;
    expect(text.slice(first.quote.start, first.quote.end)).toBe('Trump met Petro in Washington.');
    expect(first.trigger.text).toBe('met');
    expect(read(text).suggestions[0].id).toBe(first.id);
  });

  it('reads a title as a membership', () => {
    expect(brief('Colombian President Gustavo Petro spoke.')).toContain('gustavo-petro member-of colombia reported');
  });
});

describe('suggestRelations: references', () => {
  it('resolves "he" and "the U.S. president" to the last fitting mention', () => {
    expect(brief('Petro arrived early. He criticized Trump.')).toEqual([
      'gustavo-petro criticized donald-trump reported',
    ]);
    expect(brief('Trump spoke at length. Petro condemned the U.S. president.')).toEqual([
      'gustavo-petro criticized donald-trump reported',
    ]);
  });

  it('keeps an object pronoun off its own subject', () => {
    expect(brief('Petro spoke. For months, Trump has accused him of lying.')).toEqual([
      'donald-trump accused gustavo-petro reported',
    ]);
  });
});

describe('dates', () => {
  it('resolves dates against the publication date at the precision given', () => {
    expect(resolveDate('The accord was signed in 2016.', '2025-10')).toBe('2016');
    expect(resolveDate('They met on January 26.', '2025-10')).toBe('2025-01-26');
    expect(resolveDate('They met in late September.', '2025-10')).toBe('2025-09');
    expect(resolveDate('They met last month.', '2026-02')).toBe('2026-01');
    expect(resolveDate('They met at 17 after a long day.', '2026-02')).toBeUndefined();
  });

  it('dates a suggestion from its sentence only', () => {
    const [dated, undated] = read('Trump met Petro on January 26. Petro criticized Trump.').suggestions;
    expect(dated.date).toBe('2025-01-26');
    expect(undated.date).toBeUndefined();
  });
});
