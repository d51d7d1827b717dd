import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import RelationsTable, { type RelationRow } from '../../src/components/panels/RelationsTable.svelte';

const row = (id: string, overrides: Partial<RelationRow>): RelationRow => ({
  id,
  sourceLabel: 'Gustavo Petro',
  targetLabel: 'Donald Trump',
  relationLabel: 'Criticized',
  color: '#E69F00',
  directed: true,
  dateLabel: '',
  sortTime: null,
  sources: 1,
  publishers: 1,
  firstReportedLabel: '',
  lastReportedLabel: '',
  firstReportedTime: null,
  lastReportedTime: null,
  ...overrides,
});

const ROWS: RelationRow[] = [
  row('old', {
    sourceLabel: 'Álvaro Uribe',
    relationLabel: 'Accused',
    dateLabel: '2019',
    sortTime: Date.UTC(2019, 0, 1),
    sources: 3,
  }),
  row('undated', {
    sourceLabel: 'Clan del Golfo',
    relationLabel: 'Allied',
    directed: false,
    targetLabel: 'ELN',
    sources: 2,
  }),
  row('new', {
    sourceLabel: 'Donald Trump',
    targetLabel: 'Gustavo Petro',
    relationLabel: 'Sanctioned',
    dateLabel: '24 October 2025',
    publishers: 1,
    firstReportedLabel: 'October 2025',
    lastReportedLabel: 'January 2026',
    sortTime: Date.UTC(2025, 9, 24),
  }),
  row('mid', { sourceLabel: 'Bogotá', dateLabel: 'March 2022', sortTime: Date.UTC(2022, 2, 1), sources: 5 }),
];

function setup(rows = ROWS, selectedId: string | null = null, name = 'Relations') {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  const result = render(RelationsTable, { rows, selectedId, onSelect });
  const table = screen.getByRole('table', { name });
  return { ...result, onSelect, user, table };
}

/** The ids of the body rows, in the order shown. */
const shownIds = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => tr.dataset.id);

