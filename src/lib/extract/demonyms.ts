/**
 * Country adjectives as mentions of states: "Colombian exports", "Ukrainian President
 * Volodymyr Zelenskyy", "Spanish Prime Minister Pedro Sánchez" name a state without its
 * name. The table is general English (adjective → country name); a state is mentioned only
 * when an actor of kind "state" carries that name. An adjective inside a person's name as
 * the dataset writes it ("Colombian President Gustavo Petro") adds no mention — that span
 * already belongs to the person — but `titleStates` reads it as the person's country.
 */
import type { KnownActor, Mention } from './types';
import { foldString } from './fold';

const COUNTRY_OF_ADJECTIVE: Readonly<Record<string, string>> = {
  american: 'united states',
  argentine: 'argentina',
  argentinian: 'argentina',
  bolivian: 'bolivia',
  brazilian: 'brazil',
  british: 'united kingdom',
  canadian: 'canada',
  chilean: 'chile',
  chinese: 'china',
  colombian: 'colombia',
  cuban: 'cuba',
  ecuadorian: 'ecuador',
  egyptian: 'egypt',
  french: 'france',
  german: 'germany',
  haitian: 'haiti',
  indian: 'india',
  iranian: 'iran',
  israeli: 'israel',
  italian: 'italy',
  japanese: 'japan',
  mexican: 'mexico',
  nicaraguan: 'nicaragua',
  palestinian: 'palestine',
  panamanian: 'panama',
  peruvian: 'peru',
  russian: 'russia',
  spanish: 'spain',
  ukrainian: 'ukraine',
  venezuelan: 'venezuela',
  uruguayan: 'uruguay',
  paraguayan: 'paraguay',
  salvadoran: 'el salvador',
  honduran: 'honduras',
  guatemalan: 'guatemala',
  dominican: 'dominican republic',
  turkish: 'turkey',
  saudi: 'saudi arabia',
};

const ADJECTIVE = /\p{Lu}\p{Ll}+/gu;
/** A word before an adjective that makes it a region's ("Latin American", "South American"). */
const REGION_BEFORE = /\b(?:Latin|South|North|Central|Pan|Anglo|Afro|Ibero)[\s-]$/u;

/** Maps each adjective to the id of the state actor it names, for these actors. */
function adjectiveStates(actors: readonly KnownActor[]): Map<string, string> {
  const stateByName = new Map<string, string>();
  for (const actor of actors)
    if (actor.kind === 'state')
      for (const name of [actor.label, ...actor.aliases]) stateByName.set(foldString(name), actor.id);
  const states = new Map<string, string>();
  for (const [adjective, country] of Object.entries(COUNTRY_OF_ADJECTIVE)) {
    const id = stateByName.get(country);
    if (id) states.set(adjective, id);
  }
  return states;
}

/** Mentions of states by their adjective, where no other mention covers the word. */
export function findAdjectiveMentions(
  text: string,
  mentions: readonly Mention[],
  actors: readonly KnownActor[],
): Mention[] {
  const states = adjectiveStates(actors);
  const found: Mention[] = [];
  for (const match of text.matchAll(ADJECTIVE)) {
    const state = states.get(foldString(match[0]));
    if (!state) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (mentions.some((mention) => mention.start < end && start < mention.end)) continue;
    // "Latin American leaders", "South American country": a region, not the United States.
    if (REGION_BEFORE.test(text.slice(Math.max(0, start - 10), start))) continue;
    found.push({ start, end, text: match[0], actor: state, candidates: [state], ambiguous: false, resolvedBy: 'name' });
  }
  return found;
}

const TITLE = /\b(?:president|prime minister|minister|vice president|leader|secretary|senator|governor|mayor)\b/iu;

/**
 * The state a person's mention names as their country in a title ("Colombian President
 * Gustavo Petro", "US President Donald Trump"), with the title's span, if any.
 */
export function titleState(
  mention: Mention,
  actors: readonly KnownActor[],
): { state: string; title: { start: number; end: number } } | undefined {
  const title = TITLE.exec(mention.text);
  if (!title) return undefined;
  const before = mention.text.slice(0, title.index);
  const states = adjectiveStates(actors);
  let state: string | undefined;
  for (const match of before.matchAll(ADJECTIVE)) state ??= states.get(foldString(match[0]));
  if (!state) {
    const folded = foldString(before)
      .replace(/[’']s\b/g, '')
      .trim();
    state = actors.find(
      (actor) => actor.kind === 'state' && [actor.label, ...actor.aliases].some((name) => foldString(name) === folded),
    )?.id;
  }
  if (!state || state === mention.actor) return undefined;
  const start = mention.start + title.index;
  return { state, title: { start, end: start + title[0].length } };
}

/** The states a name carries by their name or adjective ("Colombian armed forces" → Colombia). */
export function statesNamedIn(name: string, actors: readonly KnownActor[]): Set<string> {
  const found = new Set<string>();
  const folded = ` ${foldString(name).replace(/[^a-z0-9]+/g, ' ')} `;
  for (const [adjective, state] of adjectiveStates(actors)) if (folded.includes(` ${adjective} `)) found.add(state);
  for (const actor of actors)
    if (actor.kind === 'state' && folded.includes(` ${foldString(actor.label).replace(/[^a-z0-9]+/g, ' ')} `))
      found.add(actor.id);
  return found;
}
