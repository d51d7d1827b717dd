/**
 * `npm run eval:extract [-- --misses]`: how well the article reader suggests the dataset's
 * relations. It reads the five documents of graph-data with the dataset's actors only (the
 * suggester never sees relations.json), then compares with relations.json: recall of the
 * pair and of pair + type over evidence quotes; precision of the suggestions, as the issue
 * defines it (a relation of the dataset, same pair and type, that their document is
 * evidence of) and more strictly by sentence (the dataset quotes that very sentence); per
 * type and overall, and the time per 1,000 words. `--misses` also lists what was missed,
 * to tune the lexicon and rules (never the dataset).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { suggestRelations } from '../lib/extract/suggest';
import type { KnownActor, Suggestion, TextSpan } from '../lib/extract/types';
import { RELATION_TYPE_IDS } from '../lib/vocabulary/relation-types';

interface DatasetDocument {
  id: string;
  file: string;
  published?: string;
}
interface DatasetEvidence {
  document: string;
  quote: string;
}
interface DatasetRelation {
  id: string;
  source: string;
  target: string;
  type: string;
  evidence: DatasetEvidence[];
}
interface EvidenceUnit {
  relation: DatasetRelation;
  span: TextSpan;
  quote: string;
}

const folder = fileURLToPath(new URL('../../graph-data/', import.meta.url));
const readJson = <T>(name: string): T => JSON.parse(readFileSync(folder + name, 'utf8')) as T;
const documents = readJson<DatasetDocument[]>('documents.json');
const actors = readJson<KnownActor[]>('actors.json').map(({ id, label, kind, aliases, ambiguousAliases }) => ({
  id,
  label,
  kind,
  aliases: aliases ?? [],
  ...(ambiguousAliases ? { ambiguousAliases } : {}),
}));
const relations = readJson<DatasetRelation[]>('relations.json');
const showMisses = process.argv.includes('--misses');

const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;
const pairOf = (a: string, b: string) => [a, b].sort().join(' ~ ');

/** Finds a quote in the text, tolerating differences of white space and quotation marks. */
function locate(text: string, quote: string): TextSpan | null {
  const at = text.indexOf(quote);
  if (at >= 0) return { start: at, end: at + quote.length };
  const head = quote.slice(0, 40);
  const loose = text.indexOf(head);
  return loose >= 0 ? { start: loose, end: Math.min(text.length, loose + quote.length) } : null;
}

/** How one evidence quote fared: whether its sentence has a suggestion of the same pair, and type. */
interface QuoteResult {
  pair: boolean;
  pairType: boolean;
  line: string;
}
const quoteResults = new Map<DatasetRelation, QuoteResult[]>();
const precision = new Map<string, { total: number; hit: number; inDocument: number }>();
let words = 0;
let milliseconds = 0;
let unlocated = 0;
let directionRight = 0;
let directionChecked = 0;
const falsePositives: string[] = [];

const bump = <K, T>(map: Map<K, T>, key: K, make: () => T) => {
  if (!map.has(key)) map.set(key, make());
  return map.get(key)!;
};
const describe = (s: Suggestion) => `${s.type} ${s.source}->${s.target} (${s.trigger.text})`;

for (const document of documents) {
  const text = readFileSync(folder + document.file, 'utf8');
  words += text.split(/\s+/).filter(Boolean).length;
  const started = performance.now();
  const reading = suggestRelations(text, actors, { published: document.published, locale: 'en' });
  milliseconds += performance.now() - started;
  const units: EvidenceUnit[] = [];
  for (const relation of relations)
    for (const evidence of relation.evidence) {
      if (evidence.document !== document.id) continue;
      const span = locate(text, evidence.quote);
      if (span) units.push({ relation, span, quote: evidence.quote });
      else unlocated++;
    }
  for (const { relation, span, quote } of units) {
    const near = reading.suggestions.filter((s) => overlaps(s.sentence, span));
    const samePair = near.filter((s) => pairOf(s.source, s.target) === pairOf(relation.source, relation.target));
    const sameType = samePair.filter((s) => s.type === relation.type);
    if (sameType.length && relation.source !== relation.target) {
      directionChecked++;
      if (sameType.some((s) => s.source === relation.source)) directionRight++;
    }
    bump(quoteResults, relation, () => []).push({
      pair: samePair.length > 0,
      pairType: sameType.length > 0,
      line: `    [${document.id}] ${quote.slice(0, 150)}` + `\n      got: ${near.map(describe).join('; ') || '—'}`,
    });
  }
  const matches = (suggestion: Suggestion) =>
    units.some(
      (unit) =>
        unit.relation.type === suggestion.type &&
        pairOf(unit.relation.source, unit.relation.target) === pairOf(suggestion.source, suggestion.target) &&
        overlaps(unit.span, suggestion.sentence),
    );
  // The definition: the suggestion is a relation of the dataset (same pair and
  // type) that this document is evidence of, whichever of its sentences the dataset quotes.
  const matchesInDocument = (suggestion: Suggestion) =>
    units.some(
      (unit) =>
        unit.relation.type === suggestion.type &&
        pairOf(unit.relation.source, unit.relation.target) === pairOf(suggestion.source, suggestion.target),
    );
  for (const suggestion of reading.suggestions) {
    const row = bump(precision, suggestion.type, () => ({ total: 0, hit: 0, inDocument: 0 }));
    row.total++;
    if (matchesInDocument(suggestion)) row.inDocument++;
    if (matches(suggestion)) row.hit++;
    else falsePositives.push(`[${document.id}] ${describe(suggestion)} :: ${suggestion.sentence.text.slice(0, 140)}`);
  }
}

