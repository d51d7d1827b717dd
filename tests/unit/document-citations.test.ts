import { describe, expect, it } from 'vitest';
import type { NetworkRelation } from '../../src/lib/data/network';
import { citationChoices, documentCitations } from '../../src/lib/view/document-citations';

function relation(id: string, evidence: NetworkRelation['evidence']): NetworkRelation {
  return { id, source: 'a', target: 'b', type: 'accused', evidence };
}

const RELATIONS: NetworkRelation[] = [
  relation('r1', [
    { document: 'doc-a', quote: 'Trump called Petro a drug leader' },
    { document: 'doc-b', quote: 'a quote from another document' },
  ]),
  relation('r2', [
    { document: 'doc-a', quote: 'Petro called the move an aggression', claim: 'attributed', speaker: 'petro' },
    { document: 'doc-a', quote: 'Trump called Petro a drug leader', claim: 'reported' },
  ]),
  relation('r3', [
    { document: 'doc-a', quote: 'Trump called Petro a drug leader' },
    { document: 'doc-a', quote: 'Trump called Petro a drug leader' },
  ]),
];

describe('documentCitations', () => {
  it('gives each distinct quote of the document once, with every relation citing it, in dataset order', () => {
    expect(documentCitations(RELATIONS, 'doc-a')).toEqual([
      { quote: 'Trump called Petro a drug leader', relationIds: ['r1', 'r2', 'r3'] },
      { quote: 'Petro called the move an aggression', relationIds: ['r2'] },
    ]);
  });

  it('keeps to the document asked for, and gives nothing for a document no relation cites', () => {
    expect(documentCitations(RELATIONS, 'doc-b')).toEqual([
      { quote: 'a quote from another document', relationIds: ['r1'] },
    ]);
    expect(documentCitations(RELATIONS, 'doc-c')).toEqual([]);
    expect(documentCitations([], 'doc-a')).toEqual([]);
  });
});

describe('citationChoices', () => {
  const citations = [
    { quote: 'first quote of the passage', relationIds: ['r1', 'r2'] },
    { quote: 'second quote overlapping it', relationIds: ['r2', 'r3'] },
  ];

  it('offers each relation once, with the quote of the first citation that it cites', () => {
    expect(citationChoices(citations, [0, 1])).toEqual([
      { relationId: 'r1', quote: 'first quote of the passage' },
      { relationId: 'r2', quote: 'first quote of the passage' },
      { relationId: 'r3', quote: 'second quote overlapping it' },
    ]);
    expect(citationChoices(citations, [1])).toEqual([
      { relationId: 'r2', quote: 'second quote overlapping it' },
      { relationId: 'r3', quote: 'second quote overlapping it' },
    ]);
  });

  it('ignores indices that name no citation', () => {
    expect(citationChoices(citations, [5])).toEqual([]);
  });
});
