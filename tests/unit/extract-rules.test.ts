/**
 * The reader's general rules, one invented sentence each: coordinated names, "called Y a
 * …", title and kinship nouns in title position only, "the two leaders", and the triggers
 * that need an object ("sign" an agreement) or a shape ("call" only as naming); lines that
 * are not prose, a person and their own state, "<person> government" as the state, "it" and
 * "they" opening a sentence or standing for a couple, apposition ("X, his wife") and kinship
 * names.
 */
import { describe, expect, it } from 'vitest';
import { suggestRelations } from '../../src/lib/extract/suggest';
import type { KnownActor } from '../../src/lib/extract/types';
import { people, person } from './support/extract-actors';

const actors: KnownActor[] = [
  ...people,
  { id: 'peru', label: 'Peru', kind: 'state', aliases: [] },
  { id: 'chile', label: 'Chile', kind: 'state', aliases: [] },
  { id: 'green-front', label: 'Green Front', kind: 'armed-group', aliases: [] },
];

const brief = (text: string) =>
  suggestRelations(text, actors).suggestions.map((s) => `${s.source} ${s.type} ${s.target}`);

describe('suggestRelations: general rules', () => {
  it('takes no party across a semicolon, a colon or a parenthesis', () => {
    expect(brief('Ruiz gave one warning: Lago attacked Mora.')).toEqual(['bruno-lago attacked carla-mora']);
    expect(brief('The plan (drafted by Ruiz) sanctioned Lago.')).toEqual([]);
    expect(brief('Ruiz sanctioned Lago; Mora left.')).toEqual(['ana-ruiz sanctioned bruno-lago']);
  });

  it('relates a couple to each other by a symmetric act without object, and to the kin they name', () => {
    const story =
      'Lago met Mora. They would go on to marry and have two children, a daughter named Ana Ruiz and a son named Dario Vega.';
    expect(brief(story)).toEqual([
      'bruno-lago met carla-mora',
      'bruno-lago family carla-mora',
      'bruno-lago family ana-ruiz',
      'carla-mora family ana-ruiz',
      'bruno-lago family dario-vega',
      'carla-mora family dario-vega',
    ]);
  });

  it('reads "describe Y as …" like "call Y a …", and the words of protégés and running mates', () => {
    expect(brief("Ruiz has described Lago's actions in Chile as 'genocide'.")).toContain('ana-ruiz accused bruno-lago');
    expect(brief('Ruiz described Lago as a tired old man.')).toEqual(['ana-ruiz criticized bruno-lago']);
    expect(brief("When Ruiz's protege Lago took office, nothing changed.")).toContain('ana-ruiz supported bruno-lago');
    expect(brief('Ruiz and his running mate Lago celebrated.')).toContain('ana-ruiz allied bruno-lago');
  });

  it('reads "stripped Y of" as a sanction, and an object pronoun as someone other than the subject', () => {
    expect(brief('Ruiz stripped Lago of his visa.')).toEqual(['ana-ruiz sanctioned bruno-lago']);
    expect(brief('Lago met Ruiz. The Peruvian president called him a liar.')).toContain(
      'ana-ruiz criticized bruno-lago',
    );
  });

  it('reads "the rebels", "the party" as the last armed group or party named', () => {
    const groups: KnownActor[] = [...actors, { id: 'blue-party', label: 'Blue Party', kind: 'party', aliases: [] }];
    const read = (text: string) =>
      suggestRelations(text, groups).suggestions.map((s) => `${s.source} ${s.type} ${s.target}`);
    expect(read('The Green Front grew. Ruiz defeated the rebels.')).toContain('ana-ruiz attacked green-front');
    expect(read('The Blue Party was founded in 1961. Mora had joined the party.')).toContain(
      'carla-mora member-of blue-party',
    );
  });

  it('takes the first name of the sentence as subject when none is near the trigger', () => {
    expect(
      brief('On the world stage, Ruiz has long been a rare figure among her peers as an outspoken critic of Lago.'),
    ).toEqual(['ana-ruiz criticized bruno-lago']);
  });

  it('reads an attack only vowed or promised as a threat', () => {
    expect(brief('Ruiz won by promising to crush the Green Front.')).toEqual(['ana-ruiz threatened green-front']);
    expect(brief('Ruiz crushed the Green Front.')).toEqual(['ana-ruiz attacked green-front']);
  });

  it('reads "the then-president" by the names that carry the title', () => {
    const found = suggestRelations('Ruiz and Lago spoke. The then-president left.', actors);
    expect(found.mentions.find((m) => m.text === 'The then-president')?.actor).toBe('ana-ruiz');
  });

  it('reads "the two governments", "both sides" as the last two states named', () => {
    // Undirected acts: either order names the same relation.
    const between = (found: string[], type: string) =>
      found.filter((each) => each === `chile ${type} peru` || each === `peru ${type} chile`);
    expect(
      between(brief('Ruiz flew from Peru to Chile. The two governments agreed to expand collaboration.'), 'cooperated'),
    ).toHaveLength(1);
    expect(
      between(brief('Peru expelled envoys of Chile. Both sides eventually reached a compromise.'), 'negotiated'),
    ).toHaveLength(1);
  });

  it('reads two names joined before a directed act as its agents, not as its two parties', () => {
    expect(brief('Ruiz and Lago have both offered their support.')).toEqual([]);
    expect(brief('Ruiz and Lago finally met in Lima.')).toEqual(['ana-ruiz met bruno-lago']);
  });

  it('gives a participle after a comma the subject of the main clause', () => {
    expect(brief('Ruiz threatened Chile with tariffs, accusing Lago of fraud.')).toContain(
      'ana-ruiz accused bruno-lago',
    );
  });

  it('matches "of" in a phrase only right after the word it binds to', () => {
    expect(brief('Ruiz spoke. The Peruvian president, a member of the Green Front, left early.')).toContain(
      'ana-ruiz member-of green-front',
    );
  });

  it('reads "the state" as the last state named, but not "the state of" something', () => {
    expect(brief('Peru held elections. The Green Front nearly toppled the state.')).toContain(
      'green-front attacked peru',
    );
    const found = suggestRelations('Peru held elections. The state of emergency ended.', actors);
    expect(found.mentions.map((m) => m.text)).toEqual(['Peru']);
  });

  it('reads "X, his wife" opening a sentence as the wife of the previous sentence’s subject', () => {
    const story =
      'Lago was jailed in Lima. While imprisoned, he missed the birth of his first son, Dario Vega. Carla Mora, his wife, was also with the Green Front.';
    expect(brief(story)).toContain('bruno-lago family carla-mora');
    expect(brief(story)).not.toContain('dario-vega family carla-mora');
  });

  it('reads advocacy, collusion with "the authorities" and assuming a presidency', () => {
    expect(brief("Ruiz's advocacy on Chile won praise.")).toContain('ana-ruiz supported chile');
    expect(
      brief('Peru held elections. The inquiry found the authorities had been colluding with the Green Front.'),
    ).toContain('peru cooperated green-front');
    expect(brief('Ruiz recently assumed the rotating presidency of the Green Front.')).toContain(
      'ana-ruiz member-of green-front',
    );
  });

  it('reads the one blamed "for" doing something as its doer', () => {
    expect(brief('Mora has criticised Ruiz for carrying out raids to abduct Lago.')).toEqual([
      'carla-mora criticized ana-ruiz',
      'ana-ruiz attacked bruno-lago',
    ]);
  });

  it('gives the act to the one a sentence compares with ("Like X has …")', () => {
    expect(brief('Like Lago has in the past, Ruiz used her speech to question the Green Front.')).toEqual([
      'ana-ruiz criticized green-front',
      'bruno-lago criticized green-front',
    ]);
    expect(brief('Like Lago, Ruiz used her speech to question the Green Front.')).toEqual([
      'ana-ruiz criticized green-front',
    ]);
  });

  it('gives the post "to lead" after an appointment to the one appointed', () => {
    expect(brief('Mora was appointed by Ruiz in 2024 to lead the Green Front.')).toEqual([
      'ana-ruiz appointed carla-mora',
      'carla-mora member-of green-front',
    ]);
  });

  it('skips the names of an aside when it looks for the subject', () => {
    const found = brief('Mora, who has criticised Ruiz repeatedly, is expected to meet Lago next week.');
    expect(found).toContain('carla-mora criticized ana-ruiz');
    // "met" is undirected: either order names the same meeting.
    expect(found.filter((each) => each.endsWith(' met bruno-lago') || each.startsWith('bruno-lago met '))).toEqual([
      expect.stringMatching(/^(carla-mora met bruno-lago|bruno-lago met carla-mora)$/),
    ]);
  });

  it('takes the nearer of two names before a directed act as its agent', () => {
    expect(brief('Lago, whom Ruiz has repeatedly criticised, stayed silent.')).toEqual([
      'ana-ruiz criticized bruno-lago',
    ]);
  });

  it('coordinates no names across a dash, and reads no capitalised word as a verb of saying', () => {
    expect(brief('LIMA, Peru — Ruiz on Monday accused Lago of fraud.')).toEqual(['ana-ruiz accused bruno-lago']);
    const claims = suggestRelations('Secretary of State Ruiz, a veteran, has criticised Lago.', actors).suggestions.map(
      (s) => s.claim,
    );
    expect(claims).toEqual(['reported']);
  });

  it('gives an act that someone urges others to do to the one who urges it', () => {
    expect(brief('At the rally, Ruiz asked Chilean soldiers to disobey Lago and his orders.')).toContain(
      'ana-ruiz criticized bruno-lago',
    );
  });

  it('reads "Latin American" as a region, not the United States', () => {
    const withUs: KnownActor[] = [...actors, { id: 'usa', label: 'United States', kind: 'state', aliases: [] }];
    const statesIn = (text: string) =>
      suggestRelations(text, withUs)
        .mentions.filter((m) => m.actor === 'usa')
        .map((m) => m.text);
    expect(statesIn('Ruiz is a rare figure among Latin American leaders and South American voters.')).toEqual([]);
    expect(statesIn('Ruiz asked American soldiers to leave.')).toEqual(['American']);
  });

  it('gives each coordinated name its own suggestion', () => {
    expect(brief('Ruiz and Lago both backed Mora.')).toEqual([
      'ana-ruiz supported carla-mora',
      'bruno-lago supported carla-mora',
    ]);
  });

  it('reads "called Y a …" as an accusation when the label names a crime, else a criticism', () => {
    expect(brief('Ruiz called Lago a "cocaine trafficker".')).toEqual(['ana-ruiz accused bruno-lago']);
    expect(brief('Ruiz called Lago a "tired old man".')).toEqual(['ana-ruiz criticized bruno-lago']);
    expect(brief('Ruiz called Lago on Monday.')).toEqual([]);
  });

  it('reads a title only next to the names it relates', () => {
    expect(brief("Peru's foreign minister Dario Vega spoke.")).toEqual(['dario-vega member-of peru']);
    expect(brief('Green Front leaders were hiding in Chile.')).toEqual([]);
    expect(brief('Vega, a commander of the Green Front, surrendered.')).toEqual(['dario-vega member-of green-front']);
  });

  it("reads one person's minister as named by that person", () => {
    expect(brief("Ruiz's interior minister Dario Vega resigned.")).toEqual(['ana-ruiz appointed dario-vega']);
  });

  it('reads a possessive kinship noun as family', () => {
    expect(brief("Ruiz's husband Bruno Lago travelled.")).toEqual(['ana-ruiz family bruno-lago']);
    expect(brief('Carla Mora, Vega’s daughter, arrived.')).toEqual(['dario-vega family carla-mora']);
  });

  it('resolves "the two leaders" to the last two persons named', () => {
    expect(brief('Ruiz flew in to see Lago. The two leaders met on Friday.')).toEqual(['ana-ruiz met bruno-lago']);
  });

  it('needs an agreement for "sign"', () => {
    expect(brief('Peru signed a trade agreement with Chile.')).toEqual(['peru cooperated chile']);
    expect(brief('Ruiz signed a copy of the book for Lago.')).toEqual([]);
  });

  it('suggests nothing from lines that are not prose', () => {
    expect(brief('Tags: Ruiz, Lago, support')).toEqual([]);
    expect(brief('[iv] Ruiz backed Lago, Journal of Things, 2020.')).toEqual([]);
    expect(brief('Ana Ruiz, Bruno Lago / AP Photo')).toEqual([]);
  });

  it('relates a person to their own state by membership only', () => {
    expect(brief('Peruvian President Ana Ruiz met Lago. Later, Ruiz criticized Peru.')).toEqual([
      'ana-ruiz met bruno-lago',
      'ana-ruiz member-of peru',
    ]);
  });

  it('reads "the <person> government" as the state that person leads', () => {
    expect(brief('Peruvian President Ana Ruiz spoke. The Ruiz government sanctioned Chile.')).toContain(
      'peru sanctioned chile',
    );
  });

  it('takes a trigger word before a post as part of the title', () => {
    expect(brief('Ruiz criticized finance minister Lago.')).toEqual(['ana-ruiz criticized bruno-lago']);
  });

  it('carries the previous subject to "it" opening a sentence', () => {
    expect(brief('Chile hosted Peru. It later sanctioned the Green Front.')).toContain('chile sanctioned green-front');
  });

  it('does not resolve a pronoun to the name it stands in apposition to', () => {
    expect(brief('Ruiz spoke at length. Carla Mora, his wife, was there.')).toEqual(['ana-ruiz family carla-mora']);
  });

  it('gives a bare given name after a kinship noun to the person who bears it', () => {
    const family: KnownActor[] = [
      ...actors,
      person('tomas-gil', 'Tomas Gil'),
      { ...person('tomas-vidal', 'Tomas Vidal', 'Tomas'), ambiguousAliases: ['Tomas'] },
    ];
    const found = suggestRelations('Tomas Gil met Lago. Ruiz missed the birth of his son, Tomas.', family);
    expect(found.suggestions.map((s) => `${s.source} ${s.type} ${s.target}`)).toContain('ana-ruiz family tomas-vidal');
  });

  it('reads "they" in a sentence about family as the couple, and coordinated children', () => {
    const family: KnownActor[] = [
      ...actors,
      { ...person('eva-sol', 'Eva Sol', 'Eva'), ambiguousAliases: ['Eva'] },
      { ...person('ines-sol', 'Ines Sol', 'Ines'), ambiguousAliases: ['Ines'] },
    ];
    const found = suggestRelations('Ruiz met Lago in 1990. They married and have two daughters, Eva and Ines.', family);
    expect(found.suggestions.map((s) => `${s.source} ${s.type} ${s.target}`)).toEqual(
      expect.arrayContaining([
        'ana-ruiz family eva-sol',
        'ana-ruiz family ines-sol',
        'bruno-lago family eva-sol',
        'bruno-lago family ines-sol',
      ]),
    );
  });
});

