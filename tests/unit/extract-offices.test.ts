/**
 * Offices the title leaves unsaid, one invented article each: a bare "President X" takes
 * the person's own state from their names, else the state the person is named with, else
 * the state the article is about; a state named before the title wins ("Chile's President");
 * a minister's portfolio finds its ministry among the known institutions; "took office",
 * "won the presidential election" and "his presidency" name the holder — but a bid does
 * not. Also the rules that keep titles and coordinated names from inventing relations.
 */
import { describe, expect, it } from 'vitest';
import { suggestRelations } from '../../src/lib/extract/suggest';
import type { KnownActor } from '../../src/lib/extract/types';
import { people, person } from './support/extract-actors';

const actors: KnownActor[] = [
  ...people,
  { id: 'peru', label: 'Peru', kind: 'state', aliases: ['Lima'] },
  { id: 'chile', label: 'Chile', kind: 'state', aliases: [] },
  { id: 'bolivia', label: 'Bolivia', kind: 'state', aliases: [] },
  { id: 'peru-defence', label: 'Peruvian Ministry of Defence', kind: 'institution', aliases: [] },
  { id: 'state-department', label: 'US State Department', kind: 'institution', aliases: [] },
  { id: 'nato', label: 'NATO', kind: 'organization', aliases: [] },
  { id: 'unasur', label: 'UNASUR', kind: 'organization', aliases: [] },
];

const memberships = (text: string) =>
  suggestRelations(text, actors)
    .suggestions.filter((s) => s.type === 'member-of')
    .map((s) => `${s.source} ${s.target} (${s.trigger.text})`);
const all = (text: string) =>
  suggestRelations(text, actors).suggestions.map((s) => `${s.source} ${s.type} ${s.target}`);

describe('offices whose state or ministry the title leaves unsaid', () => {
  it('gives a bare presidency the state of the article', () => {
    const article = 'Peru held elections. Peru voted. Then-President Bruno Lago conceded. Chile watched.';
    expect(memberships(article)).toEqual(['bruno-lago peru (Then-President)']);
  });

  it("prefers the person's own names, then the state they are named with, to the article's state", () => {
    expect(memberships('Chile and Chile again. Former President Ruiz spoke.')).toEqual([
      'ana-ruiz peru (Former President)',
    ]);
    const article =
      'Peru and Peru and Peru. Lago visited Bolivia. Lago praised Bolivia. In the end, President Lago resigned.';
    expect(memberships(article)).toContain('bruno-lago bolivia (President)');
  });

  it('reads "his Chilean counterpart, X" as an office of that state', () => {
    expect(memberships('Peru and Peru. Lago welcomed his Chilean counterpart, Carla Mora, to Lima.')).toEqual([
      'carla-mora chile (counterpart)',
    ]);
  });

  it('takes a state named before the title over any guess', () => {
    expect(memberships("Peru and Peru. Chile's leftist President Carla Mora spoke.")).toEqual([
      'carla-mora chile (President)',
    ]);
  });

  it("finds a minister's ministry by its portfolio, before or after the name, else the government's state", () => {
    expect(memberships('Peru. Defence Minister Dario Vega resigned.')).toEqual([
      'dario-vega peru-defence (Defence Minister)',
    ]);
    expect(memberships("Peru. Vega, Ruiz's defense minister, resigned.")).toContain(
      'dario-vega peru-defence (defense minister)',
    );
    // No culture ministry is a known actor: the minister is a member of the government.
    expect(memberships('Peru. Culture Minister Dario Vega resigned.')).toEqual(['dario-vega peru (Culture Minister)']);
  });

  it('reads "as his defence minister" as the ministry of the person named to it, not of "his"', () => {
    expect(memberships('Peru. Ruiz appointed Vega, a famous judge, as his defence minister.')).toContain(
      'dario-vega peru-defence (as his defence minister)',
    );
  });

  it('reads "Secretary of State" as the State Department', () => {
    expect(memberships('Peru. Secretary of State Carla Mora flew in.')).toEqual([
      'carla-mora state-department (Secretary of State)',
    ]);
  });

  it('reads a Secretary of State in a known name as the State Department, and founding or being with a group', () => {
    const named = [...actors, { ...person('eva-sol', 'Eva Sol', 'Peruvian Secretary of State Eva Sol') }];
    const read = (text: string) =>
      suggestRelations(text, named).suggestions.map((s) => `${s.source} ${s.type} ${s.target}`);
    expect(read('Peruvian Secretary of State Eva Sol flew in.')).toEqual(['eva-sol member-of state-department']);
    expect(all('Lago founded a new party, UNASUR, in 2011.')).toEqual(['bruno-lago member-of unasur']);
    expect(all('Mora, his wife, was also with NATO.')).toEqual(['carla-mora member-of nato']);
  });

  it('reads the words of taking a presidency, but not of seeking one', () => {
    expect(memberships('Peru. Lago won the 2002 presidential election.')).toEqual([
      'bruno-lago peru (won the 2002 presidential election)',
    ]);
    expect(memberships('Peru. Mora took office in 2018.')).toEqual(['carla-mora peru (took office)']);
    expect(memberships('Peru. Vega was elected the first left-wing president of the country.')).toHaveLength(1);
    expect(memberships('Peru. Vega lost his presidential bid to Mora.')).toEqual([
      'carla-mora peru (lost his presidential bid to )',
    ]);
  });
});

describe("the home country's institutions", () => {
  const withArmy: KnownActor[] = [
    ...actors,
    {
      id: 'peru-army',
      label: 'Peruvian armed forces',
      kind: 'institution',
      aliases: ['army'],
      ambiguousAliases: ['army'],
    },
  ];
  const armyIn = (text: string) =>
    suggestRelations(text, withArmy)
      .mentions.filter((m) => /army/i.test(m.text))
      .map((m) => m.actor);

  it('reads a generic name as the institution of the state the article is about', () => {
    expect(armyIn('Peru votes. In Peru, the army raided NATO offices.')).toEqual(['peru-army']);
  });

  it('leaves it undecided when another state qualifies it, or the article is about another state', () => {
    expect(armyIn("Peru votes. In Peru, Chile's army raided NATO offices.")).toEqual([null]);
    expect(armyIn('Chile votes. In Chile, the army raided NATO offices.')).toEqual([null]);
  });
});

describe('a standing tie told again', () => {
  it('is suggested once, at its first mention, while acts stay one per sentence', () => {
    const article = 'Peru. Defence Minister Dario Vega met Lago. Later, Defence Minister Dario Vega met Lago again.';
    const found = suggestRelations(article, actors).suggestions.map((s) => `${s.type} ${s.sentence.text.slice(0, 5)}`);
    expect(found.filter((each) => each.startsWith('member-of'))).toEqual(['member-of Defen']);
    expect(found.filter((each) => each.startsWith('met'))).toEqual(['met Defen', 'met Later']);
  });
});

describe('titles and coordination that relate no one', () => {
  it('reads no title inside a proper name', () => {
    expect(all('Lago spoke at the NATO General Assembly in Lima.')).toEqual([]);
  });

  it('reads "led to" as a cause, not a leader', () => {
    expect(all('A truce in Chile led to a deal with NATO.')).not.toContain('chile member-of nato');
  });

  it('does not make one of two coordinated names the agent of a directed act', () => {
    expect(all('By joining NATO and UNASUR, Peru hopes to gain.')).not.toContain('nato member-of unasur');
  });
});
