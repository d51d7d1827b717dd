/**
 * Coordinated names share the act: "Boric and Sánchez have both offered support" is two
 * suggestions, one per supporter; "sanctions targeted Petro and Benedetti" one per target.
 * Names are coordinated when only "and", "or", "as well as" or "both" (or just a comma)
 * stand between them (no semicolon, colon, parenthesis or dash), or when they share one span
 * ("they" read as a couple).
 */
import type { PlacedMention } from './claims';
import type { Parties } from './direction';
import type { Token } from './tokens';

const CONJUNCTIONS = new Set(['and', 'or', 'both', 'as', 'well', 'nor']);
const MAX_BETWEEN = 3;

/** Marks that end a list: "Lago; Mora left", "BOGOTA, Colombia — Petro said" coordinate no one. */
const LIST_BREAK = /[;:()\u2013\u2014]/u;

function coordinated(text: string, tokens: readonly Token[], left: PlacedMention, right: PlacedMention): boolean {
  const between = tokens.slice(left.last + 1, right.first);
  return (
    between.length <= MAX_BETWEEN &&
    between.every((token) => CONJUNCTIONS.has(token.folded)) &&
    !LIST_BREAK.test(text.slice(tokens[left.last].end, tokens[right.first].start))
  );
}

/** The mention with every name coordinated with it, in text order. */
export function conjunctsOf(
  text: string,
  tokens: readonly Token[],
  mention: PlacedMention,
  mentions: readonly PlacedMention[],
): PlacedMention[] {
  const chain = [mention];
  for (let at = mentions.indexOf(mention) - 1; at >= 0; at--) {
    if (mentions[at].last >= chain[0].first || !coordinated(text, tokens, mentions[at], chain[0])) break;
    chain.unshift(mentions[at]);
  }
  for (let at = mentions.indexOf(mention) + 1; at < mentions.length; at++) {
    if (mentions[at].first <= chain.at(-1)!.last || !coordinated(text, tokens, chain.at(-1)!, mentions[at])) break;
    chain.push(mentions[at]);
  }
  // "They" resolved to a couple: two mentions on one span are coordinated too.
  const sameSpan = mentions.filter(
    (other) => !chain.includes(other) && other.first === mention.first && other.last === mention.last,
  );
  return [...sameSpan, ...chain];
}

/** One pair of parties per coordinated source and target. */
export function expandCoordination(
  text: string,
  tokens: readonly Token[],
  parties: Parties,
  mentions: readonly PlacedMention[],
): Parties[] {
  const { sourceAt, targetAt } = parties;
  if (!sourceAt || !targetAt) return [parties];
  const sources = conjunctsOf(text, tokens, sourceAt, mentions);
  const targets = conjunctsOf(text, tokens, targetAt, mentions);
  const pairs: Parties[] = [];
  for (const source of sources)
    for (const target of targets)
      if (source.actor !== target.actor && !sources.includes(target))
        pairs.push({ ...parties, source: source.actor, target: target.actor });
  return pairs.length ? pairs : [parties];
}
