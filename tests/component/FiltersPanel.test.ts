import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import FiltersPanel, {
  type KindOption,
  type RelationTypeOption,
} from '../../src/components/panels/FiltersPanel.svelte';

const RELATION_TYPES: RelationTypeOption[] = [
  {
    id: 'allied',
    label: 'Allied',
    description: 'Standing alliance.',
    color: '#009E73',
    group: 'cooperative',
    directed: false,
    count: 3,
  },
  {
    id: 'supported',
    label: 'Supported',
    description: 'Backing given.',
    color: '#56B4E9',
    group: 'cooperative',
    directed: true,
    count: 1,
  },
  {
    id: 'sanctioned',
    label: 'Sanctioned',
    description: 'Sanctions or tariffs.',
    color: '#882255',
    group: 'hostile',
    directed: true,
    count: 12,
  },
  {
    id: 'attacked',
    label: 'Attacked',
    description: 'Armed action.',
    color: '#CC3311',
    group: 'hostile',
    directed: true,
    count: 0,
  },
  {
    id: 'trade-deal',
    label: 'Trade deal',
    description: 'Imported type.',
    color: '#123456',
    group: 'other',
    directed: false,
    count: 4,
  },
];

const KINDS: KindOption[] = [
  { id: 'person', label: 'Person', color: '#4477AA', count: 40 },
  { id: 'armed-group', label: 'Armed group', color: '#EE6677', count: 7 },
];

function setup(
  overrides: Partial<{ hiddenRelations: Set<string>; hiddenKinds: Set<string>; hideIsolated: boolean }> = {},
) {
  const callbacks = { onSetRelations: vi.fn(), onSetKinds: vi.fn(), onHideIsolatedChange: vi.fn() };
  const user = userEvent.setup();
  render(FiltersPanel, {
    relationTypes: RELATION_TYPES,
    hiddenRelations: overrides.hiddenRelations ?? new Set(['sanctioned']),
    kinds: KINDS,
    hiddenKinds: overrides.hiddenKinds ?? new Set(['armed-group']),
    hideIsolated: overrides.hideIsolated ?? false,
    ...callbacks,
  });
  return { user, ...callbacks };
}

