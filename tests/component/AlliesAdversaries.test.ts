/**
 * The "Allies and adversaries" region: counterparts in balance order, counts, the strip's
 * text alternative, a turn with its two relations, and the callbacks.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import AlliesAdversaries from '../../src/components/analysis/AlliesAdversaries.svelte';
import { alliesAndAdversaries } from '../../src/lib/analysis/allies';
import { indexRelationSpans } from '../../src/lib/time/time-filter';
import { i18n } from '../../src/lib/i18n/locale.svelte';

const rel = (id: string, source: string, target: string, type: string, date: string) => ({
  id,
  source,
  target,
  type,
  date,
  evidence: [],
});
const RELATIONS = [
  rel('met', 'gustavo-petro', 'donald-trump', 'met', '2024-03'),
  rel('sanctioned', 'donald-trump', 'gustavo-petro', 'sanctioned', '2025-10'),
  rel('criticized', 'gustavo-petro', 'donald-trump', 'criticized', '2025-11'),
  rel('allied', 'gustavo-petro', 'francia-marquez', 'allied', '2024'),
];
const LABELS: Record<string, string> = { 'donald-trump': 'Donald Trump', 'francia-marquez': 'Francia Márquez' };
const COLORS = { cooperative: '#0072B2', hostile: '#D55E00', neutral: '#8C8C8C', empty: '#EEEEEE' };

function setup() {
  const { spans, extent } = indexRelationSpans(RELATIONS);
  const counterparts = alliesAndAdversaries({
    actorId: 'gustavo-petro',
    relations: RELATIONS,
    visibleIds: null,
    spans,
    extent,
    labelOf: (id) => LABELS[id],
  });
  const onSelectActor = vi.fn();
  const onSelectRelation = vi.fn();
  render(AlliesAdversaries, {
    counterparts,
    relations: new Map(RELATIONS.map((r) => [r.id, r])),
    colors: COLORS,
    onSelectActor,
    onSelectRelation,
  });
  return { onSelectActor, onSelectRelation };
}

afterEach(() => i18n.set('en'));

describe('AlliesAdversaries', () => {
  it('lists counterparts most allied first, with counts and a strip in words', () => {
    setup();
    const region = screen.getByRole('region', { name: 'Allies and adversaries' });
    const items = within(region)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL');
    expect(items.map((li) => within(li).getAllByRole('button')[0].textContent?.trim())).toEqual([
      'Francia Márquez',
      'Donald Trump',
    ]);
    expect(items[1].textContent).toContain('1 cooperative');
    expect(items[1].textContent).toContain('2 hostile');
    expect(within(items[1]).getByRole('img').getAttribute('aria-label')).toBe('Balance by year: 2024, +1 and 2025, -2');
  });

  it('marks a turn with the two relations that show it, and opens them', async () => {
    const { onSelectActor, onSelectRelation } = setup();
    expect(screen.getByText('Turned hostile')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Met · March 2024' }));
    await userEvent.click(screen.getByRole('button', { name: 'Sanctioned · October 2025' }));
    expect(onSelectRelation.mock.calls).toEqual([['met'], ['sanctioned']]);
    await userEvent.click(screen.getByRole('button', { name: 'Donald Trump' }));
    expect(onSelectActor).toHaveBeenCalledWith('donald-trump');
  });

  it('speaks Spanish', async () => {
    setup();
    i18n.set('es');
    await tick();
    expect(screen.getByRole('region', { name: 'Aliados y adversarios' })).toBeTruthy();
    expect(screen.getByText('Se volvió hostil')).toBeTruthy();
    expect(screen.getByText('2 hostiles')).toBeTruthy();
  });
});