describe('the analyst decides an ambiguous name', () => {
  const namesakes: KnownActor[] = [
    { id: 'nico-ruiz', label: 'Nico Ruiz', kind: 'person', aliases: ['Nico'], ambiguousAliases: ['Nico'] },
    { id: 'nico-lago', label: 'Nico Lago', kind: 'person', aliases: ['Nico'], ambiguousAliases: ['Nico'] },
    { id: 'eva-sol', label: 'Eva Sol', kind: 'person', aliases: [] },
  ];
  const text = 'Eva Sol criticized Nico in a speech.';
  const start = text.indexOf('Nico');

  it('leaves a name two actors share undecided without context', () => {
    const mention = suggestRelations(text, namesakes).mentions.find((m) => m.start === start)!;
    expect(mention).toMatchObject({ actor: null, ambiguous: true });
    expect(mention.candidates.sort()).toEqual(['nico-lago', 'nico-ruiz']);
  });

  it('takes the choice for that mention, and suggests with it', () => {
    const found = suggestRelations(text, namesakes, { choices: { [start]: 'nico-lago' } });
    expect(found.mentions.find((m) => m.start === start)).toMatchObject({ actor: 'nico-lago', resolvedBy: 'user' });
    expect(found.suggestions.map((s) => `${s.source} ${s.type} ${s.target}`)).toContain('eva-sol criticized nico-lago');
  });

  it('ignores a choice that is not one of the candidates', () => {
    const found = suggestRelations(text, namesakes, { choices: { [start]: 'eva-sol' } });
    expect(found.mentions.find((m) => m.start === start)?.actor).toBeNull();
  });
});
