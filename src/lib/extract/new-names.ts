/**
 * Finds the names in an English article that match no known actor — people, organisations
 * and places — and offers each as a new actor with a guessed kind. The named-entity tags
 * come from compromise, which is large: import this module only from the extraction worker,
 * never from anything the first view loads. To stay fast on long articles, only sentences
 * with a capitalised word outside the known mentions are tagged, and the names are read
 * straight from the terms' tags (compromise's own people()/places() are several times slower).
 * Offsets are exact UTF-16 indices into the text as given.
 */
import nlp from 'compromise';
import type { ActorKind } from '../vocabulary/actor-kinds';
import type { NewName, TextSpan } from './types';

type Category = 'person' | 'organization' | 'place';

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset?: { start: number; length: number };
}

interface Occurrence extends TextSpan {
  text: string;
  category: Category;
  isCountry: boolean;
}

type Lexicon = Record<string, string | string[] | undefined>;
const LEXICON = (nlp.world() as { model: { one: { lexicon: Lexicon } } }).model.one.lexicon;
const NAME_TAGS = [
  'Person',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
];
const TITLES = new Set(
  'mr mrs ms miss dr prof sir president vice minister secretary senator sen rep representative governor gov mayor general gen colonel col captain capt lieutenant lt commander judge justice ambassador chancellor premier king queen prince princess pope father bishop cardinal former deputy acting chief'.split(
    ' ',
  ),
);
const KEPT_LOWERCASE_TAIL = new Set(['government', 'administration']);
const OPENERS = /[“"‘([:;—–]/;

function lexiconTags(word: string): string[] {
  const entry = LEXICON[word.toLowerCase()];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

/** A common word at the start of a sentence or quote says nothing about a name. */
function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((tag) => NAME_TAGS.includes(tag));
}

function categoryOf(term: Term): Category | null {
  if (term.tags.has('Person')) return 'person';
  if (term.tags.has('Organization')) return 'organization';
  if (term.tags.has('Place') || term.tags.has('Address')) return 'place';
  return null;
}

function breaksAfter(term: Term): boolean {
  const post = term.post.trim();
  if (post === '' || post === '-' || post === '’' || post === "'") return false;
  return !(post === '.' && term.tags.has('Abbreviation'));
}

function isUpper(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

/** Sentences worth tagging: a capitalised word outside the mentions that is not just a sentence opener. */
function worthTagging(terms: readonly Term[], known: Uint8Array): boolean {
  return terms.some((term, index) => {
    if (!term.offset || !isUpper(term.text) || known[term.offset.start]) return false;
    if (term.text === 'I' || /^I['’]/.test(term.text)) return false;
    const opensClause = index === 0 || OPENERS.test(term.pre) || OPENERS.test(terms[index - 1].post);
    return !(opensClause && isCommonWord(term.text));
  });
}

/** Cleans a run of terms into a name span, or null when nothing name-like is left. */
function cleanRun(text: string, run: Term[], category: Category): Occurrence | null {
  let terms = run;
  while (terms.length && !isUpper(terms[0].text)) terms = terms.slice(1);
  while (terms.length && /^the$/i.test(terms[0].text)) terms = terms.slice(1);
  if (category === 'person') {
    while (terms.length > 1 && TITLES.has(terms[0].text.toLowerCase().replace(/\.$/, ''))) terms = terms.slice(1);
  }
  while (terms.length && !isUpper(terms.at(-1)!.text) && !KEPT_LOWERCASE_TAIL.has(terms.at(-1)!.text)) {
    terms = terms.slice(0, -1);
  }
  if (!terms.length || !terms[0].offset || !terms.at(-1)!.offset) return null;
  const last = terms.at(-1)!.offset!;
  let start = terms[0].offset!.start;
  let end = last.start + last.length;
  const slash = text.slice(start, end).indexOf('/'); // photo credits: "Fernando Vergara/AP Photo"
  if (slash > 0) end = start + slash;
  while (start < end && !/[\p{L}\p{N}]/u.test(text[start])) start++;
  while (end > start && !/[\p{L}\p{N}.]/u.test(text[end - 1])) end--;
  const possessive = /['’]s?$/.exec(text.slice(start, end));
  if (possessive) end -= possessive[0].length;
  while (end > start && text[end - 1] === '.' && !/\.\p{L}\.$/u.test(text.slice(start, end))) end--;
  const name = text.slice(start, end);
  const words = name.split(/\s+/);
  if (!name || !isUpper(name) || (words.length === 1 && TITLES.has(name.toLowerCase()))) return null;
  const describes = (word: string) => lexiconTags(word).some((tag) => tag === 'Demonym' || tag === 'Adjective');
  if (words.every(describes)) return null; // "Colombian", "South American"
  const isCountry = terms.every((term) => term.tags.has('Country')) || lexiconTags(name).includes('Country');
  return { start, end, text: name, category, isCountry };
}

const BODY_WORDS =
  /^(Party|Partido|Ministry|Court|Senate|Congress|Parliament|Army|Front|Movement|Foundation|Institute|Council|Commission|Agency|Union|Alliance)$/;
const CONNECTORS = /^(of|for|and|the|de|del|la)$/;

/** "Green Renewal Party", "Ministry of Agriculture": capitalised words around a body's word name one. */
function organisationRuns(terms: readonly Term[]): Set<Term> {
  const inRun = new Set<Term>();
  terms.forEach((term, index) => {
    if (!BODY_WORDS.test(term.text)) return;
    let first = index;
    while (first > 0 && isUpper(terms[first - 1].text) && !breaksAfter(terms[first - 1])) first--;
    let last = index;
    while (!breaksAfter(terms[last]) && last + 1 < terms.length) {
      const next = terms[last + 1];
      if (isUpper(next.text)) last++;
      else if (CONNECTORS.test(next.text) && isUpper(terms[last + 2]?.text ?? '') && !breaksAfter(next)) last += 2;
      else break;
    }
    for (let at = first; at <= last; at++) inRun.add(terms[at]);
  });
  return inRun;
}

/** Splits each sentence into runs of terms of one category, as compromise's people()/places() do. */
function occurrencesIn(text: string, terms: readonly Term[]): Occurrence[] {
  const organisations = organisationRuns(terms);
  const found: Occurrence[] = [];
  let run: Term[] = [];
  let runCategory: Category | null = null;
  const flush = () => {
    const occurrence = runCategory && run.length ? cleanRun(text, run, runCategory) : null;
    if (occurrence) found.push(occurrence);
    run = [];
    runCategory = null;
  };
  for (const term of terms) {
    const category = organisations.has(term) ? 'organization' : categoryOf(term);
    if (category !== runCategory) flush();
    if (category) {
      run.push(term);
      runCategory = category;
      if (breaksAfter(term) || /['’]s$/.test(term.text)) flush();
    }
  }
  flush();
  return found;
}

const INSTITUTION =
  /\b(Ministry|Ministerio|Court|Tribunal|Senate|Congress|Parliament|Assembly|Department|Office|Agency|Bureau|Commission|Directorate|Prosecutor|Police|Navy|Air Force|Armed Forces|Government|Administration|Mayoralty|Governorship|Central Bank|White House|Pentagon|Procuradur\p{L}*|Fiscal\p{L}*|government|administration)\b/u;
const ARMED_GROUP =
  /\b(Liberation|Revolutionary|Guerrill\p{L}*|Militias?|Cartel|Clan|Brigades?|Rebels?|Insurgents?|Paramilitar\p{L}*)\b/u;
const PARTY = /\b(Party|Partido|Pacto?)\b/u;

/** The kind a name suggests: its own words first, then what compromise tagged it as. */
function kindOf(occurrence: Occurrence): ActorKind {
  if (occurrence.category === 'person') return 'person';
  if (occurrence.isCountry) return 'state';
  const name = occurrence.text;
  if (PARTY.test(name)) return 'party';
  if (ARMED_GROUP.test(name) && !/\bArmed Forces\b/.test(name)) return 'armed-group';
  if (/\bArmy\b/.test(name)) return /\b(People|Popular|National)\b/.test(name) ? 'armed-group' : 'institution';
  if (INSTITUTION.test(name)) return 'institution';
  return 'organization';
}

function groupKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "Quintero" and "Mr Quintero" fold into "Julián Quintero": same last word, words contained. */
function mergePersonVariants(names: NewName[]): NewName[] {
  const people = names.filter((name) => name.kind === 'person').sort((a, b) => b.text.length - a.text.length);
  const merged = new Set<NewName>();
  for (const short of people) {
    const words = groupKey(short.text).split(/\s+/);
    const long = people.find((candidate) => {
      if (candidate === short || merged.has(candidate) || candidate.text.length <= short.text.length) return false;
      const longWords = groupKey(candidate.text).split(/\s+/);
      return longWords.at(-1) === words.at(-1) && words.every((word) => longWords.includes(word));
    });
    if (long) {
      long.count += short.count;
      merged.add(short);
    }
  }
  return names.filter((name) => !merged.has(name));
}

/**
 * The names in `text` that overlap none of `mentions`, one per name in order of first
 * occurrence, with how often each occurs. `minLength` (default 2) drops shorter names.
 */
export function findNewNames(
  text: string,
  mentions: readonly TextSpan[],
  options: { minLength?: number } = {},
): NewName[] {
  const minLength = options.minLength ?? 2;
  const known = new Uint8Array(text.length + 1);
  for (const mention of mentions) known.fill(1, Math.max(0, mention.start), Math.min(text.length, mention.end));
  const doc = nlp.tokenize(text);
  doc.compute(['index', 'id', 'offset']);
  const sentences = doc.docs as unknown as Term[][];
  const pointers = [];
  for (const [index, terms] of sentences.entries()) if (worthTagging(terms, known)) pointers.push(index);
  if (!pointers.length) return [];
  // tag only the chosen sentences: the tagger is most of the cost
  doc
    // update() takes a list of pointers; its typings say one
    .update(pointers.map((index) => [index]) as unknown as Parameters<typeof doc.update>[0])
    .compute(['freeze', 'lexicon', 'preTagger', 'contractionTwo', 'postTagger', 'unfreeze']);
  const byName = new Map<string, NewName>();
  for (const index of pointers) {
    for (const occurrence of occurrencesIn(text, sentences[index])) {
      if (occurrence.text.length < minLength || known.subarray(occurrence.start, occurrence.end).includes(1)) continue;
      const key = groupKey(occurrence.text);
      const existing = byName.get(key);
      if (existing) {
        existing.count += 1;
        if (occurrence.category === 'person') existing.kind = 'person'; // "President Ferreira" after "Ferreira’s office"
        if (existing.text === existing.text.toUpperCase() && occurrence.text !== occurrence.text.toUpperCase()) {
          Object.assign(existing, { start: occurrence.start, end: occurrence.end, text: occurrence.text }); // not "BOGOTA"
        }
      } else {
        const { start, end, text: name } = occurrence;
        byName.set(key, { start, end, text: name, kind: kindOf(occurrence), count: 1 });
      }
    }
  }
  return mergePersonVariants([...byName.values()]).sort((a, b) => a.start - b.start);
}
