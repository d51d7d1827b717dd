import { describe, expect, it } from 'vitest';
import {
  createActorSearchIndex,
  normalizeForSearch,
  searchActors,
  type SearchableActor,
} from '../../src/lib/search/actor-search';

const actor = (id: string, label: string, aliases: string[] = [], kind = 'person'): SearchableActor => ({
  id,
  label,
  aliases,
  kind,
});

const ACTORS: SearchableActor[] = [
  actor('gustavo-petro', 'Gustavo Petro', ['Petro']),
  actor('francia-marquez', 'Francia Márquez'),
  actor('alvaro-uribe', 'Álvaro Uribe', ['Uribe Vélez']),
  actor(
    'clan-del-golfo',
    'Clan del Golfo',
    ['Gulf Clan', 'AGC', 'Autodefensas Gaitanistas de Colombia'],
    'armed-group',
  ),
  actor('colombia', 'Colombia', [], 'state'),
  actor('ecopetrol', 'Ecopetrol', [], 'organization'),
];

const ids = (query: string, actors = ACTORS) => searchActors(actors, query, 'en').map((hit) => hit.id);

describe('normalizeForSearch', () => {
  it('drops accents, lower-cases and collapses separators', () => {
    expect(normalizeForSearch('Álvaro  Uribe-Vélez')).toBe('alvaro uribe velez');
    expect(normalizeForSearch('  FRANCIA Márquez! ')).toBe('francia marquez');
    expect(normalizeForSearch('Ñuñoa, São Paulo & Zürich')).toBe('nunoa sao paulo zurich');
    expect(normalizeForSearch('M-19 (1974)')).toBe('m 19 1974');
  });

  it('turns text without letters or digits into the empty string', () => {
    expect(normalizeForSearch(' -- ')).toBe('');
  });
});

describe('searchActors', () => {
  it('ignores accents and case in both directions', () => {
    expect(ids('marquez')).toEqual(['francia-marquez']);
    expect(ids('MÁRQUEZ')).toEqual(['francia-marquez']);
    expect(ids('uribe')).toEqual(['alvaro-uribe']);
    expect(ids('alvaro')).toEqual(['alvaro-uribe']);
  });

  it('finds an actor through an alias and reports that alias', () => {
    expect(searchActors(ACTORS, 'gulf clan', 'en')).toEqual([
      { id: 'clan-del-golfo', label: 'Clan del Golfo', kind: 'armed-group', matched: 'Gulf Clan' },
    ]);
  });

  it('reports the label when the label matches, even if an alias matches as well', () => {
    const [hit] = searchActors(ACTORS, 'petro', 'en');
    expect(hit).toMatchObject({ id: 'gustavo-petro', matched: 'Petro' });
    const [byLabel] = searchActors(ACTORS, 'gustavo', 'en');
    expect(byLabel.matched).toBe('Gustavo Petro');
  });

  it('returns nothing for an empty or blank query', () => {
    expect(searchActors(ACTORS, '', 'en')).toEqual([]);
    expect(searchActors(ACTORS, '   ', 'en')).toEqual([]);
    expect(searchActors(ACTORS, ' - ', 'en')).toEqual([]);
  });

  it('ranks exact > label prefix > alias prefix > word prefix > substring, then by label', () => {
    const actors = [
      actor('substring', 'Aaa Xcorex'),
      actor('word-prefix', 'Aab Core Group'),
      actor('alias-prefix', 'Aac Holdings', ['Core Holdings']),
      actor('label-prefix-b', 'Corel Two'),
      actor('label-prefix-a', 'Corea One'),
      actor('exact-alias', 'Zed', ['Core']),
      actor('exact-label', 'Core'),
    ];
    expect(ids('core', actors)).toEqual([
      'exact-label',
      'exact-alias',
      'label-prefix-a',
      'label-prefix-b',
      'alias-prefix',
      'word-prefix',
      'substring',
    ]);
  });

  it('finds multi-word queries whose words appear in another order, after the others', () => {
    expect(ids('uribe alvaro')).toEqual(['alvaro-uribe']);
    expect(ids('petro gustavo')).toEqual(['gustavo-petro']);
  });

  it('keeps at most `limit` hits, the best ones', () => {
    expect(ids('co')).toEqual(['colombia', 'clan-del-golfo', 'ecopetrol']);
    expect(searchActors(ACTORS, 'co', 'en', 2).map((hit) => hit.id)).toEqual(['colombia', 'clan-del-golfo']);
    expect(searchActors(ACTORS, 'co', 'en', 0)).toEqual([]);
  });

  it('does not match across word boundaries that the query does not have', () => {
    expect(ids('petroecopetrol')).toEqual([]);
  });
});

describe('createActorSearchIndex', () => {
  it('gives the same hits as searchActors and stays fast on 50,000 actors', () => {
    const many: SearchableActor[] = [];
    for (let i = 0; i < 50_000; i++) many.push(actor(`a-${i}`, `Actor Número ${i}`, [`Alias ${i}`]));
    many.push(actor('target', 'Zoë Núñez', ['Zoe N.']));
    const search = createActorSearchIndex(many, 'en');

    expect(search('nunez')).toEqual(searchActors(many, 'nunez', 'en'));
    expect(search('nunez').map((hit) => hit.id)).toEqual(['target']);

    const started = performance.now();
    for (const query of ['a', 'ac', 'act', 'acto', 'actor', 'actor n', 'actor nu', 'numero 4999']) search(query);
    // Eight keystrokes; generous so a slow CI machine does not fail, tight enough to catch
    // a search that re-normalises every name on each call.
    expect((performance.now() - started) / 8).toBeLessThan(150);
    expect(search('numero 49999').map((hit) => hit.id)).toEqual(['a-49999']);
  });
});

describe('ordering in the chosen language', () => {
  // Equal-rank hits (label prefixes of "n") come in label order, which is the language's.
  const actors = [actor('name', 'Ñame'), actor('nzeta', 'Nzeta'), actor('nabo', 'Nabo')];

  it('sorts "ñ" with "n" in English', () => {
    expect(searchActors(actors, 'n', 'en').map((hit) => hit.id)).toEqual(['nabo', 'name', 'nzeta']);
  });

  it('sorts "ñ" as its own letter after "n" in Spanish', () => {
    expect(createActorSearchIndex(actors, 'es')('n').map((hit) => hit.id)).toEqual(['nabo', 'nzeta', 'name']);
  });
});
