/**
 * Finds where known actors are named in an article: by label and aliases, ignoring accents
 * and case, whole words only ("Petro" is not in "Petrobras"), the longest name winning
 * ("Nicolás Maduro" over "Nicolás"). Ambiguous names are resolved from the article itself:
 * the candidate named clearly most often, at its nearest clear mention before (else the
 * first after); otherwise they stay unresolved with their candidates, for the user to decide.
 */
import type { KnownActor, Mention } from './types';
import { foldText, originalSpan } from './fold';
import { buildNameIndex, type NameEntry } from './names';

const WORD_CHAR = /[\p{L}\p{N}]/u;

interface Match {
  start: number;
  end: number;
  entry: NameEntry;
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

function caseFits(entry: NameEntry, written: string): boolean {
  if (entry.caseRule === 'any') return true;
  const plain = written.normalize('NFD').replace(/\p{M}/gu, '');
  if (entry.caseRule === 'exact') return plain === entry.accentFolded;
  return /^\p{Lu}/u.test(plain);
}

function findMatches(text: string, index: readonly NameEntry[]): Match[] {
  const fold = foldText(text);
  const { folded } = fold;
  const matches: Match[] = [];
  for (const entry of index) {
    const name = entry.folded;
    for (let at = folded.indexOf(name); at !== -1; at = folded.indexOf(name, at + 1)) {
      const end = at + name.length;
      // Boundaries only matter where the name itself starts or ends with a letter.
      if (isWordChar(name[0]) && isWordChar(folded[at - 1])) continue;
      if (isWordChar(name[name.length - 1]) && isWordChar(folded[end])) continue;
      const span = originalSpan(fold, at, end);
      if (!caseFits(entry, text.slice(span.start, span.end))) continue;
      matches.push({ ...span, entry });
    }
  }
  return matches;
}

/** Keeps the longest matches that do not overlap, in text order. */
function longestFirst(matches: Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  for (const match of sorted)
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  return kept.sort((a, b) => a.start - b.start);
}

/** "his first son, Nicolas", "a daughter named Andrea": a kinship noun just before a name. */
const KINSHIP_BEFORE =
  /\b(?:sons?|daughters?|wife|husband|brothers?|sisters?|mother|father|child|children|cousin|nephew|niece)\b[^.;]{0,24}$/iu;

/**
 * Resolves each ambiguous mention from the clear mentions of its candidates. Those who hold
 * the name itself ("Petro" of Gustavo Petro) come before those whose longer name only
 * contains it ("Gustavo Petro Sierra"); after a kinship noun the name's holder is meant.
 */
function resolveFromContext(text: string, mentions: Mention[], owners: ReadonlyMap<Mention, string[]>): void {
  const clear = mentions.filter((mention) => mention.resolvedBy === 'name');
  for (const mention of mentions) {
    if (!mention.ambiguous) continue;
    const holders = owners.get(mention) ?? [];
    const byHolder = clear.filter((other) => holders.includes(other.actor ?? ''));
    const fitting = byHolder.length
      ? byHolder
      : clear.filter((other) => mention.candidates.includes(other.actor ?? ''));
    const counts = new Map<string | null, number>();
    for (const other of fitting) counts.set(other.actor, (counts.get(other.actor) ?? 0) + 1);
    const count = (actor: string | null) => counts.get(actor) ?? 0;
    // The candidate named most often in the article wins; the nearest before breaks ties.
    const best = Math.max(0, ...fitting.map((other) => count(other.actor)));
    const salient = fitting.filter((other) => count(other.actor) === best);
    const before = salient.filter((other) => other.end <= mention.start).at(-1);
    const kin = holders.length === 1 && KINSHIP_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
    const chosen = kin ? holders[0] : (before ?? salient.find((other) => other.start >= mention.end))?.actor;
    if (chosen) {
      mention.actor = chosen;
      mention.resolvedBy = 'context';
    }
  }
}

/** Every mention of a known actor in the text, in text order, offsets into the text as given. */
export function findMentions(text: string, actors: readonly KnownActor[]): Mention[] {
  return findMentionsWithIndex(text, buildNameIndex(actors));
}

/** The same with a prebuilt index, for callers that read many articles with one actor list. */
export function findMentionsWithIndex(text: string, index: readonly NameEntry[]): Mention[] {
  const owners = new Map<Mention, string[]>();
  const mentions: Mention[] = longestFirst(findMatches(text, index)).map(({ start, end, entry }) => {
    const mention: Mention = {
      start,
      end,
      text: text.slice(start, end),
      actor: entry.ambiguous ? null : entry.candidates[0],
      candidates: [...entry.candidates],
      ambiguous: entry.ambiguous,
      resolvedBy: entry.ambiguous ? null : 'name',
    };
    owners.set(mention, entry.candidates.slice(0, entry.owners));
    return mention;
  });
  resolveFromContext(text, mentions, owners);
  return mentions;
}
