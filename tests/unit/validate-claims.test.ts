/**
 * The validator's rules on who says so and who is named: one broken dataset per rule,
 * each problem checked as its file, JSON path and the line `npm run validate` prints.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/lib/data/validate';
import { aliasClashes, nameWords } from '../../src/lib/data/alias-rules';
import { miniDatasetFiles } from '../fixtures/mini-dataset';

type Files = ReturnType<typeof miniDatasetFiles>;

function curated(files: Files): string[] {
  return validateDataset(files, { curated: true }).problems.map((problem) => formatProblem(problem, 'en'));
}

function coded(): Files {
  const files = miniDatasetFiles();
  const evidence = (files.relations[0].evidence as Record<string, unknown>[])[0];
  evidence.claim = 'reported';
  return files;
}

function addActor(files: Files, id: string, label: string, aliases: string[], kind = 'person') {
  files.actors.push({
    id,
    label,
    kind,
    aliases,
    description: 'Someone.',
    translations: { es: { description: 'Alguien.' } },
  });
  // A relation keeps the new actor cited, so no other rule speaks.
  return files;
}

describe('claims and speakers', () => {
  it('accepts a coded dataset', () => {
    expect(curated(coded())).toEqual([]);
  });

  it('asks the curated dataset for a claim on every evidence item, but not an opened bundle', () => {
    expect(curated(miniDatasetFiles())).toEqual([
      'relations.json: $[0].evidence[0]: says nothing of who makes the claim: add "claim" (reported, attributed, alleged or disputed)',
    ]);
    expect(validateDataset(miniDatasetFiles()).problems).toEqual([]);
  });

  it('rejects a claim outside the vocabulary', () => {
    const files = coded();
    (files.relations[0].evidence as Record<string, unknown>[])[0].claim = 'rumoured';
    // The relation is then not read, so its document counts as uncited too.
    expect(curated(files)).toEqual([
      'relations.json: $[0].evidence[0].claim: must be one of "reported", "attributed", "alleged", "disputed"',
      'documents.json: $[0]: document "mini-doc" is never cited',
    ]);
  });

  it('asks an attributed claim for its speaker, in every dataset', () => {
    const files = coded();
    (files.relations[0].evidence as Record<string, unknown>[])[0].claim = 'attributed';
    const expected = [
      'relations.json: $[0].evidence[0]: an attributed claim needs a "speaker" (the actor who says it)',
    ];
    expect(curated(files)).toEqual(expected);
    expect(validateDataset(files).problems.map((p) => formatProblem(p, 'en'))).toEqual(expected);
  });

  it('rejects a speaker who is not an actor', () => {
    const files = coded();
    Object.assign((files.relations[0].evidence as Record<string, unknown>[])[0], {
      claim: 'attributed',
      speaker: 'marco-rubio',
    });
    expect(curated(files)).toEqual(['relations.json: $[0].evidence[0].speaker: unknown speaker "marco-rubio"']);
  });

  it('words the new rules in Spanish', () => {
    const files = coded();
    (files.relations[0].evidence as Record<string, unknown>[])[0].claim = 'attributed';
    const [problem] = validateDataset(files).problems;
    expect(formatProblem(problem, 'es')).toBe(
      'relations.json: $[0].evidence[0]: una afirmación atribuida necesita un "speaker" (el actor que la hace)',
    );
  });
});

describe('aliases that can name someone else', () => {
  it('compares names word by word, without accents or case', () => {
    expect(nameWords('García  Márquez')).toEqual(['garcia', 'marquez']);
    expect(nameWords('Colombia’s president')).toEqual(['colombia', 's', 'president']);
  });

  it('rejects an alias inside another actor’s name (the “Márquez” case)', () => {
    const files = addActor(coded(), 'francia-marquez', 'Francia Márquez', ['Marquez']);
    addActor(files, 'gabriel-garcia-marquez', 'Gabriel García Márquez', ['Gabo']);
    const problems = curated(files).filter((line) => line.startsWith('actors.json'));
    expect(problems).toEqual([
      'actors.json: $[2].aliases[0]: the alias "Marquez" also names "gabriel-garcia-marquez" ("Gabriel García Márquez"); list it in "ambiguousAliases" or remove it',
    ]);
  });

  it('rejects a bare first name (the “Nicolás” case) and an alias two actors share', () => {
    const files = addActor(coded(), 'nicolas-petro', 'Nicolás Petro', ['Nicolás']);
    addActor(files, 'nicolas-maduro', 'Nicolás Maduro', ['Maduro']);
    addActor(files, 'armed-forces', 'Colombian Armed Forces', ['the army'], 'institution');
    addActor(files, 'national-army', 'National Army', ['The Army'], 'institution');
    const problems = curated(files).filter((line) => line.startsWith('actors.json'));
    expect(problems).toEqual([
      // The mini dataset's "Petro" (Gustavo Petro) now names Nicolás Petro too.
      'actors.json: $[1].aliases[0]: the alias "Petro" also names "nicolas-petro" ("Nicolás Petro"); list it in "ambiguousAliases" or remove it',
      'actors.json: $[2].aliases[0]: the alias "Nicolás" also names "nicolas-maduro" ("Nicolás Maduro"); list it in "ambiguousAliases" or remove it',
      'actors.json: $[4].aliases[0]: the alias "the army" also names "national-army" ("The Army"); list it in "ambiguousAliases" or remove it',
      'actors.json: $[5].aliases[0]: the alias "The Army" also names "armed-forces" ("the army"); list it in "ambiguousAliases" or remove it',
    ]);
    const alone = addActor(coded(), 'andrea-gomez', 'Andrea Gómez', ['Andrea']);
    expect(curated(alone).filter((line) => line.startsWith('actors.json'))).toEqual([
      'actors.json: $[2].aliases[0]: the alias "Andrea" is a bare first name; list it in "ambiguousAliases" or remove it',
    ]);
  });

  it('accepts an alias marked ambiguous, and rejects a mark on a name that is not an alias', () => {
    const files = addActor(coded(), 'andrea-gomez', 'Andrea Gómez', ['Andrea']);
    files.actors[2].ambiguousAliases = ['Andrea', 'Andy'];
    expect(curated(files).filter((line) => line.startsWith('actors.json'))).toEqual([
      'actors.json: $[2].ambiguousAliases[1]: "Andy" is marked ambiguous but is not one of the actor\'s aliases',
    ]);
  });

  it('finds the first reason for each alias', () => {
    const actor = { id: 'a', label: 'Gustavo Petro', kind: 'person', aliases: ['Petro', 'Gustavo', 'President Petro'] };
    const other = { id: 'b', label: 'Nicolás Petro', kind: 'person', aliases: [] };
    expect([...aliasClashes(actor, [actor, other])]).toEqual([
      [0, { reason: 'inside', other: 'b', otherName: 'Nicolás Petro' }],
      [1, { reason: 'first-name' }],
    ]);
  });
});