interface Row {
  relations: number;
  relationPair: number;
  relationPairType: number;
  quotes: number;
  quotePair: number;
  quotePairType: number;
  suggested: number;
  hit: number;
  inDocument: number;
}
const emptyRow = (): Row => ({
  relations: 0,
  relationPair: 0,
  relationPairType: 0,
  quotes: 0,
  quotePair: 0,
  quotePairType: 0,
  suggested: 0,
  hit: 0,
  inDocument: 0,
});
const rows = new Map<string, Row>();
const overall = emptyRow();
const misses: string[] = [];
for (const relation of relations) {
  const results = quoteResults.get(relation) ?? [];
  const found = results.some((result) => result.pairType);
  for (const row of [bump(rows, relation.type, emptyRow), overall]) {
    row.relations++;
    if (results.some((result) => result.pair)) row.relationPair++;
    if (found) row.relationPairType++;
    row.quotes += results.length;
    row.quotePair += results.filter((result) => result.pair).length;
    row.quotePairType += results.filter((result) => result.pairType).length;
  }
  if (!found)
    misses.push(
      `${relation.id}: ${relation.type} ${relation.source} -> ${relation.target}\n` +
        (results.map((result) => result.line).join('\n') || '    (no quote found in its document)'),
    );
}
for (const [type, { total, hit, inDocument }] of precision)
  for (const row of [bump(rows, type, emptyRow), overall]) {
    row.suggested += total;
    row.hit += hit;
    row.inDocument += inDocument;
  }

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '—');
const cells = (values: Array<string | number>, widths: number[]) =>
  values.map((value, index) => (index ? String(value).padStart(widths[index]) : String(value).padEnd(widths[0])));
const widths = [12, 9, 8, 10, 7, 8, 10, 10, 10, 12];
const print = (values: Array<string | number>) => console.log(cells(values, widths).join(' '));
console.log(`${''.padEnd(12)}  ${'— per relation —'.padEnd(28)}  ${'— per quote —'.padEnd(26)}  — suggestions —`);
print([
  'type',
  'relations',
  'pair',
  'pair+type',
  'quotes',
  'pair',
  'pair+type',
  'suggested',
  'precision',
  'by sentence',
]);
const printRow = (name: string, row: Row) =>
  print([
    name,
    row.relations,
    percent(row.relationPair, row.relations),
    percent(row.relationPairType, row.relations),
    row.quotes,
    percent(row.quotePair, row.quotes),
    percent(row.quotePairType, row.quotes),
    row.suggested,
    percent(row.inDocument, row.suggested),
    percent(row.hit, row.suggested),
  ]);
for (const type of RELATION_TYPE_IDS) printRow(type, rows.get(type) ?? emptyRow());
printRow('overall', overall);
console.log(
  '\nprecision: suggestions that are a relation of the dataset (same pair and type) of their document;' +
    '\nby sentence: only those whose sentence the dataset quotes for it (stricter: an uncited sentence' +
    '\nthat reports the same act counts as a miss).',
);
console.log(
  `direction right on matched directed quotes: ${percent(directionRight, directionChecked)} (${directionChecked})`,
);
if (unlocated) console.log(`quotes not found in their document: ${unlocated}`);
console.log(
  `time: ${((milliseconds / words) * 1000).toFixed(1)} ms per 1,000 words (${words} words, ${milliseconds.toFixed(0)} ms)`,
);
if (showMisses) {
  console.log(`\nrelations missed (pair + type), with their quotes:\n${misses.join('\n')}`);
  console.log(`\nunmatched suggestions:\n${falsePositives.join('\n')}`);
}
