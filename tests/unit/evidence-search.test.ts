// @vitest-environment node
/**
 * The evidence search: accent- and case-insensitive matching of quotes, summaries in both
 * languages, actor descriptions and document titles; relations ranked direct evidence
 * first; snippets that keep the original text and mark the words found. A small
 * hand-made network for each rule, and the bundled dataset for the "visa" promise.
 */
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readDatasetFolder } from '../../src/lib/data/read-dataset-folder';
import { validateDataset } from '../../src/lib/data/validate';
import type { NetworkActor, NetworkRelation } from '../../src/lib/data/network';
import type { SourceDocument } from '../../src/lib/data/schema';
import {
  buildEvidenceIndex,
  findEvidence,
  highlightMatches,
  searchEvidence,
  type EvidenceHit,
  type EvidenceSnippet,
} from '../../src/lib/search/evidence-search';
import { miniDatasetFiles } from '../fixtures/mini-dataset';

/** The shared mini dataset, validated, so its actors and relations come typed. */
const mini = validateDataset(miniDatasetFiles()).dataset!;
const DOCUMENTS: SourceDocument[] = [
  ...mini.documents,
  {
    id: 'doc-es',
    title: 'Crisis diplomática en Bogotá',
    publisher: 'Prensa de prueba',
    published: '2025-11',
    language: 'es',
    file: 'sources/doc-es.txt',
  },
];

const person = (id: string, label: string, description: string, es: string): NetworkActor => ({
  id,
  label,
  kind: 'person',
  aliases: [],
  description,
  translations: { es: { description: es } },
});

const ACTORS: NetworkActor[] = [
  ...mini.actors,
  person('marco-rubio', 'Marco Rubio', 'Secretary of State.', 'Secretario de Estado.'),
  person('ivan-cepeda', 'Iván Cepeda', 'Senator and former guerrilla negotiator.', 'Senador y exnegociador.'),
];

const RELATIONS: NetworkRelation[] = [
  ...mini.relations.map((relation) => ({
    ...relation,
    evidence: [{ document: 'mini-doc', quote: 'Trump imposed sanctions on Petro in October and revoked his visa.' }],
  })),
  {
    id: 'rubio-criticised-petro',
    source: 'marco-rubio',
    target: 'gustavo-petro',
    type: 'criticized',
    summary: 'Rubio criticised Petro.',
    translations: { es: { summary: 'Rubio criticó a Petro.' } },
    evidence: [{ document: 'doc-es', quote: 'El canciller dijo en Bogotá que la sanción era justa.' }],
  },
  {
    id: 'cepeda-met-petro',
    source: 'ivan-cepeda',
    target: 'gustavo-petro',
    type: 'met',
    summary: 'Cepeda met Petro.',
    evidence: [{ document: 'mini-doc', quote: 'Protesters in Bogota called the sancion unfair and burned visas.' }],
  },
  {
    id: 'rubio-met-trump',
    source: 'marco-rubio',
    target: 'donald-trump',
    type: 'met',
    summary: 'Rubio met Trump.',
    evidence: [{ document: 'mini-doc', quote: 'Rubio met Trump to discuss the guerrilla groups in Colombia.' }],
  },
];

const index = buildEvidenceIndex({ relations: RELATIONS, actors: ACTORS, documents: DOCUMENTS });
const ids = (hits: EvidenceHit[]) => hits.map((hit) => hit.relationId);
const marked = (snippet: EvidenceSnippet) => snippet.segments.filter((s) => s.match).map((s) => s.text);
const text = (snippet: EvidenceSnippet) => snippet.segments.map((s) => s.text).join('');

