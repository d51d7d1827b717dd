/**
 * The "Compare periods" region: the counts table, the changes with their quotes, clickable
 * relations, and the picker sending valid periods up only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ComparePeriods from '../../src/components/analysis/ComparePeriods.svelte';
import { comparePeriods } from '../../src/lib/analysis/compare-periods';
import { periodWindows, type PeriodSpec } from '../../src/lib/analysis/period-param';
import { indexRelationSpans } from '../../src/lib/time/time-filter';
import { i18n } from '../../src/lib/i18n/locale.svelte';

const rel = (id: string, source: string, target: string, type: string, date: string, quote: string) => ({
  id,
  source,
  target,
  type,
  date,
  evidence: [{ document: 'doc', quote }],
});
const RELATIONS = [
  rel('met', 'gustavo-petro', 'donald-trump', 'met', '2024-03', 'Petro and Trump met at the summit.'),
  rel(
    'sanctioned',
    'donald-trump',
    'gustavo-petro',
    'sanctioned',
    '2025-10',
    'Trump imposed sanctions on Petro in October.',
  ),
];
const LABELS: Record<string, string> = { 'donald-trump': 'Donald Trump', 'gustavo-petro': 'Gustavo Petro' };
const PERIODS: PeriodSpec = { mode: 'ranges', a: { from: '2024', to: '2024-12' }, b: { from: '2025', to: '2025-12' } };

function setup(periods = PERIODS) {
  const comparison = comparePeriods({
    relations: RELATIONS,
    visibleIds: null,
    spans: indexRelationSpans(RELATIONS).spans,
    windows: periodWindows(periods)!,
  });
  const onChangePeriods = vi.fn();
  const onSelectRelation = vi.fn();
  render(ComparePeriods, {
    periods,
    comparison,
    relations: new Map(RELATIONS.map((r) => [r.id, r])),
    documents: new Map([['doc', { title: 'A mini document', language: 'en' }]]),
    actorLabel: (id: string) => LABELS[id],
    typeColor: () => '#888888',
    onChangePeriods,
    onSelectRelation,
  });
  return { onChangePeriods, onSelectRelation };
}

afterEach(() => i18n.set('en'));

describe('ComparePeriods', () => {
  it('shows relations per type for A and B side by side', () => {
    setup();
    const table = screen.getByRole('table', { name: 'Relations per type' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => cell.textContent?.trim()));
    expect(rows).toEqual([
      ['Type', 'Period A (2024)', 'Period B (2025)'],
      ['Met', '1', '0'],
      ['Sanctioned', '0', '1'],
    ]);
  });

  it('lists the changes with their quotes and opens the relations', async () => {
    const { onSelectRelation } = setup();
    const region = screen.getByRole('region', { name: 'Compare periods' });
    expect(within(region).getByRole('list', { name: 'Only in period A' }).textContent).toContain(
      'Donald Trump – Gustavo Petro · Met',
    );
    expect(within(region).getByRole('list', { name: 'Polarity changed' }).textContent).toContain(
      'From cooperation in A to hostility in B',
    );
    const quotes = region.querySelectorAll('blockquote');
    expect(
      [...quotes].some(
        (q) => q.textContent?.includes('Trump imposed sanctions') && q.textContent.includes('— A mini document'),
      ),
    ).toBe(true);
    await userEvent.click(
      within(screen.getByRole('list', { name: 'Only in period B' })).getByRole('button', { name: /Sanctioned/ }),
    );
    expect(onSelectRelation).toHaveBeenCalledWith('sanctioned');
  });

  it('sends valid periods up, refuses a reversed one', async () => {
    const { onChangePeriods } = setup();
    const [fromA] = screen.getAllByLabelText('From');
    await fireEvent.change(fromA, { target: { value: '2023-06' } });
    expect(onChangePeriods).toHaveBeenLastCalledWith({ ...PERIODS, a: { from: '2023-06', to: '2024-12' } });
    await fireEvent.change(fromA, { target: { value: '2026-01' } });
    expect(onChangePeriods).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toBe('Each period must end after it starts');
    await userEvent.click(screen.getByLabelText('Before and after a date'));
    expect(onChangePeriods).toHaveBeenLastCalledWith({ mode: 'split', date: '2025-01' });
  });

  it('names the halves in before/after mode, in Spanish too', async () => {
    setup({ mode: 'split', date: '2025-01' });
    expect(screen.getByRole('columnheader', { name: 'A: before January 2025' })).toBeTruthy();
    i18n.set('es');
    await new Promise((r) => setTimeout(r));
    expect(screen.getByRole('region', { name: 'Comparar periodos' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'B: desde enero de 2025' })).toBeTruthy();
  });
});
