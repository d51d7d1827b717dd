/**
 * Which actor aliases can name someone else: an alias shared with another actor, one that
 * sits as whole words inside another actor's name ("Márquez" in "García Márquez",
 * "Petro" in "Nicolás Petro"), or a person's bare first name ("Nicolás"). Such an alias
 * is an error unless the actor lists it in `ambiguousAliases`, so that a mention of it is
 * resolved from context instead of trusted. Compared accent- and case-insensitively, word
 * by word. Pure; the validator reports what this finds.
 */

export type AliasClash = { reason: 'shared' | 'inside'; other: string; otherName: string } | { reason: 'first-name' };

interface NamedActor {
  id: string;
  label: string;
  kind: string;
  aliases: readonly string[];
}

/** Lower-case words without accents; apostrophes and hyphens split words like spaces. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) if (haystack[start + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}

/** Every alias of `actor` that can name someone else, with the first reason found. */
export function aliasClashes(actor: NamedActor, others: readonly NamedActor[]): Map<number, AliasClash> {
  const clashes = new Map<number, AliasClash>();
  const firstName = nameWords(actor.label)[0];
  actor.aliases.forEach((alias, index) => {
    const words = nameWords(alias);
    const key = words.join(' ');
    for (const other of others) {
      if (other.id === actor.id) continue;
      for (const name of [other.label, ...other.aliases]) {
        const otherWords = nameWords(name);
        if (otherWords.join(' ') === key) {
          clashes.set(index, { reason: 'shared', other: other.id, otherName: name });
          return;
        }
        if (containsWords(otherWords, words)) {
          clashes.set(index, { reason: 'inside', other: other.id, otherName: name });
          return;
        }
      }
    }
    if (actor.kind === 'person' && words.length === 1 && words[0] === firstName && nameWords(actor.label).length > 1) {
      clashes.set(index, { reason: 'first-name' });
    }
  });
  return clashes;
}
