/**
 * The article reader's mention matching: accents, case, aliases, whole words, the longest
 * name winning, offsets into the original text, and ambiguous names resolved from context.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/lib/extract/mentions';
import type { KnownActor } from '../../src/lib/extract/types';

const actors: KnownActor[] = [
  { id: 'gustavo-petro', label: 'Gustavo Petro', kind: 'person', aliases: ['Petro'], ambiguousAliases: ['Petro'] },
  { id: 'nicolas-petro', label: 'Nicolás Petro', kind: 'person', aliases: ['Nicolas'], ambiguousAliases: ['Nicolas'] },
  { id: 'nicolas-maduro', label: 'Nicolás Maduro', kind: 'person', aliases: ['Maduro'] },
  {
    id: 'francia-marquez',
    label: 'Francia Márquez',
    kind: 'person',
    aliases: ['Márquez'],
    ambiguousAliases: ['Márquez'],
  },
  { id: 'garcia-marquez', label: 'Gabriel García Márquez', kind: 'person', aliases: [] },
  { id: 'united-states', label: 'United States', kind: 'state', aliases: ['US', 'U.S.'] },
];

const found = (text: string) => findMentions(text, actors).map((m) => [m.text, m.actor]);

describe('findMentions', () => {
  it('ignores accents and case and keeps offsets into the original text', () => {
    const text = 'Ayer NICOLAS MADURO habló; luego nicolás maduro calló.';
    const mentions = findMentions(text, actors);
    expect(mentions.map((m) => m.actor)).toEqual(['nicolas-maduro', 'nicolas-maduro']);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(mentions[1].text).toBe('nicolás maduro');
  });

  it('keeps offsets exact when the text has decomposed accents before the name', () => {
    const text = 'Cafe\u0301 con Nicola\u0301s Maduro';
    const [mention] = findMentions(text, actors);
    expect(mention.text).toBe('Nicola\u0301s Maduro');
  });

  it('matches whole words only', () => {
    expect(found('Petrobras is not Petro’s company.')).toEqual([['Petro', null]]);
    expect(found('Petrobras and Maduros')).toEqual([]);
  });

  it('prefers the longest name', () => {
    expect(found('Nicolás Maduro spoke.')).toEqual([['Nicolás Maduro', 'nicolas-maduro']]);
  });

  it('keeps acronyms in capitals so the pronoun "us" is no mention', () => {
    expect(found('Tell us what the US and the U.S. want.')).toEqual([
      ['US', 'united-states'],
      ['U.S.', 'united-states'],
    ]);
  });

  it('resolves "Nicolás" from the nearest preceding full name', () => {
    const mentions = findMentions('Nicolás Maduro arrived. Later Nicolas left.', actors);
    expect(mentions[1]).toMatchObject({
      text: 'Nicolas',
      actor: 'nicolas-maduro',
      ambiguous: true,
      resolvedBy: 'context',
    });
    const son = findMentions('Nicolás Maduro arrived. Nicolás Petro, the son, came too. Nicolás spoke.', actors);
    expect(son.at(-1)).toMatchObject({ actor: 'nicolas-petro', resolvedBy: 'context' });
    expect(son.at(-1)!.candidates.sort()).toEqual(['nicolas-maduro', 'nicolas-petro']);
  });

  it('resolves "Márquez" between Francia Márquez and García Márquez', () => {
    const writer = findMentions('Gabriel García Márquez wrote novels. Márquez won the Nobel.', actors);
    expect(writer.at(-1)).toMatchObject({ actor: 'garcia-marquez', resolvedBy: 'context' });
    const vice = findMentions('Vice President Francia Márquez spoke. Márquez said no.', actors);
    expect(vice.at(-1)).toMatchObject({ actor: 'francia-marquez', resolvedBy: 'context' });
  });

  it('leaves an ambiguous name unresolved without context, with its candidates', () => {
    const [mention] = findMentions('Márquez said nothing.', actors);
    expect(mention).toMatchObject({ actor: null, ambiguous: true, resolvedBy: null });
    expect(mention.candidates.sort()).toEqual(['francia-marquez', 'garcia-marquez']);
  });
});
