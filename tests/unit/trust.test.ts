import { describe, expect, it } from 'vitest';
import type { NetworkRelation } from '../../src/lib/data/network';
import type { SourceDocument } from '../../src/lib/data/schema';
import { corroborate, indexCorroboration } from '../../src/lib/trust/corroboration';
import { documentSupport, sourceRows } from '../../src/lib/trust/document-lens';
import { NO_TRUST_FILTER, trustPredicate } from '../../src/lib/trust/trust-filter';
import { parseTrustFilter, writeTrustFilter } from '../../src/lib/state/trust-url';
import type { Message } from '../../src/lib/i18n/messages';

const doc = (id: string, publisher: string, published: string): SourceDocument => ({
  id,
  title: `Title of ${id}`,
  publisher,
  published,
  file: `sources/${id}.txt`,
});

const DOCUMENTS = [
  doc('aj-1', 'Al Jazeera', '2026-02'),
  doc('aj-2', 'Al Jazeera', '2026-01-15'),
  doc('icwa', 'ICWA', '2025-10'),
  doc('unused', 'Nobody', '2024'),
];
const BY_ID = new Map(DOCUMENTS.map((d) => [d.id, d]));

const relation = (id: string, evidence: NetworkRelation['evidence']): NetworkRelation => ({
  id,
  source: 'a',
  target: 'b',
  type: 'accused',
  evidence,
});

const RELATIONS = [
  // Two documents of one publisher and one of another; a report in the outlet's own voice.
  relation('corroborated', [
    { document: 'aj-1', quote: 'q1', claim: 'reported' },
    { document: 'aj-2', quote: 'q2', claim: 'attributed', speaker: 'a' },
    { document: 'icwa', quote: 'q3', claim: 'alleged' },
  ]),
  // One document, only allegations and a denial: weak and single-sourced.
  relation('alleged-only', [
    { document: 'icwa', quote: 'q4', claim: 'alleged' },
    { document: 'icwa', quote: 'q5', claim: 'disputed' },
  ]),
  // Somebody says it; not weak, but not reported as fact.
  relation('attributed', [{ document: 'aj-1', quote: 'q6', claim: 'attributed', speaker: 'b' }]),
  // Imported evidence, not coded: never weak, never as fact.
  relation('uncoded', [{ document: 'aj-2', quote: 'q7' }]),
  relation('no-evidence', []),
];

describe('corroboration', () => {
  it('counts documents, publishers and the first and last report', () => {
    const c = corroborate(RELATIONS[0], BY_ID);
    expect(c).toMatchObject({
      documents: 3,
      publishers: 2,
      firstReported: '2025-10',
      lastReported: '2026-02',
      asFact: true,
      weak: false,
    });
    expect(c.claims).toEqual({ reported: 1, attributed: 1, alleged: 1, disputed: 0, uncoded: 0 });
  });

  it('calls a relation weak only when every item is coded and is an allegation or a denial', () => {
    expect(corroborate(RELATIONS[1], BY_ID)).toMatchObject({ documents: 1, weak: true, asFact: false });
    expect(corroborate(RELATIONS[2], BY_ID)).toMatchObject({ weak: false, asFact: false });
    expect(corroborate(RELATIONS[3], BY_ID)).toMatchObject({ weak: false, asFact: false, documents: 1 });
    expect(corroborate(RELATIONS[4], BY_ID)).toMatchObject({ documents: 0, publishers: 0, firstReported: null });
  });

  it('counts a cited document the network does not describe as its own publisher', () => {
    const c = corroborate(
      relation('x', [
        { document: 'ghost', quote: 'q' },
        { document: 'icwa', quote: 'q' },
      ]),
      BY_ID,
    );
    expect(c).toMatchObject({ documents: 2, publishers: 2, firstReported: '2025-10', lastReported: '2025-10' });
  });

  it('indexes the weak and single-document relations and what the evidence allows', () => {
    const index = indexCorroboration(RELATIONS, BY_ID);
    expect([...index.weak]).toEqual(['alleged-only']);
    expect([...index.singleDocument].sort()).toEqual(['alleged-only', 'attributed', 'uncoded']);
    expect(index.coverage).toEqual({ hasEvidence: true, hasClaims: true });
    expect(indexCorroboration([RELATIONS[3]], BY_ID).coverage).toEqual({ hasEvidence: true, hasClaims: false });
    expect(indexCorroboration([RELATIONS[4]], BY_ID).coverage).toEqual({ hasEvidence: false, hasClaims: false });
  });
});

