import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import SourceReader from '../../src/components/details/SourceReader.svelte';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import type { SourceDocument } from '../../src/lib/data/schema';
import type { Citation } from '../../src/lib/view/document-citations';

const DOCUMENT: SourceDocument = {
  id: 'mini-doc',
  title: 'Petro and Trump meet at last',
  publisher: 'Test Press',
  author: 'Ana Gómez',
  published: '2026-02-03',
  language: 'en',
  url: 'https://example.org/petro-trump',
  file: 'sources/mini-doc.txt',
};

const TEXT = [
  'For months, Trump has called him a “sick man”.',
  '',
  'Petro’s government – in a statement – called the move “an aggression”.',
  'Bogotá recalled its ambassador.',
].join('\n');

function setup(highlight: string | null = 'government – in a statement') {
  const onClose = vi.fn();
  const user = userEvent.setup();
  const view = render(SourceReader, { document: DOCUMENT, text: TEXT, highlight, onClose });
  const dialog = screen.getByRole('dialog', { name: 'Petro and Trump meet at last' });
  return { onClose, user, dialog, ...view };
}

describe('SourceReader', () => {
  const originalScrollIntoView = Element.prototype.scrollIntoView;
  afterEach(() => {
    Element.prototype.scrollIntoView = originalScrollIntoView;
    i18n.set('en');
  });

  it('is a dialog named by the document title, with its byline and one paragraph per line', () => {
    const { dialog } = setup(null);
    expect(dialog).toHaveAttribute('aria-modal', 'false');
    expect(screen.getByRole('heading', { name: 'Petro and Trump meet at last' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Test Press · Ana Gómez · February 3, 2026 · Original');
    const paragraphs = screen.getByRole('region', { name: 'Document text' }).querySelectorAll('p');
    expect([...paragraphs].map((p) => p.textContent)).toEqual([
      'For months, Trump has called him a “sick man”.',
      'Petro’s government – in a statement – called the move “an aggression”.',
      'Bogotá recalled its ambassador.',
    ]);
    expect(dialog.querySelector('mark')).toBeNull();
    expect(screen.queryByText('The quote was not found in this document')).not.toBeInTheDocument();
  });

  it('marks exactly the quote, even when it starts mid-paragraph', () => {
    const { dialog } = setup();
    const marks = dialog.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0].textContent).toBe('government – in a statement');
    expect(marks[0].parentElement).toHaveTextContent(
      'Petro’s government – in a statement – called the move “an aggression”.',
    );
  });

  it('moves focus into the dialog and scrolls the mark to the centre, again when the quote changes', async () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    const { dialog, rerender } = setup();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    expect(scrollIntoView.mock.contexts[0]).toHaveTextContent('government – in a statement');

    (document.activeElement as HTMLElement).blur();
    await rerender({ highlight: 'Bogotá recalled' });
    expect(dialog.querySelector('mark')?.textContent).toBe('Bogotá recalled');
    expect(scrollIntoView).toHaveBeenCalledTimes(2);
    expect(scrollIntoView.mock.contexts[1]).toBe(dialog.querySelector('mark'));
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('works where scrollIntoView does not exist (jsdom)', () => {
    // @ts-expect-error -- simulating an environment without the method
    delete Element.prototype.scrollIntoView;
    const { dialog } = setup();
    expect(dialog.querySelector('mark')).toHaveTextContent('government – in a statement');
  });

  it('shows a notice instead of failing when the quote is not in the text', () => {
    const { dialog } = setup('a sentence that this document never contains');
    expect(screen.getByText('The quote was not found in this document')).toBeVisible();
    expect(dialog.querySelector('mark')).toBeNull();
    expect(dialog).toHaveTextContent('Bogotá recalled its ambassador.');
  });

  it('closes with Escape and with the close button', async () => {
    const { user, onClose } = setup();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Close source' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('gives focus back to what opened it when it closes', () => {
    const opener = document.createElement('button');
    opener.textContent = 'Show in source';
    document.body.append(opener);
    opener.focus();
    const { dialog, unmount } = setup();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    unmount();
    expect(opener).toHaveFocus();
    opener.remove();
  });

  it('renders quotes and text as text, never as HTML', () => {
    const onClose = vi.fn();
    const { container } = render(SourceReader, {
      document: { ...DOCUMENT, title: '<b>Bold</b> title' },
      text: 'A line with <img src=x onerror=alert(1)> inside it.',
      highlight: '<img src=x onerror=alert(1)>',
      onClose,
    });
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('mark')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(screen.getByRole('dialog', { name: '<b>Bold</b> title' })).toBeInTheDocument();
  });

  it('keeps the document’s language on its title and text, and the page’s on its own words', () => {
    const { dialog } = setup(null);
    expect(screen.getByRole('heading', { name: 'Petro and Trump meet at last' })).toHaveAttribute('lang', 'en');
    const region = screen.getByRole('region', { name: 'Document text' });
    expect(region).not.toHaveAttribute('lang');
    expect(region.querySelector('p')?.closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('link', { name: 'Original' })).toHaveAttribute('href', 'https://example.org/petro-trump');
    expect(dialog).toBeInTheDocument();
  });

  it('speaks Spanish around the document, which stays as written', async () => {
    i18n.set('es');
    const { dialog, user, onClose } = setup('a sentence that this document never contains');
    expect(dialog).toHaveTextContent('Test Press · Ana Gómez · 3 de febrero de 2026 · Original');
    expect(screen.getByText('La cita no aparece en este documento')).toBeVisible();
    const region = screen.getByRole('region', { name: 'Texto del documento' });
    expect(region).toHaveTextContent('Bogotá recalled its ambassador.');
    await user.click(screen.getByRole('button', { name: 'Cerrar fuente' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

/** Three relations citing the document: two share one quote, and two quotes overlap. */
const CITATIONS: Citation[] = [
  { quote: 'Trump has called him a “sick man”', relationIds: ['trump-accused-petro'] },
  { quote: 'government – in a statement – called the move', relationIds: ['petro-denied-trump', 'colombia-protested'] },
  { quote: 'called the move “an aggression”', relationIds: ['petro-denied-trump'] },
];

const LABELS: Record<string, { en: string; es: string }> = {
  'trump-accused-petro': { en: 'Donald Trump → Gustavo Petro: accused', es: 'Donald Trump → Gustavo Petro: acusó' },
  'petro-denied-trump': { en: 'Gustavo Petro → Donald Trump: denied', es: 'Gustavo Petro → Donald Trump: negó' },
  'colombia-protested': { en: 'Colombia → United States: protested', es: 'Colombia → Estados Unidos: protestó' },
};

function setupCoded(highlight: string | null = 'called the move “an aggression”', citations = CITATIONS) {
  const onOpenRelation = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  const view = render(SourceReader, {
    document: DOCUMENT,
    text: TEXT,
    highlight,
    onClose,
    citations,
    onOpenRelation,
    relationLabel: (id: string) => LABELS[id][i18n.current],
  });
  const dialog = screen.getByRole('dialog', { name: 'Petro and Trump meet at last' });
  const region = screen.getByRole('region', { name: i18n.current === 'es' ? 'Texto del documento' : 'Document text' });
  return { onOpenRelation, onClose, user, dialog, region, ...view };
}

const markTexts = (root: HTMLElement) => [...root.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('SourceReader with the document’s coding', () => {
  afterEach(() => i18n.set('en'));

  it('marks every quote, cut into runs where quotes overlap, with the current one strongest', () => {
    const { region } = setupCoded();
    expect(markTexts(region)).toEqual([
      'Trump has called him a “sick man”',
      'government – in a statement – ',
      'called the move',
      ' “an aggression”',
    ]);
    const current = [...region.querySelectorAll('mark[aria-current="true"]')];
    expect(current.map((mark) => mark.textContent)).toEqual(['called the move', ' “an aggression”']);
    expect(current.every((mark) => mark.classList.contains('current'))).toBe(true);
    expect(region.querySelectorAll('mark.current')).toHaveLength(2);
    expect(region.querySelector('mark.overlap')).toHaveTextContent('called the move');
    // The text reads as written: marks add no characters.
    expect(region.querySelectorAll('p')[1].textContent).toBe(
      'Petro’s government – in a statement – called the move “an aggression”.',
    );
  });

  it('scrolls the current quote into view, not the first mark', () => {
    const scrollIntoView = vi.fn();
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = scrollIntoView;
    setupCoded();
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toHaveTextContent('called the move');
    Element.prototype.scrollIntoView = original;
  });

  it('says how many paragraphs are cited and sets apart the paragraph no relation cites', () => {
    const { dialog, region } = setupCoded();
    expect(dialog).toHaveTextContent('2 of 3 paragraphs cited · 3 quotes');
    expect(dialog).toHaveTextContent('Paragraphs without a mark are not cited by any relation');
    const paragraphs = [...region.querySelectorAll('p')];
    expect(paragraphs.map((p) => p.classList.contains('uncited'))).toEqual([false, false, true]);
    expect(paragraphs[2].querySelector('mark')).toBeNull();
  });

  it('words the counts in the singular, and drops the legend when every paragraph is cited', () => {
    const { dialog } = setupCoded(null, [
      { quote: 'Bogotá recalled its ambassador.', relationIds: ['colombia-protested'] },
    ]);
    expect(dialog).toHaveTextContent('1 of 3 paragraphs cited · 1 quote');
    cleanup();
    render(SourceReader, {
      document: DOCUMENT,
      text: 'Bogotá recalled its ambassador.',
      highlight: null,
      onClose: vi.fn(),
      citations: [{ quote: 'Bogotá recalled its ambassador.', relationIds: ['colombia-protested'] }],
    });
    expect(screen.getByRole('dialog')).toHaveTextContent('1 of 1 paragraph cited · 1 quote');
    expect(screen.queryByText('Paragraphs without a mark are not cited by any relation')).not.toBeInTheDocument();
  });

  it('counts a document no relation cites as wholly uncited, but says nothing when the coding is unknown', () => {
    const { dialog, region } = setupCoded(null, []);
    expect(dialog).toHaveTextContent('0 of 3 paragraphs cited · 0 quotes');
    expect(region.querySelectorAll('p.uncited')).toHaveLength(3);
    cleanup();
    const { dialog: plain } = setup(null);
    expect(plain).not.toHaveTextContent('paragraphs cited');
    expect(plain.querySelector('p.uncited')).toBeNull();
  });

  it('names each mark by its own text first (label in name), then by the relations it opens', () => {
    setupCoded();
    expect(
      screen.getByRole('button', {
        name: 'Trump has called him a “sick man” (quote of 1 relation: Donald Trump → Gustavo Petro: accused)',
      }),
    ).not.toHaveAttribute('aria-haspopup');
    const shared = screen.getByRole('button', { name: /^called the move \(quote of 2 relations/ });
    expect(shared).toHaveAccessibleName(
      'called the move (quote of 2 relations: Gustavo Petro → Donald Trump: denied and Colombia → United States: protested)',
    );
    expect(shared).toHaveAttribute('aria-haspopup', 'menu');
    expect(shared).toHaveAttribute('aria-expanded', 'false');
    expect(shared).toHaveAttribute('aria-current', 'true');
  });

  it('opens the one relation of a mark with a click, Enter or Space', async () => {
    const { user, onOpenRelation } = setupCoded();
    const mark = screen.getByRole('button', { name: /Trump has called him/ });
    await user.click(mark);
    expect(onOpenRelation).toHaveBeenLastCalledWith('trump-accused-petro', 'Trump has called him a “sick man”');
    mark.focus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onOpenRelation).toHaveBeenCalledTimes(3);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('offers a list when several relations cite a passage, and opens the one chosen with the mouse', async () => {
    const { user, onOpenRelation, region } = setupCoded();
    const mark = screen.getByRole('button', { name: /^called the move \(/ });
    await user.click(mark);
    const menu = screen.getByRole('menu', { name: 'Relations citing this passage' });
    expect(region).toContainElement(menu);
    expect(mark).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Gustavo Petro → Donald Trump: denied',
      'Colombia → United States: protested',
    ]);
    expect(onOpenRelation).not.toHaveBeenCalled();
    await user.click(screen.getByRole('menuitem', { name: 'Colombia → United States: protested' }));
    expect(onOpenRelation).toHaveBeenCalledWith('colombia-protested', 'government – in a statement – called the move');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(mark).toHaveFocus();
  });

  it('works the list by keyboard, and Escape closes the list without closing the reader', async () => {
    const { user, onOpenRelation, onClose } = setupCoded();
    const mark = screen.getByRole('button', { name: /^called the move \(/ });
    mark.focus();
    await user.keyboard('{Enter}');
    const items = screen.getAllByRole('menuitem');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[1]).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
    expect(mark).toHaveFocus();

    await user.keyboard(' ');
    await user.keyboard('{ArrowUp}');
    await user.keyboard('{Enter}');
    expect(onOpenRelation).toHaveBeenCalledExactlyOnceWith(
      'colombia-protested',
      'government – in a statement – called the move',
    );
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes the list when focus goes elsewhere, or when its mark is pressed again', async () => {
    const { user, onClose } = setupCoded();
    const mark = screen.getByRole('button', { name: /^called the move \(/ });
    await user.click(mark);
    screen.getByRole('button', { name: /Trump has called him/ }).focus();
    await tick();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.click(mark);
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.click(mark);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(mark).toHaveFocus();

    await user.keyboard('{Enter}');
    mark.focus();
    await tick();
    expect(screen.getByRole('menu')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    mark.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('speaks Spanish in its counts, legend, mark names and list, leaving the text as written', async () => {
    i18n.set('es');
    const { dialog, user, region } = setupCoded();
    expect(dialog).toHaveTextContent('2 de 3 párrafos citados · 3 citas');
    expect(dialog).toHaveTextContent('Los párrafos sin marca no los cita ninguna relación');
    const mark = screen.getByRole('button', {
      name: 'called the move (cita de 2 relaciones: Gustavo Petro → Donald Trump: negó y Colombia → Estados Unidos: protestó)',
    });
    expect(
      screen.getByRole('button', { name: /\(cita de 1 relación: Donald Trump → Gustavo Petro: acusó\)$/ }),
    ).toBeVisible();
    await user.click(mark);
    const menu = screen.getByRole('menu', { name: 'Relaciones que citan este pasaje' });
    expect(menu).toHaveAttribute('lang', 'es');
    expect(region.querySelector('p')?.closest('[lang]')).toHaveAttribute('lang', 'en');
  });

  it('formats large counts with the page’s digit grouping', () => {
    const lines = Array.from({ length: 1200 }, (_, i) => `Line number ${i} of a long document.`);
    render(SourceReader, {
      document: DOCUMENT,
      text: lines.join('\n'),
      highlight: null,
      onClose: vi.fn(),
      citations: [{ quote: 'Line number 7 of a long document.', relationIds: ['r'] }],
    });
    expect(screen.getByRole('dialog')).toHaveTextContent('1 of 1,200 paragraphs cited · 1 quote');
  });
});
