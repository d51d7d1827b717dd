/** The actor panel's view model: the actor's facts and relation groups in either language. */
import { describe, expect, it } from 'vitest';
import { actorFacts, actorRelationGroups } from '../../src/lib/view/actor-panel';
import type { NetworkActor } from '../../src/lib/data/network';
import type { ActorRelationItem } from '../../src/lib/view/rows';

const PETRO: NetworkActor = {
  id: 'gustavo-petro',
  label: 'Gustavo Petro',
  kind: 'person',
  country: 'CO',
  aliases: ['Petro', 'Gustavo Francisco Petro Urrego'],
  description: 'President of Colombia since 2022.',
  translations: { es: { description: 'Presidente de Colombia desde 2022.' } },
};

function item(partial: Partial<ActorRelationItem> & Pick<ActorRelationItem, 'id'>): ActorRelationItem {
  return {
    relation: 'sanctioned',
    relationLabel: 'Sanctioned',
    color: '#882255',
    directed: true,
    outgoing: false,
    counterpartId: 'united-states',
    counterpartLabel: 'United States',
    dateLabel: '',
    sortTime: null,
    ...partial,
  };
}

describe('actorFacts', () => {
  it('words the country and picks the description in the chosen language', () => {
    expect(actorFacts(PETRO, 'en')).toEqual({
      countryName: 'Colombia',
      description: 'President of Colombia since 2022.',
      aliases: 'Petro, Gustavo Francisco Petro Urrego',
    });
    expect(actorFacts({ ...PETRO, country: 'US' }, 'es')).toEqual({
      countryName: 'Estados Unidos',
      description: 'Presidente de Colombia desde 2022.',
      aliases: 'Petro, Gustavo Francisco Petro Urrego',
    });
  });

  it('falls back to the description as written, and leaves out what the actor lacks', () => {
    const { translations: _translations, ...untranslated } = PETRO;
    expect(actorFacts(untranslated, 'es').description).toBe('President of Colombia since 2022.');
    expect(actorFacts({ ...PETRO, country: undefined, aliases: [], description: undefined }, 'en')).toEqual({
      countryName: null,
      description: undefined,
      aliases: null,
    });
  });
});

describe('actorRelationGroups', () => {
  const ITEMS = [
    item({ id: 'imported', relation: 'tweeted-at', relationLabel: 'tweeted-at', color: '#123456' }),
    item({ id: 'us-oct', sortTime: Date.UTC(2025, 9, 1), dateLabel: 'October 2025' }),
    item({ id: 'treasury-undated', counterpartId: 'us-treasury', counterpartLabel: 'US Treasury' }),
    item({ id: 'alvaro-undated', counterpartId: 'uribe', counterpartLabel: 'Álvaro Uribe' }),
    item({ id: 'trump-24', counterpartLabel: 'Donald Trump', sortTime: Date.UTC(2025, 9, 24) }),
    item({ id: 'zelaya-oct', counterpartLabel: 'Zelaya', sortTime: Date.UTC(2025, 9, 1) }),
    item({ id: 'met', relation: 'met', relationLabel: 'Met', color: '#88CCEE', directed: false }),
    item({ id: 'criticized', relation: 'criticized', relationLabel: 'Criticized', color: '#E69F00', outgoing: true }),
  ];

  it('groups by type in vocabulary order, types outside the vocabulary last', () => {
    const groups = actorRelationGroups(ITEMS, 'en');
    expect(groups.map((g) => [g.relation, g.label, g.color, g.lines.length])).toEqual([
      ['met', 'Met', '#88CCEE', 1],
      ['criticized', 'Criticized', '#E69F00', 1],
      ['sanctioned', 'Sanctioned', '#882255', 5],
      ['tweeted-at', 'tweeted-at', '#123456', 1],
    ]);
  });

  it('sorts each group newest first, undated last, then by counterpart name', () => {
    const sanctioned = actorRelationGroups(ITEMS, 'en').find((g) => g.relation === 'sanctioned')!;
    expect(sanctioned.lines.map((line) => line.id)).toEqual([
      'trump-24',
      'us-oct',
      'zelaya-oct',
      // Accents do not push a name to the end: "Álvaro" sorts with the As.
      'alvaro-undated',
      'treasury-undated',
    ]);
  });

  it('gives each line the arrow of its direction from the actor', () => {
    const glyphs = Object.fromEntries(
      actorRelationGroups(ITEMS, 'en').flatMap((g) => g.lines.map((line) => [line.id, line.glyph])),
    );
    expect(glyphs).toMatchObject({ met: '↔', criticized: '→', 'us-oct': '←' });
  });

  it('returns no group for no relations and leaves its input alone', () => {
    expect(actorRelationGroups([], 'es')).toEqual([]);
    const copy = ITEMS.map((i) => ({ ...i }));
    actorRelationGroups(ITEMS, 'es');
    expect(ITEMS).toEqual(copy);
  });
});
