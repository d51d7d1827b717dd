/**
 * Who did what to whom around a trigger. The agent comes before the patient: the nearest
 * mention before the trigger is the source, the nearest after is the target. A passive or
 * an agent phrase ("was sanctioned by X", "attacks by X", "criticism from X") puts the
 * source after the trigger. Structural types are oriented by kind: a person is a member of
 * a group, not the reverse, and one appoints a person.
 */
import { RELATION_TYPES, type RelationTypeId } from '../vocabulary/relation-types';
import type { PlacedMention } from './claims';
import type { TriggerMatch } from './lexicon';
import type { Token } from './tokens';
import { asideWords, asidesBefore, doerBeforeFor, urgerOf } from './agents';

const BE_FORMS = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'get', 'got', 'gets']);
const AGENT_MARKERS = new Set(['by', 'from']);
/**
 * A semicolon, a colon or a parenthesis closes the clause: a name beyond one is not a
 * party of the trigger ("Trump offered a warning to Petro: he had better …").
 */
const CLAUSE_BREAK = /[;:()]/u;
/** Mentions further than this many words from the trigger are not its parties. */
const MAX_DISTANCE = 12;

export interface Parties {
  source: string;
  target: string;
  /** A person named the other to a post ("Petro's minister X"): an appointment. */
  appointedBy?: boolean;
  /** The mentions picked, for coordination ("Boric and Sánchez"). */
  sourceAt?: PlacedMention;
  targetAt?: PlacedMention;
}

const pair = (source: PlacedMention, target: PlacedMention): Parties => ({
  source: source.actor,
  target: target.actor,
  sourceAt: source,
  targetAt: target,
});

function agentAfter(tokens: readonly Token[], trigger: TriggerMatch, mentions: readonly PlacedMention[]) {
  for (let at = trigger.last + 1; at <= trigger.last + 3 && at < tokens.length; at++) {
    if (!AGENT_MARKERS.has(tokens[at].folded)) continue;
    return mentions.find((mention) => mention.first > at && mention.first <= at + 3);
  }
  return undefined;
}

function isPassive(tokens: readonly Token[], trigger: TriggerMatch): boolean {
  const word = tokens[trigger.first].folded;
  if (!/(ed|en|wn|t)$/.test(word) && word !== 'met') return false;
  for (let at = trigger.first - 1; at >= trigger.first - 3 && at >= 0; at--)
    if (BE_FORMS.has(tokens[at].folded)) return true;
  return false;
}

const joinedByAnd = (tokens: readonly Token[], left: PlacedMention, right: PlacedMention) =>
  tokens.slice(left.last + 1, right.first).some((token) => token.folded === 'and' || token.folded === 'or');

/** The other member of a couple read on one span ("they" for two people), if any. */
const partnerOf = (mention: PlacedMention, mentions: readonly PlacedMention[]) =>
  mentions.find(
    (other) => other.first === mention.first && other.last === mention.last && other.actor !== mention.actor,
  );

/** Whether a name or "with" follows the trigger as its object ("met Trump", "met with Trump"). */
const hasObject = (tokens: readonly Token[], trigger: TriggerMatch, mentions: readonly PlacedMention[]) =>
  tokens[trigger.last + 1]?.folded === 'with' || mentions.some((mention) => mention.first === trigger.last + 1);

