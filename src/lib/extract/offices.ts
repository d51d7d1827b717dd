/**
 * Offices named by a title next to a person, when the title does not say whose office it
 * is: "then-President Andrés Pastrana", "former President Álvaro Uribe", "Defence Minister
 * Iván Velásquez", "Santos, Uribe's defence minister". A presidency belongs to a state: the
 * person's own state when the actors' names or the article give one ("US President Donald
 * Trump"), else the state the person is most often named with in the article, else the
 * state the article is most about. A minister's office belongs to the ministry among the
 * known institutions whose name carries the minister's portfolio ("defence" → "Ministry of
 * National Defense"), or to the government's state where no such ministry is known;
 * "Secretary of State" to a "State Department". Every reading is a suggestion for the
 * analyst, who sees the title that prompted it.
 */
import type { KnownActor, Mention, Sentence, TextSpan } from './types';
import { foldString } from './fold';

/** A title just before a name: "then-President ", "Culture Minister ", "his Colombian counterpart, ". */
const TITLE_BEFORE =
  /(?:^|[^\p{L}-])((?:(?:then|former|ex)[-\s])?(?:vice[-\s]president|president|prime minister|counterpart|secretary of state|([\p{L}]+)\s+minister)),?\s+$/iu;
/** A title in apposition after a name: ", Uribe's defence minister", ", the culture minister". */
const TITLE_AFTER =
  /^\s*,\s*(?:(?:the|a|an|his|her|their|former|then|[\p{Lu}][\p{L}]*[’']s)\s+){0,2}(?:(vice[-\s]president|president|prime minister)|([\p{L}]+)\s+minister)\b/iu;
/** The title inside a name as the actors' list writes it ("President Biden"). */
const TITLE_INSIDE = /^(?:(?:then|former|ex)[-\s])?(vice[-\s]president|president|prime minister)\s/iu;
const NOT_PORTFOLIOS = new Set(['prime', 'former', 'then', 'the', 'a', 'vice', 'deputy', 'chief']);

export interface OfficeReading {
  /** The actor whose office it is: a state or an institution. */
  office: string;
  title: TextSpan;
}

/** What the article and the actors' names tell of whose offices they are. */
export interface OfficeContext {
  actors: readonly KnownActor[];
  /** Each person's states by title (names and article), as `ownStates` reads them. */
  ownStates: ReadonlyMap<string, ReadonlySet<string>>;
  /** The state each person is most often named with in the article, if one stands out. */
  companionState: ReadonlyMap<string, string>;
  /** The state the article names most. */
  homeState?: string;
}

const stemOf = (word: string) => foldString(word).slice(0, 5);

/** The ministry whose name carries the portfolio ("defence" → "Ministry of National Defense"). */
function ministryOf(portfolio: string, actors: readonly KnownActor[]): string | undefined {
  const stem = stemOf(portfolio);
  if (stem.length < 4 || NOT_PORTFOLIOS.has(foldString(portfolio))) return undefined;
  return actors.find((actor) => {
    if (actor.kind !== 'institution') return false;
    const words = foldString(actor.label).split(/[^a-z]+/);
    return words.includes('ministry') && words.some((word) => word !== 'ministry' && word.startsWith(stem));
  })?.id;
}

/** The known institution a Secretary of State heads, if any. */
export const stateDepartment = (actors: readonly KnownActor[]) =>
  actors.find((actor) => actor.kind === 'institution' && /\bstate department\b/.test(foldString(actor.label)))?.id;

/** The state of a person's presidency, from their names, the article, or its main state. */
function presidencyOf(person: string, context: OfficeContext): string | undefined {
  const own = context.ownStates.get(person);
  if (own?.size === 1) return [...own][0];
  return context.companionState.get(person) ?? context.homeState;
}

function officeOf(person: string, title: string, portfolio: string | undefined, context: OfficeContext) {
  // A minister whose ministry is no known actor is at least a member of the government.
  if (portfolio) return ministryOf(portfolio, context.actors) ?? presidencyOf(person, context);
  if (/secretary of state/i.test(title)) return stateDepartment(context.actors);
  return presidencyOf(person, context);
}

const kindOf = (context: OfficeContext, id: string) => context.actors.find((actor) => actor.id === id)?.kind;
/** Words allowed between a state's name and the title it qualifies ("Brazil's leftist President"). */
const QUALIFIER_GAP = /^(?:[’']s)?(?:\s+[\p{Ll}][\p{L}-]*){0,2}\s+$/u;

/** A state named just before the title ("Chile's President", "Brazil's leftist President"). */
export function qualifyingState(text: string, titleStart: number, nearby: readonly Mention[], context: OfficeContext) {
  return qualifierMention(text, titleStart, nearby, context)?.actor ?? undefined;
}

function qualifierMention(text: string, titleStart: number, nearby: readonly Mention[], context: OfficeContext) {
  return nearby
    .filter(
      (other) =>
        other.actor &&
        other.end <= titleStart &&
        kindOf(context, other.actor) === 'state' &&
        QUALIFIER_GAP.test(text.slice(other.end, titleStart)),
    )
    .at(-1);
}

/**
 * The state mentions that only qualify a person's title ("Ukrainian President Volodymyr
 * Zelenskyy", "Chile's President Gabriel Boric"): they say whose president, and are no
 * party of the sentence's acts ("he lashed out at Ukrainian President Zelenskyy").
 */
export function titleQualifiers(text: string, mentions: readonly Mention[], context: OfficeContext): Set<Mention> {
  const qualifiers = new Set<Mention>();
  for (const mention of mentions) {
    if (!mention.actor || kindOf(context, mention.actor) !== 'person') continue;
    const from = Math.max(0, mention.start - 48);
    const before = TITLE_BEFORE.exec(text.slice(from, mention.start));
    if (!before || before[2]) continue;
    const start = from + before.index + before[0].indexOf(before[1]);
    const qualifier = qualifierMention(text, start, mentions, context);
    if (qualifier) qualifiers.add(qualifier);
  }
  return qualifiers;
}

/**
 * The office a title beside a person's mention gives them, if the title leaves it unsaid.
 * `nearby` are the sentence's mentions, for a state named before the title.
 */
export function officeBeside(
  text: string,
  mention: Mention,
  context: OfficeContext,
  nearby: readonly Mention[] = [],
): OfficeReading | undefined {
  if (!mention.actor) return undefined;
  const person = mention.actor;
  if (kindOf(context, person) !== 'person') return undefined;
  const read = (office: string | undefined, start: number, end: number) =>
    office && office !== person ? { office, title: { start, end } } : undefined;
  const inside = TITLE_INSIDE.exec(mention.text);
  if (inside) {
    const state = qualifyingState(text, mention.start, nearby, context) ?? presidencyOf(person, context);
    return read(state, mention.start, mention.start + inside[0].trimEnd().length);
  }
  const from = Math.max(0, mention.start - 48);
  const before = TITLE_BEFORE.exec(text.slice(from, mention.start));
  if (before) {
    const start = from + before.index + before[0].indexOf(before[1]);
    const state = before[2] ? undefined : qualifyingState(text, start, nearby, context);
    return read(state ?? officeOf(person, before[1], before[2], context), start, start + before[1].length);
  }
  const after = TITLE_AFTER.exec(text.slice(mention.end, mention.end + 64));
  if (after) {
    const word = after[1] ?? after[2];
    const start = mention.end + after[0].lastIndexOf(word);
    return read(officeOf(person, after[0], after[2], context), start, mention.end + after[0].length);
  }
  return undefined;
}

/** The state each person is named with in most sentences (at least two, and no tie). */
export function companionStates(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  actors: readonly KnownActor[],
): Map<string, string> {
  const kinds = new Map(actors.map((actor) => [actor.id, actor.kind]));
  const counts = new Map<string, Map<string, number>>();
  let cursor = 0;
  for (const sentence of sentences) {
    const here = new Set<string>();
    while (cursor < mentions.length && mentions[cursor].start < sentence.end) {
      const actor = mentions[cursor].actor;
      if (actor && mentions[cursor].start >= sentence.start) here.add(actor);
      cursor++;
    }
    const states = [...here].filter((actor) => kinds.get(actor) === 'state');
    for (const person of here) {
      if (kinds.get(person) !== 'person') continue;
      const row = counts.get(person) ?? new Map<string, number>();
      counts.set(person, row);
      for (const state of states) row.set(state, (row.get(state) ?? 0) + 1);
    }
  }
  const companions = new Map<string, string>();
  for (const [person, row] of counts) {
    const ranked = [...row].sort((a, b) => b[1] - a[1]);
    if (ranked[0] && ranked[0][1] >= 2 && ranked[0][1] > (ranked[1]?.[1] ?? 0)) companions.set(person, ranked[0][0]);
  }
  return companions;
}

/** The state the article names most often, if any. */
export function homeState(mentions: readonly Mention[], actors: readonly KnownActor[]): string | undefined {
  const states = new Set(actors.filter((actor) => actor.kind === 'state').map((actor) => actor.id));
  const counts = new Map<string, number>();
  for (const mention of mentions)
    if (mention.actor && states.has(mention.actor)) counts.set(mention.actor, (counts.get(mention.actor) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Words saying that someone took a presidency: won its election, took office, was elected. */
const TOOK_PRESIDENCY = [
  /\b(?:won|wins|win|winning)\b[^.,;:]{0,30}?\bpresidential (?:election|race|vote|run-?off)\b/giu,
  /\b(?:took|takes|taking|take) office\b/giu,
  /\bsworn in as president\b/giu,
  /\b(?:elected|re-elected)\b(?:\s+[\p{L}-]+){0,4}?\s+president\b/giu,
  /\b(?:his|her)\s+(?:[\p{L}-]+\s+){0,2}?presidency\b/giu,
];
/** "Petro had lost his presidential bid to Juan Manuel Santos": the winner follows. */
const WON_AGAINST =
  /\blost\s+(?:his|her|the)?\s*(?:presidential\s+(?:bid|election|race|run-?off|vote)|bid for the presidency)\s+to\s+$/iu;
/** "appointed X … as his defense minister", "offered him a place … as education minister". */
const AS_MINISTER = /\bas\s+(?:(?:his|her|their|the|a|new)\s+)*([\p{L}]+)\s+minister\b/giu;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** Words between the person and the words of office that end the person's clause. */
const CLAUSE_BREAK = /[;:()\u2013\u2014]|,\s+(?:but|and|while|which|who)\b/u;

/**
 * "Uribe won the 2002 presidential election", "Duque took office in 2018", "Petro was
 * elected president", "six weeks into his presidency": the person named last before the
 * words holds the presidency of their state; "lost his presidential bid to Santos": the
 * winner does. A bid or a campaign is not the office. "Appointed X … as his defense
 * minister": X holds the ministry.
 */
export function presidencyHolders(
  text: string,
  sentence: Sentence,
  mentions: readonly Mention[],
  context: OfficeContext,
): Array<OfficeReading & { person: string }> {
  const found: Array<OfficeReading & { person: string }> = [];
  for (const pattern of TOOK_PRESIDENCY)
    for (const match of sentence.text.matchAll(pattern)) {
      const start = sentence.start + match.index;
      const holder = mentions
        .filter((mention) => mention.actor && mention.end <= start && kindOf(context, mention.actor) === 'person')
        .at(-1);
      if (!holder?.actor || CLAUSE_BREAK.test(text.slice(holder.end, start))) continue;
      const office = presidencyOf(holder.actor, context);
      if (office) found.push({ person: holder.actor, office, title: { start, end: start + match[0].length } });
    }
  for (const mention of mentions) {
    if (!mention.actor || kindOf(context, mention.actor) !== 'person' || mention.start < sentence.start) continue;
    const lost = WON_AGAINST.exec(text.slice(Math.max(sentence.start, mention.start - 64), mention.start));
    const office = lost ? presidencyOf(mention.actor, context) : undefined;
    if (lost && office) {
      const start = mention.start - lost[0].length;
      found.push({ person: mention.actor, office, title: { start, end: mention.start } });
    }
  }
  for (const match of sentence.text.matchAll(AS_MINISTER)) {
    const start = sentence.start + match.index;
    const ministry = ministryOf(match[1], context.actors);
    // The person named to the post: the last one before "as", not a possessive ("his").
    const holder = mentions
      .filter(
        (mention) =>
          mention.actor &&
          mention.end <= start &&
          kindOf(context, mention.actor) === 'person' &&
          !POSSESSIVE_PRONOUNS.has(mention.text.toLowerCase()),
      )
      .at(-1);
    if (ministry && holder?.actor)
      found.push({ person: holder.actor, office: ministry, title: { start, end: start + match[0].length } });
  }
  return found;
}