describe('searchEvidence', () => {
  it('ignores accents both ways, and keeps them in what it marks', () => {
    const bogota = searchEvidence(index, 'Bogota');
    expect(ids(bogota)).toEqual(['rubio-criticised-petro', 'cepeda-met-petro']);
    expect(marked(bogota[0].snippets[0])).toEqual(['Bogotá']);
    expect(bogota[0].snippets[0]).toMatchObject({ field: 'quote', lang: 'es' });

    const sancion = searchEvidence(index, 'sanción');
    expect(ids(sancion)).toEqual(expect.arrayContaining(['rubio-criticised-petro', 'cepeda-met-petro']));
    const unaccented = sancion.find((hit) => hit.relationId === 'cepeda-met-petro');
    expect(unaccented?.snippets.flatMap(marked)).toEqual(['sancion']);
  });

  it('ignores case', () => {
    expect(ids(searchEvidence(index, 'VISA'))).toEqual(ids(searchEvidence(index, 'visa')));
    expect(ids(searchEvidence(index, 'bOgOtÁ'))).toEqual(ids(searchEvidence(index, 'bogota')));
  });

  it('takes the last word as a prefix: "visa" finds "visa" and "visas"', () => {
    const hits = searchEvidence(index, 'visa');
    expect(ids(hits).sort()).toEqual(['cepeda-met-petro', 'trump-sanctioned-petro']);
    expect(hits.flatMap((hit) => hit.snippets.flatMap(marked)).sort()).toEqual(['visa', 'visas']);
    expect(ids(searchEvidence(index, 'imposed sanc'))).toEqual(['trump-sanctioned-petro']);
  });

  it('forgives one typo in a long word', () => {
    expect(ids(searchEvidence(index, 'protesterz'))).toEqual(['cepeda-met-petro']);
  });

  it('finds the Spanish summary and labels the snippet as Spanish', () => {
    const [hit, ...others] = searchEvidence(index, 'critico');
    expect(others).toEqual([]);
    expect(hit.relationId).toBe('rubio-criticised-petro');
    expect(hit.snippets).toEqual([
      {
        field: 'summary',
        lang: 'es',
        segments: [
          { text: 'Rubio ', match: false },
          { text: 'criticó', match: true },
          { text: ' a Petro.', match: false },
        ],
      },
    ]);
  });

  it("ranks an actor's relations found through its description after direct quote matches", () => {
    const hits = searchEvidence(index, 'guerrilla');
    expect(ids(hits)).toEqual(['rubio-met-trump', 'cepeda-met-petro']);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
    expect(hits[0].snippets.map((s) => s.field)).toEqual(['quote']);
    expect(hits[1].snippets).toEqual([expect.objectContaining({ field: 'actor', subject: 'Iván Cepeda' })]);
    expect(marked(hits[1].snippets[0])).toEqual(['guerrilla']);
  });

  it("finds a document's title and yields the relations citing it", () => {
    const hits = searchEvidence(index, 'diplomatica');
    expect(ids(hits)).toEqual(['rubio-criticised-petro']);
    expect(hits[0].snippets).toEqual([expect.objectContaining({ field: 'document', lang: 'es' })]);
    expect(marked(hits[0].snippets[0])).toEqual(['diplomática']);
    expect(text(hits[0].snippets[0])).toBe('Crisis diplomática en Bogotá');
  });

  it('wants every word in one text, and falls back to any word when no text has them all', () => {
    expect(ids(searchEvidence(index, 'rubio guerrilla'))).toEqual(['rubio-met-trump']);
    expect(ids(searchEvidence(index, 'guerrilla diplomatica'))).toEqual(
      expect.arrayContaining(['rubio-met-trump', 'rubio-criticised-petro']),
    );
  });

  it('finds nothing for an empty or wordless query, and respects the limit', () => {
    expect(searchEvidence(index, '')).toEqual([]);
    expect(searchEvidence(index, '   ')).toEqual([]);
    expect(searchEvidence(index, '“…” —')).toEqual([]);
    expect(searchEvidence(index, 'zzzzzz')).toEqual([]);
    const petro = findEvidence(index, 'petro', 2);
    expect(petro.hits).toHaveLength(2);
    expect(petro.total).toBe(3);
  });

  it('searches a network without evidence or summaries for what there is', () => {
    const bare = buildEvidenceIndex({
      relations: [{ id: 'a-b', source: 'a', target: 'b', type: 'link', evidence: [] }],
      actors: [{ id: 'a', label: 'Alpha', kind: 'node', aliases: [], description: 'The first letter.' }],
      documents: [],
    });
    expect(ids(searchEvidence(bare, 'letter'))).toEqual(['a-b']);
    expect(searchEvidence(bare, 'alpha')).toEqual([]);
    const empty = buildEvidenceIndex({ relations: [], actors: [], documents: [] });
    expect(searchEvidence(empty, 'visa')).toEqual([]);
  });
});

describe('highlightMatches', () => {
  it('cuts a long text around its first match at word boundaries, with ellipses', () => {
    const long = `${'Lorem ipsum dolor sit amet. '.repeat(10)}Then Petro’s visa was revoked. ${'Sed do eiusmod tempor. '.repeat(10)}`;
    const segments = highlightMatches(long, new Set(['visa']));
    const shown = segments.map((s) => s.text).join('');
    expect(segments[0]).toEqual({ text: '…', match: false });
    expect(segments.at(-1)).toEqual({ text: '…', match: false });
    expect(shown.length).toBeLessThanOrEqual(202);
    expect(shown).toContain('Then Petro’s visa was revoked.');
    expect(segments.filter((s) => s.match)).toEqual([{ text: 'visa', match: true }]);
    expect(shown.slice(1, -1)).toBe(shown.slice(1, -1).trim());
  });

  it('keeps a short text whole and marks every occurrence with its own accents and case', () => {
    expect(highlightMatches('Bogotá y BOGOTA.', new Set(['bogota']))).toEqual([
      { text: 'Bogotá', match: true },
      { text: ' y ', match: false },
      { text: 'BOGOTA', match: true },
      { text: '.', match: false },
    ]);
  });
});

describe('searchEvidence on the bundled dataset', () => {
  const folder = fileURLToPath(new URL('../../graph-data/', import.meta.url));
  const dataset = validateDataset(readDatasetFolder(folder).files).dataset!;
  const real = buildEvidenceIndex(dataset);
  const mentionsVisa = (words: string | undefined) => /\bvisas?\b/i.test(words ?? '');

  it('"visa" finds the relations whose quotes mention visas, before those found through an actor', () => {
    const hits = searchEvidence(real, 'visa', 1000);
    const quoted = dataset.relations.filter((r) => r.evidence.some((e) => mentionsVisa(e.quote))).map((r) => r.id);
    const direct = dataset.relations
      .filter((r) => r.evidence.some((e) => mentionsVisa(e.quote)) || mentionsVisa(r.summary))
      .map((r) => r.id);
    expect(quoted.length, 'the dataset quotes visas somewhere').toBeGreaterThan(0);
    expect(ids(hits.slice(0, direct.length)).sort()).toEqual([...direct].sort());
    for (const hit of hits.filter((h) => quoted.includes(h.relationId))) {
      const quoteMarks = hit.snippets.filter((s) => s.field === 'quote').flatMap(marked);
      expect(quoteMarks.every((word) => /^visas?$/i.test(word))).toBe(true);
      expect(quoteMarks.length).toBeGreaterThan(0);
    }
    expect(hits.slice(direct.length).every((hit) => hit.snippets.every((s) => s.field === 'actor'))).toBe(true);
  });
});