/** The source and target of a trigger among the sentence's mentions (in `text`), or null. */
export function pickParties(
  tokens: readonly Token[],
  trigger: TriggerMatch,
  mentions: readonly PlacedMention[],
  text?: string,
): Parties | null {
  const open = (from: number, to: number) => !text || !CLAUSE_BREAK.test(text.slice(from, to));
  const asides = text ? asidesBefore(text, tokens, trigger) : [];
  const aside = (mention: PlacedMention) =>
    asides.some((span) => tokens[mention.first].start >= span.start && tokens[mention.last].end <= span.end);
  const before = mentions.filter(
    (mention) =>
      mention.last < trigger.first &&
      trigger.first - mention.last <= MAX_DISTANCE + asideWords(tokens, asides, mention, trigger) &&
      !aside(mention) &&
      open(tokens[mention.last].end, tokens[trigger.first].start),
  );
  const after = mentions.filter(
    (mention) =>
      mention.first > trigger.last &&
      mention.first - trigger.last <= MAX_DISTANCE &&
      open(tokens[trigger.last].end, tokens[mention.first].start),
  );
  const agent = agentAfter(tokens, trigger, mentions);
  if (agent) {
    const patient =
      before.filter((mention) => mention.actor !== agent.actor).at(-1) ??
      after.find((mention) => mention.actor !== agent.actor && mention.first > agent.last);
    if (patient) return pair(agent, patient);
    return null;
  }
  // "He has been a rare figure among Latin American leaders as an outspoken critic of
  // Trump": with no name near, the sentence's first name is the subject of its clause.
  const subject = mentions.find(
    (mention) => mention.last < trigger.first && open(tokens[mention.last].end, tokens[trigger.first].start),
  );
  // "Trump threatened Colombia, describing Petro as …": a participle after a comma has the
  // subject of the main clause as its own.
  const participle =
    text !== undefined &&
    tokens[trigger.first].folded.endsWith('ing') &&
    trigger.first > 0 &&
    /,\s*$/.test(text.slice(tokens[trigger.first - 1].end, tokens[trigger.first].start));
  const mainSubject = participle ? mentions.find((mention) => mention.last < trigger.first) : undefined;
  if (mainSubject) {
    const target = after.find((mention) => mention.actor !== mainSubject.actor);
    if (target) return pair(mainSubject, target);
  }
  // "criticised Trump for carrying out an offensive … to abduct Maduro": the one blamed
  // or praised "for" doing something is the one who did it.
  const doer = text !== undefined ? doerBeforeFor(tokens, trigger, mentions, open) : undefined;
  if (doer) {
    const target = after.find((mention) => mention.actor !== doer.actor);
    if (target) return pair(doer, target);
  }
  // "Petro asked American soldiers to disobey Trump's policies": the one who urges the act
  // takes its side, not the ones urged.
  const urger = urgerOf(tokens, trigger, before);
  if (urger) {
    const target = after.find((mention) => mention.actor !== urger.actor);
    if (target) return pair(urger, target);
  }
  const nearestBefore = before.at(-1) ?? subject;
  const couple = nearestBefore && partnerOf(nearestBefore, before);
  // "They would go on to marry", "They met": a symmetric act with no object relates the couple.
  if (couple && !RELATION_TYPES[trigger.type].directed && !hasObject(tokens, trigger, mentions))
    return pair(couple, nearestBefore!);
  if (nearestBefore) {
    const target = after.find((mention) => mention.actor !== nearestBefore.actor);
    if (target) return isPassive(tokens, trigger) ? pair(target, nearestBefore) : pair(nearestBefore, target);
    // "Petro and Trump met": both parties before the trigger; but "Boric and Sánchez have
    // both offered support" names two supporters of a directed act, not a pair.
    const earlier = before.filter((mention) => mention.actor !== nearestBefore.actor).at(-1);
    const coAgents = earlier && RELATION_TYPES[trigger.type].directed && joinedByAnd(tokens, earlier, nearestBefore);
    if (!earlier || coAgents) return null;
    // "Trump, whom Petro criticized": of two names before a directed act, the nearer acts.
    return RELATION_TYPES[trigger.type].directed ? pair(nearestBefore, earlier) : pair(earlier, nearestBefore);
  }
  const [first, ...rest] = after;
  const second = rest.find((mention) => first && mention.actor !== first.actor);
  if (!first || !second) return null;
  // "joining BRI and the NDB": coordinated names after the trigger share one role; only a
  // symmetric act ("talks between X and Y") relates them to each other.
  if (RELATION_TYPES[trigger.type].directed && joinedByAnd(tokens, first, second)) return null;
  return pair(first, second);
}

/**
 * Orients structural types by the kinds of their parties, or rejects a pairing the type
 * cannot have: a membership needs a group (a person is a member of it), kinship and an
 * appointment need persons.
 */
export function orientByKind(
  type: RelationTypeId,
  parties: Parties,
  kindOf: (actor: string) => string | undefined,
): Parties | null {
  const sourceIsPerson = kindOf(parties.source) === 'person';
  const targetIsPerson = kindOf(parties.target) === 'person';
  const swapped = { source: parties.target, target: parties.source, appointedBy: parties.appointedBy };
  if (type === 'member-of') {
    if (sourceIsPerson && targetIsPerson) return null;
    return targetIsPerson ? swapped : parties;
  }
  if (type === 'family') return sourceIsPerson && targetIsPerson ? parties : null;
  if (type === 'appointed') {
    if (!sourceIsPerson && !targetIsPerson) return null;
    return targetIsPerson ? parties : swapped;
  }
  return parties;
}
