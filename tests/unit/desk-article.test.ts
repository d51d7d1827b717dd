// @vitest-environment node
/**
 * The article as the coding desk shows it: paragraphs cut into runs at the mentions and at
 * the passage being coded, each run's offsets exact (a run's text is the text at its
 * offsets, CRLF included); a DOM selection mapped back to a trimmed span; and a quote
 * shortened word by word without ever becoming empty.
 */
import { describe, expect, it } from 'vitest';
import { articleParagraphs, mentionContext, selectionSpan, trimSpan } from '../../src/lib/desk/article-view';
import type { Mention, TextSpan } from '../../src/lib/extract/types';

function mention(text: string, word: string, actor: string, from = 0): Mention {
  const start = text.indexOf(word, from);
  if (start < 0) throw new Error(`"${word}" is not in the text`);
  return {
    start,
    end: start + word.length,
    text: word,
    actor,
    candidates: [actor],
    ambiguous: false,
    resolvedBy: 'name',
  };
}

/** Every run's text is the article's text at its offsets, and runs tile their paragraph. */
function expectExact(text: string, paragraphs: ReturnType<typeof articleParagraphs>) {
  for (const paragraph of paragraphs) {
    expect(paragraph.runs[0].start).toBe(paragraph.start);
    expect(paragraph.runs.at(-1)?.end).toBe(paragraph.end);
    for (let i = 0; i < paragraph.runs.length; i++) {
      const run = paragraph.runs[i];
      expect(run.text).toBe(text.slice(run.start, run.end));
      expect(run.end).toBeGreaterThan(run.start);
      if (i > 0) expect(run.start).toBe(paragraph.runs[i - 1].end);
    }
  }
}

describe('articleParagraphs', () => {
  const TEXT = 'Trump sanctioned Petro in October.\nPetro called it an aggression.';

  it('gives one paragraph per line, cut at the mentions, with exact offsets', () => {
    const mentions = [
      mention(TEXT, 'Petro', 'petro'),
      mention(TEXT, 'Trump', 'trump'),
      mention(TEXT, 'Petro', 'petro', TEXT.indexOf('\n')),
    ];
    const paragraphs = articleParagraphs(TEXT, mentions, null);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs.map((p) => TEXT.slice(p.start, p.end))).toEqual([
      'Trump sanctioned Petro in October.',
      'Petro called it an aggression.',
    ]);
    expect(paragraphs[0].runs.map((r) => [r.text, r.mention, r.current])).toEqual([
      ['Trump', 1, false],
      [' sanctioned ', null, false],
      ['Petro', 0, false],
      [' in October.', null, false],
    ]);
    expect(paragraphs[1].runs.map((r) => [r.text, r.mention])).toEqual([
      ['Petro', 2],
      [' called it an aggression.', null],
    ]);
    expectExact(TEXT, paragraphs);
  });

  it('cuts at the current span and marks the runs inside it, across a mention', () => {
    const mentions = [mention(TEXT, 'Petro', 'petro')];
    const current: TextSpan = { start: TEXT.indexOf('sanctioned'), end: TEXT.indexOf(' in October') };
    const [first] = articleParagraphs(TEXT, mentions, current);
    expect(first.runs.map((r) => [r.text, r.mention, r.current])).toEqual([
      ['Trump ', null, false],
      ['sanctioned ', null, true],
      ['Petro', 0, true],
      [' in October.', null, false],
    ]);
    expectExact(TEXT, [first]);
  });

  it('marks a whole paragraph current when the span covers it, and only the lines it touches', () => {
    const current = { start: 0, end: TEXT.length };
    const paragraphs = articleParagraphs(TEXT, [], current);
    expect(paragraphs.flatMap((p) => p.runs.map((r) => r.current))).toEqual([true, true]);
    const onlySecond = articleParagraphs(TEXT, [], { start: TEXT.indexOf('Petro called'), end: TEXT.length });
    expect(onlySecond[0].runs.map((r) => r.current)).toEqual([false]);
    expect(onlySecond[1].runs.map((r) => r.current)).toEqual([true]);
  });

  it('drops blank lines and lines of white space only, keeping the offsets of the others', () => {
    const text = 'First line.\n\n   \n\t\nSecond line.\n';
    const paragraphs = articleParagraphs(text, [], null);
    expect(paragraphs.map((p) => [p.start, p.end])).toEqual([
      [0, 11],
      [text.indexOf('Second'), text.indexOf('Second') + 'Second line.'.length],
    ]);
    expectExact(text, paragraphs);
  });

  it('reads CRLF text without putting the carriage return in a run', () => {
    const text = 'Trump sanctioned Petro.\r\n\r\nPetro answered Trump.\r\n';
    const mentions = [
      mention(text, 'Trump', 'trump'),
      mention(text, 'Petro', 'petro', 5),
      mention(text, 'Trump', 'trump', 10),
    ];
    const paragraphs = articleParagraphs(text, mentions, null);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1].start).toBe(text.indexOf('Petro answered'));
    expect(paragraphs.flatMap((p) => p.runs.map((r) => r.text)).join('|')).not.toMatch(/[\r\n]/);
    expect(paragraphs[1].runs.map((r) => [r.text, r.mention])).toEqual([
      ['Petro answered ', null],
      ['Trump', 2],
      ['.', null],
    ]);
    expectExact(text, paragraphs);
  });

  it('cuts where the current span begins inside a line even when it ends on another', () => {
    const current = { start: TEXT.indexOf('October'), end: TEXT.indexOf('called') };
    const paragraphs = articleParagraphs(TEXT, [], current);
    expect(paragraphs[0].runs.map((r) => [r.text, r.current])).toEqual([
      ['Trump sanctioned Petro in ', false],
      ['October.', true],
    ]);
    expect(paragraphs[1].runs.map((r) => [r.text, r.current])).toEqual([
      ['Petro ', true],
      ['called it an aggression.', false],
    ]);
    expectExact(TEXT, paragraphs);
  });
});

