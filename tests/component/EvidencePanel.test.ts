import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet } from 'svelte';
import EvidencePanel from '../../src/components/details/EvidencePanel.svelte';
import type { Relation, SourceDocument } from '../../src/lib/data/schema';

const DOCUMENTS = new Map<string, SourceDocument>([
  [
    'reuters-sanctions',
    {
      id: 'reuters-sanctions',
      title: 'US sanctions Colombia’s president',
      publisher: 'Reuters',
      author: 'Ana Gómez',
      published: '2025-10-24',
      file: 'sources/reuters-sanctions.txt',
    },
  ],
  [
    'ap-decertification',
    {
      id: 'ap-decertification',
      title: 'Colombia decertified',
      publisher: 'AP',
      published: '2025-09',
      file: 'sources/ap-decertification.txt',
    },
  ],
]);

const SANCTIONED: Relation = {
  id: 'us-sanctioned-colombia',
  source: 'united-states',
  target: 'colombia',
  type: 'sanctioned',
  date: '2025-10',
  summary: 'The United States sanctioned Colombia’s leadership.',
  evidence: [
    { document: 'reuters-sanctions', quote: 'The Treasury imposed sanctions on Petro – “a drug leader”.' },
    { document: 'ap-decertification', quote: 'Washington decertified Colombia for the first time since 1997.' },
  ],
};

function setup(overrides: Partial<Record<string, unknown>> = {}) {
  const onShowInSource = vi.fn();
  const onSelectActor = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(EvidencePanel, {
    relation: SANCTIONED,
    relationLabel: 'Sanctioned',
    relationColor: '#882255',
    directed: true,
    sourceLabel: 'United States',
    targetLabel: 'Colombia',
    documents: DOCUMENTS,
    onShowInSource,
    onSelectActor,
    onClose,
    ...overrides,
  });
  const panel = screen.getByRole('region', { name: 'Evidence' });
  return { onShowInSource, onSelectActor, onClose, user, panel };
}

describe('EvidencePanel', () => {
  it('says who did what to whom, and when, in words', () => {
    const { panel } = setup();
    expect(panel).toHaveTextContent('Sanctioned · October 2025');
    expect(panel).toHaveTextContent('United States → Colombia: sanctioned');
    expect(panel).toHaveTextContent('The United States sanctioned Colombia’s leadership.');
  });

  it('uses a two-way arrow for undirected types', () => {
    const met: Relation = { ...SANCTIONED, id: 'petro-met-trump', type: 'met', date: '2026-02-03' };
    const { panel } = setup({
      relation: met,
      relationLabel: 'Met',
      directed: false,
      sourceLabel: 'Gustavo Petro',
      targetLabel: 'Donald Trump',
    });
    expect(panel).toHaveTextContent('Gustavo Petro ↔ Donald Trump: met');
    expect(panel).toHaveTextContent('3 February 2026');
  });

  it.each([
    [{ start: '2025-03' }, 'since March 2025'],
    [{ start: '2011', end: '2015' }, '2011 – 2015'],
    [{ end: '2020' }, 'until 2020'],
    [{}, 'Undated'],
  ])('gives the span of a standing tie: %o → %s', (dates, expected) => {
    const { date: _date, ...undated } = SANCTIONED;
    setup({ relation: { ...undated, ...dates } });
    expect(screen.getByText(expected)).toBeInTheDocument();
  });

  it('lets the user jump to either actor', async () => {
    const { user, onSelectActor } = setup();
    await user.click(screen.getByRole('button', { name: 'Colombia' }));
    expect(onSelectActor).toHaveBeenLastCalledWith('colombia');
    await user.click(screen.getByRole('button', { name: 'United States' }));
    expect(onSelectActor).toHaveBeenLastCalledWith('united-states');
  });

  it('lists every quote with its document and a button to show it in the source', async () => {
    const { user, onShowInSource } = setup();
    const quotes = screen.getAllByRole('blockquote');
    expect(quotes.map((q) => q.textContent)).toEqual([
      'The Treasury imposed sanctions on Petro – “a drug leader”.',
      'Washington decertified Colombia for the first time since 1997.',
    ]);
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('US sanctions Colombia’s president — Reuters · Ana Gómez · 24 October 2025');
    expect(items[1]).toHaveTextContent('Colombia decertified — AP · September 2025');

    const buttons = screen.getAllByRole('button', { name: 'Show in source' });
    expect(buttons).toHaveLength(2);
    expect(buttons[1]).toHaveAccessibleDescription(/Colombia decertified/);
    await user.click(within(items[1]).getByRole('button', { name: 'Show in source' }));
    expect(onShowInSource).toHaveBeenCalledWith(1);
    await user.click(buttons[0]);
    expect(onShowInSource).toHaveBeenLastCalledWith(0);
    expect(onShowInSource).toHaveBeenCalledTimes(2);
  });

  it('falls back to the document id when the document is unknown', () => {
    setup({
      relation: {
        ...SANCTIONED,
        evidence: [{ document: 'lost-doc', quote: 'A quote from a document we do not have.' }],
      },
    });
    expect(screen.getByRole('listitem')).toHaveTextContent('lost-doc');
  });

  it('renders the extra content under the summary, before the quotes', () => {
    const history = createRawSnippet(() => ({ render: () => '<p>Pair history here</p>' }));
    const { panel } = setup({ children: history });
    const extra = screen.getByText('Pair history here');
    const summary = screen.getByText('The United States sanctioned Colombia’s leadership.');
    const firstQuote = screen.getAllByRole('blockquote')[0];
    expect(panel).toContainElement(extra);
    expect(summary.compareDocumentPosition(extra) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(extra.compareDocumentPosition(firstQuote) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('closes with its close button', async () => {
    const { user, onClose } = setup();
    await user.click(screen.getByRole('button', { name: 'Close evidence panel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
