/**
 * The index of names the reader looks for: every label and alias of the known actors,
 * folded (no accents, lower case), with the actors each can name and whether it is
 * ambiguous. A name is ambiguous when the dataset says so (`ambiguousAliases`), when
 * several actors share it, or when it is a single word that is also part of another
 * actor's name of the same kind ("Petro" of Nicolás Petro, "Márquez" of García Márquez).
 * Built once per list of actors, so a long article is matched against a ready index.
 */
import type { KnownActor } from './types';
import { foldString } from './fold';

/** How the case of the written name constrains a match (accents are always ignored). */
export type CaseRule = 'any' | 'initial-capital' | 'exact';

export interface NameEntry {
  /** The folded name searched for in the folded text. */
  folded: string;
  /** The name with accents folded but its case kept, for exact-case acronyms. */
  accentFolded: string;
  /** Every actor the name can mean, in the order of the actor list. */
  candidates: string[];
  ambiguous: boolean;
  caseRule: CaseRule;
  /** How many of the first candidates hold the name itself (the rest only contain the word). */
  owners: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** "US", "U.S.", "UN", "ELN": short capitals that would otherwise match "us", "un". */
function isAcronym(name: string): boolean {
  const letters = name.replace(/[.\-\s]/g, '');
  return letters.length <= 5 && /^\p{Lu}+$/u.test(letters);
}

function caseRuleOf(name: string): CaseRule {
  if (isAcronym(name)) return 'exact';
  // A single capitalised word ("Tree", "Liberal") names someone only when capitalised.
  if (!/\s/.test(name.trim()) && /^\p{Lu}/u.test(name)) return 'initial-capital';
  return 'any';
}

function accentFold(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The folded words of every name of an actor (label and aliases). */
function nameWords(actor: KnownActor): Set<string> {
  const words = new Set<string>();
  for (const name of [actor.label, ...actor.aliases])
    for (const word of foldString(name).match(WORD) ?? []) words.add(word);
  return words;
}

/** Builds the name index of a list of actors. */
export function buildNameIndex(actors: readonly KnownActor[]): NameEntry[] {
  const byFolded = new Map<string, NameEntry>();
  const explicit = new Set<string>();
  for (const actor of actors) {
    for (const alias of actor.ambiguousAliases ?? []) explicit.add(`${actor.id}\u0000${foldString(alias)}`);
    for (const name of [actor.label, ...actor.aliases]) {
      const folded = foldString(name).trim();
      if (!folded) continue;
      let entry = byFolded.get(folded);
      if (!entry) {
        entry = {
          folded,
          accentFolded: accentFold(name.trim()),
          candidates: [],
          ambiguous: false,
          caseRule: caseRuleOf(name.trim()),
          owners: 0,
        };
        byFolded.set(folded, entry);
      }
      if (!entry.candidates.includes(actor.id)) entry.candidates.push(actor.id);
      if (explicit.has(`${actor.id}\u0000${folded}`)) entry.ambiguous = true;
    }
  }
  const words = new Map(actors.map((actor) => [actor.id, nameWords(actor)]));
  const kinds = new Map(actors.map((actor) => [actor.id, actor.kind]));
  const labels = new Set(actors.map((actor) => foldString(actor.label).trim()));
  for (const entry of byFolded.values()) {
    entry.owners = entry.candidates.length;
    if (entry.candidates.length > 1) entry.ambiguous = true;
    // A bare word that is not itself an actor's full name may be part of another's name.
    if (/\s/.test(entry.folded) || labels.has(entry.folded)) continue;
    const owner = entry.candidates[0];
    for (const actor of actors) {
      if (entry.candidates.includes(actor.id) || actor.kind !== kinds.get(owner)) continue;
      if (words.get(actor.id)?.has(entry.folded)) {
        entry.candidates.push(actor.id);
        entry.ambiguous = true;
      }
    }
  }
  return [...byFolded.values()];
}