describe('selectionSpan', () => {
  const TEXT = 'Trump sanctioned Petro.  Petro answered.';

  it('maps the ends of a selection in runs to a span of the text', () => {
    expect(selectionSpan(TEXT, { runStart: 0, offset: 6 }, { runStart: 17, offset: 5 })).toEqual({ start: 6, end: 22 });
  });

  it('is the same span when the selection was made backwards', () => {
    const forwards = selectionSpan(TEXT, { runStart: 0, offset: 6 }, { runStart: 17, offset: 5 });
    expect(selectionSpan(TEXT, { runStart: 17, offset: 5 }, { runStart: 0, offset: 6 })).toEqual(forwards);
  });

  it('trims white space at both ends', () => {
    const span = selectionSpan(TEXT, { runStart: 0, offset: 16 }, { runStart: 17, offset: 8 });
    expect(span).toEqual({ start: 17, end: 23 });
    expect(TEXT.slice(span!.start, span!.end)).toBe('Petro.');
    const inner = selectionSpan(TEXT, { runStart: 0, offset: 23 }, { runStart: 0, offset: 31 });
    expect(TEXT.slice(inner!.start, inner!.end)).toBe('Petro');
  });

  it('is null for an empty selection, one of white space only, or one that leaves the article', () => {
    expect(selectionSpan(TEXT, { runStart: 0, offset: 5 }, { runStart: 0, offset: 5 })).toBeNull();
    expect(selectionSpan(TEXT, { runStart: 23, offset: 0 }, { runStart: 23, offset: 2 })).toBeNull();
    expect(selectionSpan(TEXT, null, { runStart: 0, offset: 2 })).toBeNull();
    expect(selectionSpan(TEXT, { runStart: 0, offset: 2 }, null)).toBeNull();
  });
});

describe('trimSpan', () => {
  const TEXT = 'Trump imposed sanctions on Petro.';
  const ALL = { start: 0, end: TEXT.length };
  const words = (span: TextSpan) => TEXT.slice(span.start, span.end);

  it('drops the first word and the space after it', () => {
    const once = trimSpan(TEXT, ALL, 'start');
    expect(words(once)).toBe('imposed sanctions on Petro.');
    expect(words(trimSpan(TEXT, once, 'start'))).toBe('sanctions on Petro.');
  });

  it('drops the last word and the space before it', () => {
    const once = trimSpan(TEXT, ALL, 'end');
    expect(words(once)).toBe('Trump imposed sanctions on');
    expect(words(trimSpan(TEXT, once, 'end'))).toBe('Trump imposed sanctions');
  });

  it('never empties the span: a single word stays as it is', () => {
    const one = { start: TEXT.indexOf('Petro'), end: TEXT.length };
    expect(trimSpan(TEXT, one, 'start')).toEqual(one);
    expect(trimSpan(TEXT, one, 'end')).toEqual(one);
    let span: TextSpan = ALL;
    for (let i = 0; i < 10; i++) span = trimSpan(TEXT, span, 'start');
    expect(words(span)).toBe('Petro.');
  });
});

describe('mentionContext', () => {
  const text =
    'Headline about Petro\nNoboa said the tariff answered a failure. "Petro has been irresponsible with security," Noboa told reporters.';
  const at = text.indexOf('Petro has');

  it('gives whole words around the mention, on its own line only', () => {
    const context = mentionContext(text, { start: at, end: at + 5 }, 20);
    expect(context.name).toBe('Petro');
    expect(context.before).toBe('a failure. "');
    expect(context.after).toBe(' has been');
    expect(context.cutBefore).toBe(true);
    expect(context.cutAfter).toBe(true);
  });

  it('says nothing was cut when the line is short', () => {
    const context = mentionContext(text, { start: 15, end: 20 }, 40);
    expect(context).toEqual({ before: 'Headline about ', name: 'Petro', after: '', cutBefore: false, cutAfter: false });
  });
});
