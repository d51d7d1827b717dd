import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import BlocsTable from '../../src/components/analysis/BlocsTable.svelte';
import { blocMatrix } from '../../src/lib/analysis/blocs';
import { computeBlocs } from '../../src/lib/analysis/find-blocs';
import type { NetworkActor, NetworkRelation } from '../../src/lib/data/network';

const actor = (id: string): NetworkActor => ({ id, label: id.toUpperCase(), kind: 'person', aliases: [] });
const rel = (id: string, source: string, target: string, type: string): NetworkRelation => ({
  id,
  source,
  target,
  type,
  evidence: [],
});

function network() {
  const actors = ['a', 'b', 'c', 'd', 'e'].map(actor);
  const relations = [
    rel('ab', 'a', 'b', 'allied'),
    rel('ac', 'a', 'c', 'allied'),
    rel('bc', 'b', 'c', 'cooperated'),
    rel('de', 'd', 'e', 'allied'),
    rel('x1', 'c', 'd', 'criticized'),
    rel('x2', 'e', 'a', 'sanctioned'),
  ];
  return { actors, relations };
}

function setup(visible?: Set<string>) {
  const data = network();
  const matrix = blocMatrix(computeBlocs(data), data.relations, visible ?? new Set(data.relations.map((r) => r.id)));
  const onSelectRelations = vi.fn();
  const user = userEvent.setup();
  const result = render(BlocsTable, { matrix, onSelectRelations });
  return { ...result, onSelectRelations, user };
}

describe('BlocsTable', () => {
  afterEach(() => i18n.set('en'));

  it('shows the blocs by name and size, with counts per pair', () => {
    setup();
    const table = screen.getByRole('table', { name: 'Blocs' });
    expect(within(table).getByRole('rowheader', { name: 'Bloc of A (3 actors)' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Bloc of D' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: '3 cooperative relations between Bloc of A and Bloc of A' }),
    ).toHaveTextContent('3');
    expect(
      screen.getByRole('button', { name: '2 hostile relations between Bloc of A and Bloc of D' }),
    ).toHaveTextContent('2');
    expect(
      screen.getByRole('button', { name: '0 cooperative relations between Bloc of A and Bloc of D' }),
    ).toBeDisabled();
  });

  it('lists the relations of a cell when it is chosen', async () => {
    const { user, onSelectRelations } = setup();
    await user.click(screen.getByRole('button', { name: '2 hostile relations between Bloc of A and Bloc of D' }));
    expect(onSelectRelations).toHaveBeenCalledExactlyOnceWith(['x1', 'x2']);
    await user.click(screen.getByRole('button', { name: '1 cooperative relation between Bloc of D and Bloc of D' }));
    expect(onSelectRelations).toHaveBeenLastCalledWith(['de']);
  });

  it('counts only visible relations, in Spanish', () => {
    i18n.set('es');
    setup(new Set(['ab', 'x1']));
    expect(screen.getByRole('table', { name: 'Bloques' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '1 relación hostil entre Bloque de A y Bloque de D' })).toBeEnabled();
    expect(
      screen.getByRole('button', { name: '1 relación de cooperación entre Bloque de A y Bloque de A' }),
    ).toBeEnabled();
  });

  it('says when there are no blocs', () => {
    const onSelectRelations = vi.fn();
    render(BlocsTable, { matrix: { blocs: [], cells: [], omitted: 0 }, onSelectRelations });
    expect(screen.getByText('No blocs: the network has no cooperative relations')).toBeInTheDocument();
  });
});
