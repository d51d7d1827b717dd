import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import ActorsTable, { type ActorRow } from '../../src/components/analysis/ActorsTable.svelte';
import { buildActorRows } from '../../src/lib/analysis/actors-table';
import { computeBlocs } from '../../src/lib/analysis/find-blocs';
import { computeMetrics } from '../../src/lib/analysis/metrics';
import { smallDataset } from '../fixtures/small-graph';

const row = (id: string, overrides: Partial<ActorRow>): ActorRow => ({
  id,
  label: id,
  kindLabel: 'Person',
  blocLabel: '',
  relations: 1,
  cooperative: 0,
  hostile: 0,
  betweenness: 0,
  pagerank: 0.1,
  ...overrides,
});

const ROWS: ActorRow[] = [
  row('petro', {
    label: 'Gustavo Petro',
    blocLabel: 'Bloc of Gustavo Petro',
    relations: 1234,
    betweenness: 0.75,
    pagerank: 0.4,
  }),
  row('uribe', { label: 'Álvaro Uribe', hostile: 3, betweenness: 0.1, pagerank: 0.2 }),
  row('eln', {
    label: 'ELN',
    kindLabel: 'Armed group',
    blocLabel: 'Bloc of Gustavo Petro',
    cooperative: 2,
    pagerank: 0.3,
  }),
];

function setup(rows = ROWS, selectedId: string | null = null, extra: Record<string, unknown> = {}) {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  const result = render(ActorsTable, { rows, selectedId, onSelect, ...extra });
  const table = screen.getByRole('table', { name: extra.name === undefined ? 'Actors' : String(extra.name) });
  return { ...result, onSelect, user, table };
}

const shownIds = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => tr.dataset.id);

describe('ActorsTable', () => {
  afterEach(() => i18n.set('en'));

  it('shows every column, numbers through Intl, and sorts by betweenness by default', () => {
    const { table } = setup();
    expect(table.querySelector('caption')).toHaveTextContent('3 actors shown');
    expect(shownIds(table)).toEqual(['petro', 'uribe', 'eln']);
    expect(screen.getByRole('columnheader', { name: 'Betweenness' })).toHaveAttribute('aria-sort', 'descending');
    const cells = within(within(table).getAllByRole('row')[1])
      .getAllByRole('cell')
      .map((cell) => cell.textContent?.trim());
    expect(cells).toEqual(['Gustavo Petro', 'Person', 'Bloc of Gustavo Petro', '1,234', '0', '0', '0.75', '0.4']);
    expect(within(table).getByText('Álvaro Uribe').closest('tr')).toHaveTextContent('no bloc');
  });

  it('sorts by each column and reverses on a second click', async () => {
    const { table, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Actor' }));
    expect(shownIds(table)).toEqual(['uribe', 'eln', 'petro']);
    expect(screen.getByRole('columnheader', { name: 'Actor' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Betweenness' })).not.toHaveAttribute('aria-sort');
    await user.click(screen.getByRole('button', { name: 'Actor' }));
    expect(shownIds(table)).toEqual(['petro', 'eln', 'uribe']);
    await user.click(screen.getByRole('button', { name: 'PageRank' }));
    expect(shownIds(table)).toEqual(['petro', 'eln', 'uribe']);
    await user.click(screen.getByRole('button', { name: 'Hostile' }));
    expect(shownIds(table)[0]).toBe('uribe');
    await user.click(screen.getByRole('button', { name: 'Bloc' }));
    // Actors in no bloc last.
    expect(shownIds(table)).toEqual(['eln', 'petro', 'uribe']);
    await user.click(screen.getByRole('button', { name: 'Bloc' }));
    // Descending: still no bloc last; ties within a bloc by name, ascending.
    expect(screen.getByRole('columnheader', { name: 'Bloc' })).toHaveAttribute('aria-sort', 'descending');
    expect(shownIds(table)).toEqual(['eln', 'petro', 'uribe']);
  });

  it('is usable from the keyboard: arrows move, Enter selects', async () => {
    const { table, user, onSelect } = setup(ROWS, 'uribe');
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.filter((tr) => tr.tabIndex === 0).map((tr) => tr.dataset.id)).toEqual(['uribe']);
    bodyRows[1].focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(bodyRows[2]);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('eln');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(bodyRows[0]);
    await user.click(within(table).getByText('ELN'));
    expect(onSelect).toHaveBeenLastCalledWith('eln');
    expect(bodyRows[1]).toHaveAttribute('aria-selected', 'true');
  });

  it('speaks Spanish and says when betweenness is a sample', async () => {
    i18n.set('es');
    const { table } = setup(ROWS, null, { sampled: true, betweennessSources: 500, name: 'Actores' });
    expect(table.querySelector('caption')).toHaveTextContent(
      '3 actores mostrados. Intermediación estimada a partir de 500 actores de muestra',
    );
    expect(screen.getByRole('columnheader', { name: 'Intermediación' })).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByText('Álvaro Uribe').closest('tr')).toHaveTextContent('sin bloque');
    expect(within(table).getByText('0,75')).toBeInTheDocument();
  });

  it('renders only a window of thousands of rows', () => {
    const many = Array.from({ length: 5000 }, (_, i) => row(`a${i}`, { label: `Actor ${i}`, betweenness: i }));
    const { table } = setup(many);
    const rendered = table.querySelectorAll('tr.row');
    expect(rendered.length).toBeLessThan(100);
    expect(table).toHaveAttribute('aria-rowcount', '5001');
    expect(rendered[0]).toHaveAttribute('data-id', 'a4999');
  });

  it('builds its rows from blocs and metrics', () => {
    const network = smallDataset();
    const nodes = new Set(network.actors.map((a) => a.id));
    const metrics = computeMetrics(network.relations, nodes, new Set(network.relations.map((r) => r.id)));
    const rows = buildActorRows(network.actors, computeBlocs(network), metrics, 'en');
    expect(rows.find((r) => r.id === 'eln')).toMatchObject({ kindLabel: 'Armed group', relations: 1, cooperative: 1 });
    expect(rows.find((r) => r.id === 'alone')).toMatchObject({ blocLabel: '', relations: 0 });
    expect(rows.find((r) => r.id === 'petro')!.blocLabel).toMatch(/^Bloc of /);
  });
});
