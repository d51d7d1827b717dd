/**
 * Criticism spoken in a quotation, one invented article each: a verdict word inside the
 * quotation, a speaker by a verb of saying right after it, and the actor the quotation is
 * about; no speaker, no subject, no verdict or a speaker on another line means no
 * suggestion. Also a state that only qualifies a person's title is no party of the act.
 */
import { describe, expect, it } from 'vitest';
import { suggestRelations } from '../../src/lib/extract/suggest';
import type { KnownActor } from '../../src/lib/extract/types';
import { people } from './support/extract-actors';

const actors: KnownActor[] = [
  ...people,
  { id: 'peru', label: 'Peru', kind: 'state', aliases: [] },
  { id: 'chile', label: 'Chile', kind: 'state', aliases: [] },
];
const criticisms = (text: string) =>
  suggestRelations(text, actors)
    .suggestions.filter((s) => s.type === 'criticized')
    .map((s) => `${s.source} ${s.target} (${s.trigger.text}) :: ${s.sentence.text}`);

describe('criticism spoken in a quotation', () => {
  it('reads a verdict on the actor the quotation names, said by the speaker after it', () => {
    expect(criticisms('“Lago has a paranoid style of government,” said Mora.')).toEqual([
      'carla-mora bruno-lago (paranoid) :: “Lago has a paranoid style of government,” said Mora.',
    ]);
  });

  it('follows a quotation over several sentences and names the verdict’s sentence', () => {
    expect(criticisms('“Lago was just completely different. No strategy at all,” Mora added.')).toEqual([
      'carla-mora bruno-lago (No strategy) :: No strategy at all,” Mora added.',
    ]);
  });

  it('needs a speaker by the quotation, a subject inside it and a verdict', () => {
    expect(criticisms('“Lago has a paranoid style of government.” Mora left.')).toEqual([]);
    expect(criticisms('“The plan has a paranoid style,” said Mora.')).toEqual([]);
    expect(criticisms('“Lago has a bold style of government,” said Mora.')).toEqual([]);
    expect(
      criticisms('“Lago is a very good analyst. He is wrong on drugs.”\nMoreover, Mora added, the vote is near.'),
    ).toEqual([]);
  });
});

describe('a verdict reported in the article’s words', () => {
  it('is a criticism by the one who says or believes it, of the actor named last before it', () => {
    expect(criticisms('But Mora noted that Lago’s governing style was also uneven.')).toEqual([
      'carla-mora bruno-lago (uneven) :: But Mora noted that Lago’s governing style was also uneven.',
    ]);
    expect(criticisms('Mora believes the Peru talks collapsed because Lago appointed an ideologue.')).toEqual([
      'carla-mora bruno-lago (ideologue) :: Mora believes the Peru talks collapsed because Lago appointed an ideologue.',
    ]);
  });

  it('is no criticism when the verdict is denied', () => {
    expect(criticisms("Mora believes that Lago's efforts have been mischaracterised as ineffective.")).toEqual([]);
  });
});

describe('the first person in a quotation', () => {
  it('is the speaker the verb of saying names', () => {
    const found = suggestRelations('“When I would meet with Lago in Lima, he was afraid,” Mora recalled.', actors);
    expect(found.mentions.find((m) => m.text === 'I')?.actor).toBe('carla-mora');
    expect(found.suggestions.map((s) => `${s.source} ${s.type} ${s.target}`)).toContain('carla-mora met bruno-lago');
  });

  it('stays unread without a named speaker', () => {
    const found = suggestRelations('“When I would meet with Lago in Lima, he was afraid.” The war went on.', actors);
    expect(found.mentions.find((m) => m.text === 'I')).toBeUndefined();
  });
});

describe('a state qualifying a title', () => {
  it('is whose office it is, and no party of the act', () => {
    const all = suggestRelations('Mora lashed out at Peruvian President Bruno Lago.', actors).suggestions.map(
      (s) => `${s.source} ${s.type} ${s.target}`,
    );
    expect(all).toContain('carla-mora criticized bruno-lago');
    expect(all).toContain('bruno-lago member-of peru');
    expect(all).not.toContain('carla-mora criticized peru');
  });
});