describe('FiltersPanel', () => {
  afterEach(() => i18n.set('en'));

  it('groups relation types by group, in order of first appearance, with readable headings', () => {
    setup();
    const relations = screen.getByRole('group', { name: 'Relation types' });
    const groups = within(relations).getAllByRole('group');
    expect(groups.map((group) => within(group).getByRole('heading').textContent)).toEqual([
      'Cooperative',
      'Hostile',
      'Other',
    ]);
    expect(
      within(groups[0])
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('aria-describedby')),
    ).toHaveLength(2);
    expect(within(groups[1]).getByRole('checkbox', { name: 'Sanctioned' })).toBeInTheDocument();
  });

  it('names each checkbox by its label alone, checked when visible, with count and description', () => {
    setup();
    const sanctioned = screen.getByRole('checkbox', { name: 'Sanctioned' });
    expect(sanctioned).not.toBeChecked();
    expect(sanctioned).toHaveAccessibleDescription(/^12 relations\b.*Sanctions or tariffs\./);
    expect(screen.getByRole('checkbox', { name: 'Allied' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Supported' })).toHaveAccessibleDescription(/^1 relation\b/);
    // The count is shown to sighted users too.
    expect(sanctioned.closest('li')).toHaveTextContent(/Sanctioned\s*12/);
    expect(sanctioned.closest('li')).toHaveAttribute('title', 'Sanctions or tariffs.');
  });

  it('draws an arrow only for directed types', () => {
    setup();
    const swatch = (name: string) => screen.getByRole('checkbox', { name }).closest('label')!.querySelector('svg')!;
    expect(swatch('Supported').querySelector('polygon')).toHaveAttribute('fill', '#56B4E9');
    expect(swatch('Allied').querySelector('polygon')).toBeNull();
    expect(swatch('Allied').querySelector('line')).toHaveAttribute('stroke', '#009E73');
  });

  it('reports a single type switched on or off', async () => {
    const { user, onSetRelations } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Sanctioned' }));
    expect(onSetRelations).toHaveBeenLastCalledWith(['sanctioned'], true);
    await user.click(screen.getByRole('checkbox', { name: 'Allied' }));
    expect(onSetRelations).toHaveBeenLastCalledWith(['allied'], false);
    expect(onSetRelations).toHaveBeenCalledTimes(2);
  });

  it('shows or hides a whole group with All and None, named from the visible word', async () => {
    const { user, onSetRelations } = setup();
    await user.click(screen.getByRole('button', { name: 'None of the cooperative types' }));
    expect(onSetRelations).toHaveBeenLastCalledWith(['allied', 'supported'], false);
    await user.click(screen.getByRole('button', { name: 'All hostile types' }));
    expect(onSetRelations).toHaveBeenLastCalledWith(['sanctioned', 'attacked'], true);
    await user.click(screen.getByRole('button', { name: 'All other types' }));
    expect(onSetRelations).toHaveBeenLastCalledWith(['trade-deal'], true);
    // Each accessible name starts with the visible word (axe: label-content-name-mismatch).
    expect(screen.getAllByRole('button', { name: /^All / }).map((b) => b.textContent)).toEqual(['All', 'All', 'All']);
    expect(screen.getAllByRole('button', { name: /^None / }).map((b) => b.textContent)).toEqual([
      'None',
      'None',
      'None',
    ]);
  });

  it('lists actor kinds with counts and reports changes', async () => {
    const { user, onSetKinds } = setup();
    const kinds = screen.getByRole('group', { name: 'Actor kinds' });
    const person = within(kinds).getByRole('checkbox', { name: 'Person' });
    const armed = within(kinds).getByRole('checkbox', { name: 'Armed group' });
    expect(person).toBeChecked();
    expect(armed).not.toBeChecked();
    expect(person).toHaveAccessibleDescription('40 actors');
    expect(person.closest('li')).toHaveTextContent(/Person\s*40/);
    expect(person.closest('label')!.querySelector('.dot-swatch')).toHaveStyle({ backgroundColor: '#4477AA' });

    await user.click(armed);
    expect(onSetKinds).toHaveBeenLastCalledWith(['armed-group'], true);
    await user.click(person);
    expect(onSetKinds).toHaveBeenLastCalledWith(['person'], false);
  });

  it('reports the hide-isolated switch', async () => {
    const { user, onHideIsolatedChange } = setup({ hideIsolated: true });
    const isolated = screen.getByRole('checkbox', { name: 'Hide actors left without relations' });
    expect(isolated).toBeChecked();
    await user.click(isolated);
    expect(onHideIsolatedChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('follows new hidden sets from the owner', async () => {
    const callbacks = { onSetRelations: vi.fn(), onSetKinds: vi.fn(), onHideIsolatedChange: vi.fn() };
    const props = {
      relationTypes: RELATION_TYPES,
      hiddenRelations: new Set<string>(),
      kinds: KINDS,
      hiddenKinds: new Set<string>(),
      hideIsolated: false,
      ...callbacks,
    };
    const { rerender } = render(FiltersPanel, props);
    expect(screen.getByRole('checkbox', { name: 'Attacked' })).toBeChecked();
    await rerender({ ...props, hiddenRelations: new Set(['attacked']), hiddenKinds: new Set(['person']) });
    expect(screen.getByRole('checkbox', { name: 'Attacked' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Person' })).not.toBeChecked();
  });

  it('speaks Spanish: legends, headings, buttons, counts and the isolated switch', async () => {
    i18n.set('es');
    const { user, onSetRelations } = setup();
    const relations = screen.getByRole('group', { name: 'Tipos de relación' });
    const groups = within(relations).getAllByRole('group');
    expect(groups.map((group) => within(group).getByRole('heading').textContent)).toEqual([
      'Cooperación',
      'Hostilidad',
      'Otras',
    ]);
    const none = within(groups[0]).getByRole('button', { name: 'Ninguno: cooperación' });
    expect(none).toHaveTextContent('Ninguno');
    await user.click(none);
    expect(onSetRelations).toHaveBeenLastCalledWith(['allied', 'supported'], false);
    expect(within(groups[1]).getByRole('button', { name: 'Todos: hostilidad' })).toHaveTextContent('Todos');
    // Option labels and descriptions arrive already worded; the counts are the panel's.
    expect(screen.getByRole('checkbox', { name: 'Sanctioned' })).toHaveAccessibleDescription(
      /^12 relaciones\. Sanctions or tariffs\./,
    );
    expect(screen.getByRole('checkbox', { name: 'Supported' })).toHaveAccessibleDescription(/^1 relación\./);
    const kinds = screen.getByRole('group', { name: 'Tipos de actor' });
    expect(within(kinds).getByRole('checkbox', { name: 'Person' })).toHaveAccessibleDescription('40 actores');
    expect(screen.getByRole('checkbox', { name: 'Ocultar actores sin relaciones' })).not.toBeChecked();
  });

  it('follows a change of language while shown', async () => {
    setup();
    expect(screen.getByRole('group', { name: 'Relation types' })).toBeInTheDocument();
    i18n.set('es');
    await tick();
    expect(screen.getByRole('group', { name: 'Tipos de relación' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Todos: cooperación' })).toBeInTheDocument();
  });
});