describe('the document lens', () => {
  const support = documentSupport(RELATIONS);

  it('finds the relations each document supports and those resting on it alone', () => {
    expect([...support.get('icwa')!.relations].sort()).toEqual(['alleged-only', 'corroborated']);
    expect([...support.get('icwa')!.soleSource]).toEqual(['alleged-only']);
    expect([...support.get('aj-1')!.soleSource]).toEqual(['attributed']);
    expect(support.has('unused')).toBe(false);
  });

  it('lists every document, most cited first, uncited ones with zero', () => {
    const rows = sourceRows(DOCUMENTS, support);
    expect(rows.map((r) => [r.id, r.relations, r.soleSource])).toEqual([
      ['aj-1', 2, 1],
      ['aj-2', 2, 1],
      ['icwa', 2, 1],
      ['unused', 0, 0],
    ]);
  });

  it('lists a cited document the network does not describe under its id', () => {
    const rows = sourceRows([], documentSupport([relation('x', [{ document: 'ghost', quote: 'q' }])]));
    expect(rows).toEqual([
      { id: 'ghost', title: 'ghost', publisher: null, published: null, language: null, relations: 1, soleSource: 1 },
    ]);
  });
});

describe('the trust filters', () => {
  const index = indexCorroboration(RELATIONS, BY_ID);
  const support = documentSupport(RELATIONS);
  const kept = (filter: typeof NO_TRUST_FILTER) => {
    const allowed = trustPredicate(filter, index, support);
    return allowed ? RELATIONS.map((r) => r.id).filter(allowed) : null;
  };

  it('needs no predicate when nothing is filtered', () => {
    expect(kept(NO_TRUST_FILTER)).toBeNull();
  });

  it('keeps what a source reports as fact, what two documents support, and one document’s relations', () => {
    expect(kept({ ...NO_TRUST_FILTER, onlyAsFact: true })).toEqual(['corroborated']);
    expect(kept({ ...NO_TRUST_FILTER, corroborated: true })).toEqual(['corroborated']);
    expect(kept({ ...NO_TRUST_FILTER, document: 'icwa' })).toEqual(['corroborated', 'alleged-only']);
    expect(kept({ ...NO_TRUST_FILTER, document: 'aj-1', onlyAsFact: true })).toEqual(['corroborated']);
    expect(kept({ ...NO_TRUST_FILTER, document: 'unused' })).toEqual([]);
  });
});

describe('the trust filters in the address', () => {
  const documents = new Set(['icwa']);
  const parse = (query: string) => {
    const notices: Message[] = [];
    return { filter: parseTrustFilter(new URLSearchParams(query), documents, notices, (v) => v), notices };
  };

  it('round-trips every filter', () => {
    const params = new URLSearchParams();
    writeTrustFilter({ onlyAsFact: true, corroborated: true, document: 'icwa' }, params);
    expect(params.toString()).toBe('fact=only&docs=2&document=icwa');
    expect(parse(params.toString())).toEqual({
      filter: { onlyAsFact: true, corroborated: true, document: 'icwa' },
      notices: [],
    });
  });

  it('ignores nonsense and unknown documents with a notice naming them', () => {
    const { filter, notices } = parse('fact=maybe&docs=7&document=%3Cscript%3E');
    expect(filter).toEqual(NO_TRUST_FILTER);
    expect(notices.map((n) => [n.key, n.params])).toEqual([
      ['url_bad_choice', { value: 'maybe', param: 'fact' }],
      ['url_bad_choice', { value: '7', param: 'docs' }],
      ['url_unknown_source', { value: '<script>' }],
    ]);
  });
});
