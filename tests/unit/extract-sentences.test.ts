/**
 * Sentence splitting on the dataset's real source text: trimmed exact spans, headings on
 * their own line as sentences, abbreviations not ending a sentence.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/lib/extract/sentences';

const source = readFileSync(resolve('graph-data/sources/icwa-colombia-us-2025.txt'), 'utf8');

describe('splitSentences', () => {
  const sentences = splitSentences(source);

  it('gives trimmed spans that are exact substrings', () => {
    expect(sentences.length).toBeGreaterThan(100);
    for (const sentence of sentences) {
      expect(source.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
    }
  });

  it('keeps a heading without final punctuation apart', () => {
    const texts = sentences.map((sentence) => sentence.text);
    expect(texts).toContain('Introduction');
    expect(texts).toContain('Migration and Trade Issues');
  });

  it('splits real sentences and never crosses a line break', () => {
    expect(sentences.map((s) => s.text)).toContain('For Washington, the dilemma is clear—engagement or alienation.');
    for (const sentence of sentences) expect(sentence.text).not.toMatch(/\n/);
  });

  it('does not end a sentence after an abbreviation', () => {
    const text = 'Gen. Helder Giraldo met Mr. Petro in the U.S. Capitol. He left.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Gen. Helder Giraldo met Mr. Petro in the U.S. Capitol.',
      'He left.',
    ]);
  });
});
