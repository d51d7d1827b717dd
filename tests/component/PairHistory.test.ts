import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import PairHistory, { type PairHistoryItem } from '../../src/components/details/PairHistory.svelte';
import { i18n } from '../../src/lib/i18n/locale.svelte';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

const ITEMS: PairHistoryItem[] = [
  {
    id: 'undated',
    relationLabel: 'Criticized',
    color: '#E69F00',
    directed: true,
    forward: true,
    dateLabel: '',
    sortTime: null,
  },
  {
    id: 'sanctions',
    relationLabel: 'Sanctioned',
    color: '#882255',
    directed: true,
    forward: true,
    dateLabel: '24 October 2025',
    sortTime: utc(2025, 10, 24),
  },
  {
    id: 'talks',
    relationLabel: 'Negotiated',
    color: '#44AA99',
    directed: false,
    forward: true,
    dateLabel: 'January 2026',
    sortTime: utc(2026, 1),
  },
  {
    id: 'reply',
    relationLabel: 'Accused',
    color: '#CC79A7',
    directed: true,
    forward: false,
    dateLabel: 'October 2025',
    sortTime: utc(2025, 10),
  },
];

function setup() {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  render(PairHistory, {
    items: ITEMS,
    currentId: 'sanctions',
    sourceLabel: 'Donald Trump',
    targetLabel: 'Gustavo Petro',
    onSelect,
  });
  return { user, onSelect };
}

describe('PairHistory', () => {
  afterEach(() => i18n.set('en'));

  it('is titled with both actors', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'History of Donald Trump ↔ Gustavo Petro' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'History of Donald Trump ↔ Gustavo Petro' })).toBeInTheDocument();
  });

  it('lists every relation oldest first with undated ones last, each with label, date and direction', () => {
    setup();
    const buttons = within(screen.getByRole('list')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Accused ← (Gustavo Petro to Donald Trump) October 2025',
      'Sanctioned → (Donald Trump to Gustavo Petro) 24 October 2025',
      'Negotiated ↔ (mutual) January 2026',
      'Criticized → (Donald Trump to Gustavo Petro) undated',
    ]);
    expect(buttons[0]).toHaveAccessibleName('Accused (Gustavo Petro to Donald Trump) October 2025');
    expect(buttons[0].querySelector('.chip')).toHaveStyle({ backgroundColor: '#CC79A7' });
  });

  it('marks the current relation and opens another on click', async () => {
    const { user, onSelect } = setup();
    const current = screen.getByRole('button', { current: true });
    expect(current).toHaveTextContent('Sanctioned');
    expect(current).toHaveAttribute('aria-current', 'true');
    expect(screen.getAllByRole('button').filter((b) => b.hasAttribute('aria-current'))).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: /^Negotiated/ }));
    expect(onSelect).toHaveBeenCalledWith('talks');
  });

  it('words the title, the directions and undated relations in Spanish', () => {
    i18n.set('es');
    setup();
    expect(screen.getByRole('region', { name: 'Historial de Donald Trump ↔ Gustavo Petro' })).toBeInTheDocument();
    const buttons = within(screen.getByRole('list')).getAllByRole('button');
    expect(buttons.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Accused ← (de Gustavo Petro a Donald Trump) October 2025',
      'Sanctioned → (de Donald Trump a Gustavo Petro) 24 October 2025',
      'Negotiated ↔ (mutua) January 2026',
      'Criticized → (de Donald Trump a Gustavo Petro) sin fecha',
    ]);
  });

  it('follows a change of language while shown', async () => {
    setup();
    i18n.set('es');
    await tick();
    expect(screen.getByRole('heading', { name: 'Historial de Donald Trump ↔ Gustavo Petro' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Negotiated \(mutua\)/ })).toBeInTheDocument();
  });
});
