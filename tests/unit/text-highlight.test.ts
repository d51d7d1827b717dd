import { describe, expect, it } from 'vitest';
import { highlightQuote, type Paragraph } from '../../src/lib/render/text-highlight';

const TEXT = [
  'Trump imposed sanctions on Petro in October.',
  '',
  'Petro’s government – in a statement – called the move “an aggression”.',
  'Bogotá recalled its ambassador.',
].join('\n');

const plain = (paragraphs: Paragraph[]) =>
  paragraphs.map((paragraph) => paragraph.segments.map((segment) => segment.text).join(''));
const marked = (paragraphs: Paragraph[]) =>
  paragraphs.flatMap((paragraph) => paragraph.segments.filter((s) => s.marked).map((s) => s.text));

describe('highlightQuote', () => {
  it('keeps every non-blank line as a paragraph, with its offset as key', () => {
    const { paragraphs, quoteMissing } = highlightQuote(TEXT, null);
    expect(plain(paragraphs)).toEqual([
      'Trump imposed sanctions on Petro in October.',
      'Petro’s government – in a statement – called the move “an aggression”.',
      'Bogotá recalled its ambassador.',
    ]);
    expect(paragraphs.map((p) => p.offset)).toEqual([0, 46, TEXT.indexOf('Bogotá')]);
    expect(marked(paragraphs)).toEqual([]);
    expect(quoteMissing).toBe(false);
  });

  it('marks a quote that starts and ends inside one paragraph, keeping curly quotes and dashes', () => {
    const quote = 'government – in a statement – called the move “an aggression';
    const { paragraphs, quoteMissing } = highlightQuote(TEXT, quote);
    expect(quoteMissing).toBe(false);
    expect(paragraphs[1].segments).toEqual([
      { text: 'Petro’s ', marked: false },
      { text: quote, marked: true },
      { text: '”.', marked: false },
    ]);
    expect(plain(paragraphs)[1]).toBe('Petro’s government – in a statement – called the move “an aggression”.');
  });

  it('marks a quote at the very start and at the very end of the text', () => {
    const atStart = highlightQuote(TEXT, 'Trump imposed sanctions');
    expect(atStart.paragraphs[0].segments).toEqual([
      { text: 'Trump imposed sanctions', marked: true },
      { text: ' on Petro in October.', marked: false },
    ]);
    const atEnd = highlightQuote(TEXT, 'recalled its ambassador.');
    expect(atEnd.paragraphs[2].segments).toEqual([
      { text: 'Bogotá ', marked: false },
      { text: 'recalled its ambassador.', marked: true },
    ]);
  });

  it('marks a whole paragraph as a single segment', () => {
    const { paragraphs } = highlightQuote(TEXT, 'Bogotá recalled its ambassador.');
    expect(paragraphs[2].segments).toEqual([{ text: 'Bogotá recalled its ambassador.', marked: true }]);
  });

  it('marks only the first occurrence', () => {
    const { paragraphs } = highlightQuote('Petro said no. Petro said no.', 'Petro said no.');
    expect(paragraphs[0].segments).toEqual([
      { text: 'Petro said no.', marked: true },
      { text: ' Petro said no.', marked: false },
    ]);
  });

  it('matches accents and typographic quotes exactly, without normalising', () => {
    expect(highlightQuote(TEXT, 'Bogota recalled its ambassador.').quoteMissing).toBe(true);
    expect(highlightQuote(TEXT, "Petro's government – in a statement").quoteMissing).toBe(true);
    const { paragraphs } = highlightQuote(TEXT, 'Petro’s government');
    expect(marked(paragraphs)).toEqual(['Petro’s government']);
  });

  it('reports a quote that is not in the text and still returns the paragraphs', () => {
    const { paragraphs, quoteMissing } = highlightQuote(TEXT, 'a sentence that is not in this text');
    expect(quoteMissing).toBe(true);
    expect(plain(paragraphs)).toHaveLength(3);
    expect(marked(paragraphs)).toEqual([]);
  });

  it('treats an empty quote as no quote', () => {
    expect(highlightQuote(TEXT, '').quoteMissing).toBe(false);
  });

  it('marks each part of a quote that crosses a line break, with Windows line ends too', () => {
    const text = 'First line ends here.\r\nSecond line starts here.';
    const { paragraphs } = highlightQuote(text, 'ends here.\r\nSecond line');
    expect(plain(paragraphs)).toEqual(['First line ends here.', 'Second line starts here.']);
    expect(marked(paragraphs)).toEqual(['ends here.', 'Second line']);
  });
});
