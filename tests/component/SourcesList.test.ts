import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SourcesList from '../../src/components/sources/SourcesList.svelte';
import TrustFilters from '../../src/components/panels/TrustFilters.svelte';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import { NO_TRUST_FILTER } from '../../src/lib/trust/trust-filter';
import type { SourceRow } from '../../src/lib/trust/document-lens';

const ROWS: SourceRow[] = [
  {
    id: 'aj',
    title: 'Five takeaways',
    publisher: 'Al Jazeera',
    published: '2026-02',
    language: 'en',
    relations: 12,
    soleSource: 1,
  },
  {
    id: 'icwa',
    title: 'Colombia and the US',
    publisher: 'ICWA',
    published: '2025-10',
    language: 'en',
    relations: 3,
    soleSource: 0,
  },
];

function setupList(chosen: string | null = null) {
  const props = {
    rows: ROWS,
    chosen,
    wouldFall: chosen ? [{ id: 'r1', label: 'Donald Trump → Gustavo Petro: Accused' }] : [],
    onChoose: vi.fn(),
    onRead: vi.fn(),
    onSelectRelation: vi.fn(),
  };
  render(SourcesList, props);
  return {
    ...props,
    user: userEvent.setup(),
    region: screen.getByRole('region', { name: i18n.current === 'es' ? 'Fuentes' : 'Sources' }),
  };
}

describe('SourcesList', () => {
  afterEach(() => i18n.set('en'));

  it('lists every document with its publisher, date and how many relations it supports', () => {
    const { region } = setupList();
    const items = within(region).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Five takeaways');
    expect(items[0]).toHaveTextContent('Al Jazeera · February 2026');
    expect(items[0]).toHaveTextContent('supports 12 relations · 1 rests on it alone');
    expect(items[1]).toHaveTextContent('supports 3 relations · 0 rest on it alone');
  });

  it('chooses a document for the lens, reads it, and unchooses it', async () => {
    const { user, onChoose, onRead } = setupList();
    await user.click(screen.getByRole('button', { name: 'Show only the relations of “Five takeaways”' }));
    expect(onChoose).toHaveBeenCalledWith('aj');
    await user.click(screen.getByRole('button', { name: 'Read “Colombia and the US”' }));
    expect(onRead).toHaveBeenCalledWith('icwa');
  });

  it('marks the chosen document and lists what would fall without it', async () => {
    const { user, onChoose, onSelectRelation } = setupList('aj');
    const toggle = screen.getByRole('button', { name: 'Show only the relations of “Five takeaways”' });
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(
      screen.getByRole('heading', { name: 'Would fall if this source were withdrawn: 1 relation' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Donald Trump → Gustavo Petro: Accused' }));
    expect(onSelectRelation).toHaveBeenCalledWith('r1');
    await user.click(toggle);
    expect(onChoose).toHaveBeenCalledWith(null);
  });

  it('speaks Spanish', () => {
    i18n.set('es');
    const { region } = setupList('aj');
    expect(region).toHaveTextContent('respalda 12 relaciones · 1 depende solo de él');
    expect(screen.getByRole('heading', { name: 'Caería si se retirara esta fuente: 1 relación' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Leer «Five takeaways»' })).toBeInTheDocument();
  });
});

describe('TrustFilters', () => {
  afterEach(() => i18n.set('en'));

  function setupFilters(coverage = { hasEvidence: true, hasClaims: true }, documentTitle: string | null = null) {
    const props = {
      filter: NO_TRUST_FILTER,
      coverage,
      documentTitle,
      onOnlyAsFactChange: vi.fn(),
      onCorroboratedChange: vi.fn(),
      onClearDocument: vi.fn(),
    };
    render(TrustFilters, props);
    return { ...props, user: userEvent.setup() };
  }

  it('offers both filters and sends their changes', async () => {
    const { user, onOnlyAsFactChange, onCorroboratedChange } = setupFilters();
    await user.click(screen.getByRole('checkbox', { name: 'Only what a source reports as fact' }));
    expect(onOnlyAsFactChange).toHaveBeenCalledWith(true);
    await user.click(screen.getByRole('checkbox', { name: 'At least two documents' }));
    expect(onCorroboratedChange).toHaveBeenCalledWith(true);
  });

  it('does not offer “reported as fact” when no claim is coded, and says why', () => {
    setupFilters({ hasEvidence: true, hasClaims: false });
    expect(screen.queryByRole('checkbox', { name: 'Only what a source reports as fact' })).toBeNull();
    expect(screen.getByText(/not coded/)).toBeInTheDocument();
  });

  it('names the document the lens shows and clears it', async () => {
    const { user, onClearDocument } = setupFilters(undefined, 'Five takeaways');
    expect(screen.getByRole('status')).toHaveTextContent('Showing only the relations of “Five takeaways”.');
    await user.click(screen.getByRole('button', { name: 'Show all sources' }));
    expect(onClearDocument).toHaveBeenCalled();
  });

  it('speaks Spanish', () => {
    i18n.set('es');
    setupFilters();
    expect(screen.getByRole('checkbox', { name: 'Solo lo que una fuente afirma como hecho' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Al menos dos documentos' })).toBeInTheDocument();
  });
});