describe('RelationsTable', () => {
  afterEach(() => i18n.set('en'));

  it('says how many relations it shows', async () => {
    const { table, rerender } = setup();
    expect(table.querySelector('caption')).toHaveTextContent('4 relations shown');
    await rerender({ rows: ROWS.slice(0, 1) });
    expect(table.querySelector('caption')).toHaveTextContent('1 relation shown');
    await rerender({ rows: [] });
    expect(table.querySelector('caption')).toHaveTextContent('No relation matches the filters');
    expect(within(table).getAllByRole('row')).toHaveLength(1);
  });

  it('shows source, relation with direction mark, target, date, documents, publishers and reports', () => {
    const { table } = setup();
    const [, first] = within(table).getAllByRole('row');
    const cells = within(first)
      .getAllByRole('cell')
      .map((cell) => cell.textContent?.trim());
    expect(cells).toEqual([
      'Donald Trump',
      'Sanctioned →',
      'Gustavo Petro',
      '24 October 2025',
      '1',
      '1',
      'October 2025',
      'January 2026',
    ]);
    const undated = within(table).getByText('Clan del Golfo').closest('tr')!;
    expect(undated).toHaveTextContent('Allied ↔');
    expect(undated).toHaveTextContent('undated');
    expect(
      within(first)
        .getByRole('cell', { name: /Sanctioned/ })
        .querySelector('.swatch'),
    ).toHaveStyle({
      backgroundColor: '#E69F00',
    });
  });

  it('sorts by date, newest first and undated last, by default', () => {
    const { table } = setup();
    expect(shownIds(table)).toEqual(['new', 'mid', 'old', 'undated']);
    expect(screen.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'Source' })).not.toHaveAttribute('aria-sort');
  });

  it('sorts by a column when its header is clicked, and reverses on a second click', async () => {
    const { table, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Source' }));
    // Accents do not push "Álvaro" after "Bogotá".
    expect(shownIds(table)).toEqual(['old', 'mid', 'undated', 'new']);
    expect(screen.getByRole('columnheader', { name: 'Source' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Date' })).not.toHaveAttribute('aria-sort');

    await user.click(screen.getByRole('button', { name: 'Source' }));
    expect(shownIds(table)).toEqual(['new', 'undated', 'mid', 'old']);
    expect(screen.getByRole('columnheader', { name: 'Source' })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: 'Documents' }));
    expect(shownIds(table)).toEqual(['mid', 'old', 'undated', 'new']);

    await user.click(screen.getByRole('button', { name: 'Date' }));
    await user.click(screen.getByRole('button', { name: 'Date' }));
    expect(screen.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'ascending');
    expect(shownIds(table)).toEqual(['old', 'mid', 'new', 'undated']);
  });

  it('selects a row on click', async () => {
    const { table, user, onSelect } = setup();
    await user.click(within(table).getByText('Bogotá'));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('mid');
  });

  it('marks the selected row and follows a new selection', async () => {
    const { table, rerender } = setup(ROWS, 'old');
    const selected = () =>
      within(table)
        .getAllByRole('row')
        .filter((tr) => tr.getAttribute('aria-selected') === 'true');
    expect(selected().map((tr) => tr.dataset.id)).toEqual(['old']);
    expect(selected()[0]).toHaveClass('selected');
    await rerender({ selectedId: 'undated' });
    expect(selected().map((tr) => tr.dataset.id)).toEqual(['undated']);
    await rerender({ selectedId: null });
    expect(selected()).toEqual([]);
  });

  it('is usable from the keyboard: one tab stop, arrows move, Enter and Space select', async () => {
    const { table, user, onSelect } = setup(ROWS, 'mid');
    const bodyRows = within(table).getAllByRole('row').slice(1);
    expect(bodyRows.filter((tr) => tr.tabIndex === 0).map((tr) => tr.dataset.id)).toEqual(['mid']);

    bodyRows[1].focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(bodyRows[2]);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('old');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(bodyRows[0]);
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('new');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(bodyRows[3]);
    expect(bodyRows.filter((tr) => tr.tabIndex === 0).map((tr) => tr.dataset.id)).toEqual(['undated']);
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('puts the first row in the tab order when nothing is selected', async () => {
    const { table, user } = setup();
    await user.tab(); // the first header button
    // Past the other seven header buttons.
    for (let i = 0; i < 8; i++) await user.tab();
    expect(document.activeElement).toBe(within(table).getAllByRole('row')[1]);
  });

  it('speaks Spanish: name, caption, headers and undated rows', async () => {
    i18n.set('es');
    const { table, user, rerender } = setup(ROWS.slice(0, 3), null, 'Relaciones');
    expect(table.querySelector('caption')).toHaveTextContent('3 relaciones mostradas');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((th) => th.querySelector('button')?.firstChild?.textContent?.trim())).toEqual([
      'Origen',
      'Relación',
      'Destino',
      'Fecha',
      'Documentos',
      'Medios',
      'Primera mención',
      'Última mención',
    ]);
    expect(screen.getByRole('columnheader', { name: 'Fecha' })).toHaveAttribute('aria-sort', 'descending');
    expect(within(table).getByText('Clan del Golfo').closest('tr')).toHaveTextContent('sin fecha');
    await user.click(screen.getByRole('button', { name: 'Origen' }));
    expect(shownIds(table)).toEqual(['old', 'undated', 'new']);
    await rerender({ rows: ROWS.slice(0, 1) });
    expect(table.querySelector('caption')).toHaveTextContent('1 relación mostrada');
    await rerender({ rows: [] });
    expect(table.querySelector('caption')).toHaveTextContent('Ninguna relación coincide con los filtros');
  });

  it('sorts names as Spanish does once the language changes', async () => {
    const rows = [
      row('n-tilde', { sourceLabel: 'Ñame', sortTime: 2 }),
      row('n', { sourceLabel: 'Nzeta', sortTime: 1 }),
    ];
    const { table, user } = setup(rows);
    await user.click(screen.getByRole('button', { name: 'Source' }));
    expect(shownIds(table)).toEqual(['n-tilde', 'n']);
    i18n.set('es');
    await tick();
    expect(screen.getByRole('table', { name: 'Relaciones' })).toBe(table);
    expect(shownIds(table)).toEqual(['n', 'n-tilde']);
    expect(table.querySelector('caption')).toHaveTextContent('2 relaciones mostradas');
  });

  describe('with 5,000 rows', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      row(`r-${i}`, {
        sourceLabel: `Actor ${i}`,
        dateLabel: String(2000 + (i % 25)),
        sortTime: Date.UTC(2000 + (i % 25), 0, 1),
      }),
    );
    const bodyRows = (table: HTMLElement) => [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-id]')];

    it('renders only a window of rows, and says how many there are', () => {
      const { table } = setup(many);
      expect(table.querySelector('caption')).toHaveTextContent('5,000 relations shown');
      expect(table).toHaveAttribute('aria-rowcount', '5001');
      const rendered = bodyRows(table);
      expect(rendered.length).toBeGreaterThan(10);
      expect(rendered.length).toBeLessThan(200);
      expect(rendered[0]).toHaveAttribute('aria-rowindex', '2');
    });

    it('brings a row selected elsewhere into the window, in the scrolling container', async () => {
      const container = document.createElement('div');
      container.style.overflowY = 'auto';
      Object.defineProperty(container, 'clientHeight', { value: 250 });
      document.body.append(container);
      const onSelect = vi.fn();
      const { rerender } = render(RelationsTable, {
        target: container,
        props: { rows: many, selectedId: null, onSelect },
      });
      const table = screen.getByRole('table', { name: 'Relations' });
      expect(bodyRows(table).some((tr) => tr.dataset.id === 'r-4999')).toBe(false);

      await rerender({ selectedId: 'r-4999' });
      const selected = table.querySelector('[aria-selected="true"]');
      expect(selected).toHaveTextContent('Actor 4999');
      expect(container.scrollTop).toBeGreaterThan(0);
      container.remove();
    });

    it('keeps the keyboard working across the window: End reaches the last row', async () => {
      const { table, user, onSelect } = setup(many);
      await user.click(screen.getByRole('button', { name: 'Source' }));
      bodyRows(table)[0].focus();
      await user.keyboard('{End}');
      expect(document.activeElement).toHaveTextContent('Actor 4999');
      expect(document.activeElement).toHaveAttribute('aria-rowindex', '5001');
      await user.keyboard('{ArrowUp}{Enter}');
      expect(onSelect).toHaveBeenCalledExactlyOnceWith('r-4998');
      await user.keyboard('{Home}');
      expect(document.activeElement).toHaveTextContent('Actor 0');
    });

    it('sorts and reselects quickly', async () => {
      const { table, rerender, user } = setup(many);
      const started = performance.now();
      await rerender({ selectedId: 'r-2500' });
      await user.click(screen.getByRole('button', { name: 'Source' }));
      await user.click(screen.getByRole('button', { name: 'Source' }));
      await rerender({ rows: many.filter((_, i) => i % 2 === 0) });
      // Generous for slow CI machines; rendering every row would take seconds in jsdom.
      expect(performance.now() - started).toBeLessThan(1500);
      expect(table.querySelector('caption')).toHaveTextContent('2,500 relations shown');
      expect(table.querySelector('[aria-selected="true"]')).toHaveTextContent('Actor 2500');
    });

    it('shows the selection, or the top, after re-sorting', async () => {
      const { table, rerender, user } = setup(many);
      await user.click(screen.getByRole('button', { name: 'Source' }));
      bodyRows(table)[0].focus();
      await user.keyboard('{End}');
      expect(bodyRows(table)[0]).not.toHaveAttribute('aria-rowindex', '2');
      await user.click(screen.getByRole('button', { name: 'Target' }));
      expect(bodyRows(table)[0]).toHaveAttribute('aria-rowindex', '2');

      await rerender({ selectedId: 'r-4000' });
      await user.click(screen.getByRole('button', { name: 'Source' }));
      expect(table.querySelector('[aria-selected="true"]')).toHaveTextContent('Actor 4000');
      expect(bodyRows(table)[0]).not.toHaveAttribute('aria-rowindex', '2');
    });
  });
});
