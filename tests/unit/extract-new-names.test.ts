// @vitest-environment node
/** The names an article brings that match no known actor, with exact offsets and a sensible kind. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findNewNames } from '../../src/lib/extract/new-names';
import type { NewName, TextSpan } from '../../src/lib/extract/types';

const dataFolder = fileURLToPath(new URL('../../graph-data/', import.meta.url));

/** Every exact occurrence of each name, on word boundaries. */
function spansOf(text: string, names: readonly string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + name.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        spans.push({ start: at, end: at + name.length });
      }
    }
  }
  return spans;
}

function expectExactOffsets(text: string, names: readonly NewName[]) {
  for (const name of names) expect(text.slice(name.start, name.end)).toBe(name.text);
}

function named(names: readonly NewName[], text: string): NewName | undefined {
  return names.find((name) => name.text === text);
}

const invented = [
  'Mariela Quintana, the leader of the Green Renewal Party, met Tomás Ferreira in Lisbon on Monday.',
  'Quintana said the Andean Water Foundation would fund the project.',
  'Ferreira’s office at the Ministry of Agriculture said Portugal would help.',
  'President Ferreira thanked Mariela Quintana. The Popular Liberation Army rejected the plan.',
  'Later, Jorge Ibarra spoke for the known actor Acme Holdings.',
].join('\n');

describe('findNewNames on an invented article', () => {
  const known = spansOf(invented, ['Jorge Ibarra', 'Acme Holdings']);
  const names = findNewNames(invented, known);

  it('finds the people, the organisation, the party and the country, at exact offsets', () => {
    expectExactOffsets(invented, names);
    expect(named(names, 'Mariela Quintana')?.kind).toBe('person');
    expect(named(names, 'Mariela Quintana')!.count).toBeGreaterThanOrEqual(2);
    expect(named(names, 'Tomás Ferreira')).toMatchObject({ kind: 'person', start: invented.indexOf('Tomás') });
    expect(named(names, 'Tomás Ferreira')!.count).toBeGreaterThanOrEqual(2);
    expect(named(names, 'Green Renewal Party')?.kind).toBe('party');
    expect(named(names, 'Portugal')?.kind).toBe('state');
    expect(named(names, 'Popular Liberation Army')?.kind).toBe('armed-group');
  });

  it('cleans names: no possessive, no lone title or lowercase word, no variants apart', () => {
    const texts = names.map((name) => name.text);
    expect(texts).not.toContain('Ferreira’s');
    expect(texts).not.toContain('Ferreira');
    expect(texts).not.toContain('Quintana');
    expect(texts).not.toContain('President');
    expect(texts.every((text) => /^\p{Lu}/u.test(text))).toBe(true);
  });

  it('leaves out the names of known actors', () => {
    const texts = names.map((name) => name.text);
    expect(texts).not.toContain('Jorge Ibarra');
    expect(texts).not.toContain('Acme Holdings');
  });

  it('honours minLength, and finds nothing in an empty text', () => {
    expect(findNewNames(invented, known, { minLength: 15 }).every((name) => name.text.length >= 15)).toBe(true);
    expect(findNewNames('', [])).toEqual([]);
  });
});

describe('findNewNames on the Al Jazeera profile of Petro', () => {
  const text = readFileSync(dataFolder + 'sources/al-jazeera-petro-trump-2026.txt', 'utf8');
  const actors = JSON.parse(readFileSync(dataFolder + 'actors.json', 'utf8')) as {
    label: string;
    aliases?: string[];
  }[];
  const actorNames = actors.flatMap((actor) => [actor.label, ...(actor.aliases ?? [])]);
  const mentions = spansOf(text, actorNames);

  findNewNames(text.slice(0, 2000), []); // warm up, as the worker does on its first article
  const started = performance.now();
  const names = findNewNames(text, mentions);
  const elapsed = performance.now() - started;
  console.info(`findNewNames: ${Math.round(elapsed)} ms, ${names.length} names`);
  console.info(names.map((name) => `${name.text} (${name.kind}, ${name.count})`).join('; '));

  it('gives exact offsets and never a known actor’s name', () => {
    expect(names.length).toBeGreaterThan(5);
    expectExactOffsets(text, names);
    const knownNames = new Set(actorNames);
    for (const name of names) expect(knownNames.has(name.text), name.text).toBe(false);
    for (const name of names) {
      expect(mentions.some((span) => span.start < name.end && name.start < span.end)).toBe(false);
    }
  });

  it('suggests sensible kinds for names it knows nothing of', () => {
    expect(named(names, 'Elizabeth Dickinson')?.kind).toBe('person');
    expect(named(names, 'Jacques Derrida')?.kind).toBe('person');
    expect(named(names, 'International Crisis Group')?.kind).toBe('organization');
    expect(named(names, 'Oval Office')?.kind).toBe('institution');
    expect(named(names, 'Germany')?.kind).toBe('state');
  });

  it('counts repeated names once, at their first occurrence', () => {
    const dickinson = named(names, 'Elizabeth Dickinson')!;
    expect(dickinson.start).toBe(text.indexOf('Elizabeth Dickinson'));
    expect(dickinson.count).toBeGreaterThanOrEqual(2);
    expect(new Set(names.map((name) => name.text)).size).toBe(names.length);
  });
});
