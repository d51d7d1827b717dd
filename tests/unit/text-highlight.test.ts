import { describe, expect, it } from 'vitest';
import { markCitations, type MarkedParagraph } from '../../src/lib/render/text-highlight';

const TEXT = [
  'Trump imposed sanctions on Petro in October.',
  '',
  'Petro’s government – in a statement – called the move “an aggression”.',
  'Bogotá recalled its ambassador.',
].join('\n');

const plain = (paragraphs: MarkedParagraph[]) =>
  paragraphs.map((paragraph) => paragraph.runs.map((run) => run.text).join(''));
const current = (paragraphs: MarkedParagraph[]) =>
  paragraphs.flatMap((paragraph) => paragraph.runs.filter((run) => run.current).map((run) => run.text));
/** The runs of one paragraph as [text, citation indices, current]. */
const runs = (paragraph: MarkedParagraph) => paragraph.runs.map((run) => [run.text, run.citations, run.current]);
const only = (quote: string | null) => markCitations(TEXT, [], quote);

describe('markCitations, with the current quote alone', () => {
  it('keeps every non-blank line as a paragraph, with its offset as key', () => {
    const { paragraphs, quoteMissing } = only(null);
    expect(plain(paragraphs)).toEqual([
      'Trump imposed sanctions on Petro in October.',
      'Petro’s government – in a statement – called the move “an aggression”.',
      'Bogotá recalled its ambassador.',
    ]);
    expect(paragraphs.map((p) => p.offset)).toEqual([0, 46, TEXT.indexOf('Bogotá')]);
    expect(current(paragraphs)).toEqual([]);
    expect(quoteMissing).toBe(false);
  });

  it('marks a quote that starts and ends inside one paragraph, keeping curly quotes and dashes', () => {
    const quote = 'government – in a statement – called the move “an aggression';
    const { paragraphs, quoteMissing } = only(quote);
    expect(quoteMissing).toBe(false);
    expect(runs(paragraphs[1])).toEqual([
      ['Petro’s ', [], false],
      [quote, [], true],
      ['”.', [], false],
    ]);
    expect(paragraphs[1].runs.map((run) => run.start)).toEqual([46, 54, 46 + 'Petro’s '.length + quote.length]);
  });

  it('marks a quote at the very start and at the very end of the text, and a whole paragraph as one run', () => {
    expect(runs(only('Trump imposed sanctions').paragraphs[0])).toEqual([
      ['Trump imposed sanctions', [], true],
      [' on Petro in October.', [], false],
    ]);
    expect(runs(only('recalled its ambassador.').paragraphs[2])).toEqual([
      ['Bogotá ', [], false],
      ['recalled its ambassador.', [], true],
    ]);
    expect(runs(only('Bogotá recalled its ambassador.').paragraphs[2])).toEqual([
      ['Bogotá recalled its ambassador.', [], true],
    ]);
  });

  it('matches accents and typographic quotes exactly, without normalising', () => {
    expect(only('Bogota recalled its ambassador.').quoteMissing).toBe(true);
    expect(only("Petro's government – in a statement").quoteMissing).toBe(true);
    expect(current(only('Petro’s government').paragraphs)).toEqual(['Petro’s government']);
  });

  it('reports a quote that is not in the text and still returns the paragraphs; an empty one is no quote', () => {
    const { paragraphs, quoteMissing } = only('a sentence that is not in this text');
    expect(quoteMissing).toBe(true);
    expect(plain(paragraphs)).toHaveLength(3);
    expect(current(paragraphs)).toEqual([]);
    expect(only('').quoteMissing).toBe(false);
  });
});

describe('markCitations, with every quote of the document', () => {
  it('marks each citation, counts cited paragraphs and flags the uncited one', () => {
    const marked = markCitations(TEXT, [{ quote: 'imposed sanctions' }, { quote: 'recalled its ambassador' }], null);
    expect(marked.paragraphs.map((p) => p.cited)).toEqual([true, false, true]);
    expect(marked.citedParagraphs).toBe(2);
    expect(marked.missingCitations).toEqual([]);
    expect(runs(marked.paragraphs[0])).toEqual([
      ['Trump ', [], false],
      ['imposed sanctions', [0], false],
      [' on Petro in October.', [], false],
    ]);
    expect(runs(marked.paragraphs[1])).toEqual([
      ['Petro’s government – in a statement – called the move “an aggression”.', [], false],
    ]);
    expect(runs(marked.paragraphs[2])).toEqual([
      ['Bogotá ', [], false],
      ['recalled its ambassador', [1], false],
      ['.', [], false],
    ]);
  });

  it('splits overlapping and nested quotes into runs that belong to every quote covering them', () => {
    const citations = [
      { quote: 'Petro’s government – in a statement' }, // 0: overlaps 1
      { quote: 'in a statement – called the move' }, // 1
      { quote: 'a statement' }, // 2: nested in 0 and 1
    ];
    const { paragraphs } = markCitations(TEXT, citations, 'in a statement – called the move');
    expect(runs(paragraphs[1])).toEqual([
      ['Petro’s government – ', [0], false],
      ['in ', [0, 1], true],
      ['a statement', [0, 1, 2], true],
      [' – called the move', [1], true],
      [' “an aggression”.', [], false],
    ]);
    expect(plain(paragraphs)[1]).toBe('Petro’s government – in a statement – called the move “an aggression”.');
  });

  it('marks each part of a quote that crosses a line break, with Windows line ends too', () => {
    const text = 'First line ends here.\r\nSecond line starts here.\r\n\r\nA third line.';
    const marked = markCitations(text, [{ quote: 'ends here.\r\nSecond line' }], 'ends here.\r\nSecond line');
    expect(plain(marked.paragraphs)).toEqual(['First line ends here.', 'Second line starts here.', 'A third line.']);
    expect(runs(marked.paragraphs[0])).toEqual([
      ['First line ', [], false],
      ['ends here.', [0], true],
    ]);
    expect(runs(marked.paragraphs[1])).toEqual([
      ['Second line', [0], true],
      [' starts here.', [], false],
    ]);
    expect(marked.citedParagraphs).toBe(2);
    expect(marked.paragraphs[2].cited).toBe(false);
  });

  it('marks the first occurrence only, as the validator finds it', () => {
    const { paragraphs } = markCitations(
      'Petro said no. Petro said no.',
      [{ quote: 'Petro said no.' }],
      'Petro said no.',
    );
    expect(runs(paragraphs[0])).toEqual([
      ['Petro said no.', [0], true],
      [' Petro said no.', [], false],
    ]);
  });

  it('lists the citations that are not in the text and marks the others', () => {
    const marked = markCitations(
      TEXT,
      [{ quote: 'not in this document at all' }, { quote: 'Bogotá' }, { quote: '' }],
      null,
    );
    expect(marked.missingCitations).toEqual([0, 2]);
    expect(runs(marked.paragraphs[2])[0]).toEqual(['Bogotá', [1], false]);
    expect(marked.quoteMissing).toBe(false);
  });

  it('marks the current quote even when no citation has it, without counting its paragraph as cited', () => {
    const marked = markCitations(TEXT, [{ quote: 'imposed sanctions' }], 'Bogotá recalled');
    expect(current(marked.paragraphs)).toEqual(['Bogotá recalled']);
    expect(marked.paragraphs[2].cited).toBe(false);
    expect(marked.citedParagraphs).toBe(1);
  });
});
