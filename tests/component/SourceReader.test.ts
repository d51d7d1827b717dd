import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SourceReader from '../../src/components/details/SourceReader.svelte';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import type { SourceDocument } from '../../src/lib/data/schema';

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
