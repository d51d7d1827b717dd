import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { createRawSnippet, tick } from 'svelte';
import EvidencePanel from '../../src/components/details/EvidencePanel.svelte';
import type { NetworkRelation as Relation } from '../../src/lib/data/network';
import type { SourceDocument } from '../../src/lib/data/schema';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import { documentByline, quoteLanguageNote } from '../../src/components/details/evidence-items';
import { corroborate } from '../../src/lib/trust/corroboration';

const DOCUMENTS = new Map<string, SourceDocument>([
  [
    'reuters-sanctions',
    {
      id: 'reuters-sanctions',
      title: 'US sanctions Colombia’s president',
      publisher: 'Reuters',
      author: 'Ana Gómez',
      published: '2025-10-24',
      language: 'en',
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
    corroboration: null,
    actorLabel: (id: string) => ({ 'marco-rubio': 'Marco Rubio' })[id] ?? id,
    onShowInSource,
    onSelectActor,
    onClose,
    ...overrides,
  });
  const panel = screen.getByRole('region', { name: i18n.current === 'es' ? 'Evidencia' : 'Evidence' });
  return { onShowInSource, onSelectActor, onClose, user, panel };
}

describe('EvidencePanel', () => {
  afterEach(() => i18n.set('en'));

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
    expect(panel).toHaveTextContent('February 3, 2026');
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
    expect(items[0]).toHaveTextContent('US sanctions Colombia’s president — Reuters · Ana Gómez · October 24, 2025');
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

  it('marks each quote with its document’s language and says nothing when it is the page’s', () => {
    setup();
    const quotes = screen.getAllByRole('blockquote');
    expect(quotes[0]).toHaveAttribute('lang', 'en');
    // The AP document gives no language: nothing is claimed about it.
    expect(quotes[1]).not.toHaveAttribute('lang');
    expect(screen.queryByText(/Quote in/)).not.toBeInTheDocument();
  });

  it('says when a quote is in another language than the page’s', () => {
    const spanish = new Map(DOCUMENTS);
    spanish.set('ap-decertification', { ...DOCUMENTS.get('ap-decertification')!, language: 'es-CO' });
    setup({ documents: spanish });
    const items = screen.getAllByRole('listitem');
    expect(items[0]).not.toHaveTextContent('Quote in');
    expect(items[1]).toHaveTextContent('Colombia decertified — AP · September 2025 · Quote in Spanish');
    expect(within(items[1]).getByRole('button', { name: 'Show in source' })).toHaveAccessibleDescription(
      /Quote in Spanish/,
    );
  });

  describe('in Spanish', () => {
    const translated: Relation = {
      ...SANCTIONED,
      translations: { es: { summary: 'Estados Unidos sancionó a la cúpula colombiana.' } },
    };

    function setupInSpanish(overrides: Partial<Record<string, unknown>> = {}) {
      i18n.set('es');
      return setup({
        relation: translated,
        relationLabel: 'Sancionó',
        sourceLabel: 'Estados Unidos',
        ...overrides,
      });
    }

    it('names the panel and its buttons in Spanish', () => {
      const { panel } = setupInSpanish();
      expect(panel).toBe(screen.getByRole('region', { name: 'Evidencia' }));
      expect(within(panel).getAllByRole('button', { name: 'Mostrar en la fuente' })).toHaveLength(2);
      expect(panel).toHaveTextContent('Citas (2)');
      expect(within(panel).getByRole('button', { name: 'Cerrar panel de evidencia' })).toBeInTheDocument();
    });

    it('gives dates in Spanish and the summary from the translation', () => {
      const { panel } = setupInSpanish();
      expect(panel).toHaveTextContent('Sancionó · octubre de 2025');
      expect(panel).toHaveTextContent('Estados Unidos → Colombia: sancionó');
      expect(panel).toHaveTextContent('Estados Unidos sancionó a la cúpula colombiana.');
      expect(panel).not.toHaveTextContent('The United States sanctioned');
      expect(screen.getAllByRole('listitem')[0]).toHaveTextContent('Reuters · Ana Gómez · 24 de octubre de 2025');
    });

    it('keeps the summary as written when it has no translation, and words an undated relation', () => {
      const { date: _date, ...undated } = SANCTIONED;
      const { panel } = setupInSpanish({ relation: undated });
      expect(panel).toHaveTextContent('The United States sanctioned Colombia’s leadership.');
      expect(panel).toHaveTextContent('Sin fecha');
    });

    it('keeps quotes as written and says which language they are in', () => {
      setupInSpanish();
      const quotes = screen.getAllByRole('blockquote');
      expect(quotes[0]).toHaveTextContent('The Treasury imposed sanctions on Petro – “a drug leader”.');
      expect(quotes[0]).toHaveAttribute('lang', 'en');
      const items = screen.getAllByRole('listitem');
      expect(items[0]).toHaveTextContent('24 de octubre de 2025 · Cita en inglés');
      expect(items[1]).not.toHaveTextContent('Cita en');
    });

    it('follows a change of language without being rendered again', async () => {
      setup();
      expect(screen.getByRole('region', { name: 'Evidence' })).toHaveTextContent('Sanctioned · October 2025');
      i18n.set('es');
      await tick();
      expect(screen.getByRole('region', { name: 'Evidencia' })).toHaveTextContent('octubre de 2025');
      expect(screen.getAllByRole('button', { name: 'Mostrar en la fuente' })).toHaveLength(2);
    });
  });
});

describe('evidence items', () => {
  it('notes a quote’s language only when it is known and not the page’s', () => {
    expect(quoteLanguageNote(undefined, 'es')).toBeNull();
    expect(quoteLanguageNote('en', 'en')).toBeNull();
    expect(quoteLanguageNote('en-GB', 'en')).toBeNull();
    expect(quoteLanguageNote('es-CO', 'es')).toBeNull();
    expect(quoteLanguageNote('en', 'es')).toBe('Cita en inglés');
    expect(quoteLanguageNote('es', 'en')).toBe('Quote in Spanish');
  });

  it('words a byline in the chosen language, leaving out what the document lacks', () => {
    const ap = DOCUMENTS.get('ap-decertification')!;
    expect(documentByline(ap, 'en')).toBe('AP · September 2025');
    expect(documentByline(ap, 'es')).toBe('AP · septiembre de 2025');
  });
});

describe('EvidencePanel: who says so', () => {
  afterEach(() => i18n.set('en'));

  const CODED: Relation = {
    ...SANCTIONED,
    evidence: [
      { ...SANCTIONED.evidence[0], claim: 'attributed', speaker: 'marco-rubio' },
      { ...SANCTIONED.evidence[1], claim: 'alleged' },
    ],
  };

  it('names who alleges or denies it when the quote says', () => {
    const named: Relation = {
      ...SANCTIONED,
      evidence: [
        { ...SANCTIONED.evidence[0], claim: 'alleged', speaker: 'marco-rubio' },
        { ...SANCTIONED.evidence[1], claim: 'disputed', speaker: 'marco-rubio' },
      ],
    };
    const { panel } = setup({ relation: named, corroboration: corroborate(named, DOCUMENTS) });
    const items = within(panel).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Alleged by Marco Rubio');
    expect(items[1]).toHaveTextContent('Disputed: Marco Rubio denies it');
  });

  it('says how many documents and publishers stand behind it and when it was reported', () => {
    const { panel } = setup({ relation: CODED, corroboration: corroborate(CODED, DOCUMENTS) });
    expect(within(panel).getByRole('heading', { name: 'Who says so' })).toBeInTheDocument();
    expect(panel).toHaveTextContent(
      '2 documents · 2 publishers · first reported September 2025, last October 24, 2025',
    );
    expect(panel).toHaveTextContent('No source reports it as fact in its own voice.');
  });

  it('labels each quote with its claim and speaker, and an uncoded one as such', () => {
    const { panel } = setup({ relation: CODED, corroboration: corroborate(CODED, DOCUMENTS) });
    const items = within(panel).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Attributed to Marco Rubio');
    expect(items[1]).toHaveTextContent('Alleged');
  });

  it('says “Not coded” for evidence without a claim (an opened network’s)', () => {
    const { panel } = setup({ relation: SANCTIONED, corroboration: corroborate(SANCTIONED, DOCUMENTS) });
    expect(within(panel).getAllByText('Not coded')).toHaveLength(2);
    expect(panel).not.toHaveTextContent('No source reports it as fact');
  });

  it('warns when a relation rests on one document and only on allegations, in Spanish too', () => {
    i18n.set('es');
    const single: Relation = { ...SANCTIONED, evidence: [{ ...SANCTIONED.evidence[0], claim: 'disputed' }] };
    const { panel } = setup({ relation: single, corroboration: corroborate(single, DOCUMENTS) });
    expect(panel).toHaveTextContent('1 documento · 1 medio · mencionado en 24 de octubre de 2025');
    expect(panel).toHaveTextContent('Se apoya en un solo documento: caería si esa fuente se retirara.');
    expect(panel).toHaveTextContent('Se apoya solo en acusaciones o en hechos desmentidos.');
    expect(panel).toHaveTextContent('Disputado: la fuente recoge un desmentido');
  });
});
