import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import SearchBox from '../../src/components/panels/SearchBox.svelte';
import type { SearchableActor } from '../../src/lib/search/actor-search';

const ACTORS: SearchableActor[] = [
  { id: 'gustavo-petro', label: 'Gustavo Petro', aliases: ['Petro'], kind: 'person' },
  { id: 'francia-marquez', label: 'Francia Márquez', aliases: [], kind: 'person' },
  { id: 'clan-del-golfo', label: 'Clan del Golfo', aliases: ['Gulf Clan'], kind: 'armed-group' },
  { id: 'colombia', label: 'Colombia', aliases: [], kind: 'state' },
  { id: 'conpaz', label: 'Conpaz', aliases: [], kind: 'organization' },
];

function setup(name = 'Search actors') {
  const onChoose = vi.fn();
  const user = userEvent.setup();
  render(SearchBox, { actors: ACTORS, onChoose });
  const input = screen.getByRole('combobox', { name });
  return { onChoose, user, input };
}

describe('SearchBox', () => {
  afterEach(() => i18n.set('en'));

  it('suggests actors ignoring accents and shows the alias that matched, with the kind', async () => {
    const { user, input } = setup();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');

    await user.type(input, 'marquez');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const options = screen.getAllByRole('option');
    expect(options).toHaveLength(1);
    expect(options[0]).toHaveTextContent('Francia Márquez');
    expect(options[0]).toHaveTextContent('Person');

    await user.clear(input);
    await user.type(input, 'gulf');
    expect(screen.getByRole('option')).toHaveTextContent('Clan del Golfo — Gulf Clan');
    expect(screen.getByRole('option')).toHaveTextContent('Armed group');
  });

  it('does not repeat the label as an alias when the label matched', async () => {
    const { user, input } = setup();
    await user.type(input, 'clan del');
    expect(screen.getByRole('option')).toHaveTextContent('Clan del Golfo');
    expect(screen.getByRole('option')).not.toHaveTextContent('—');
  });

  it('moves the active option with the arrows and chooses it with Enter', async () => {
    const { user, input, onChoose } = setup();
    await user.type(input, 'co');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringContaining('Colombia'),
      expect.stringContaining('Conpaz'),
    ]);
    expect(input).not.toHaveAttribute('aria-activedescendant');

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{ArrowUp}');
    expect(input).toHaveAttribute('aria-activedescendant', options[1].id);

    await user.keyboard('{Enter}');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('conpaz');
    expect(input).toHaveValue('Conpaz');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveFocus();
  });

  it('chooses the first option on Enter when none is active', async () => {
    const { user, input, onChoose } = setup();
    await user.type(input, 'petro{Enter}');
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('gustavo-petro');
    expect(input).toHaveValue('Gustavo Petro');
  });

  it('chooses an option on click', async () => {
    const { user, input, onChoose } = setup();
    await user.type(input, 'golfo');
    await user.click(screen.getByRole('option', { name: /Clan del Golfo/ }));
    expect(onChoose).toHaveBeenCalledExactlyOnceWith('clan-del-golfo');
    expect(input).toHaveValue('Clan del Golfo');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('closes on Escape without choosing, and reopens with ArrowDown', async () => {
    const { user, input, onChoose } = setup();
    await user.type(input, 'co');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('co');
    await user.keyboard('{Enter}');
    expect(onChoose).not.toHaveBeenCalled();

    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')).toHaveLength(2);
  });

  it('says so when nothing matches, and not before anything is typed', async () => {
    const { user, input, onChoose } = setup();
    expect(screen.queryByText('No actor matches')).not.toBeInTheDocument();
    await user.type(input, 'zzz');
    expect(screen.getByRole('status')).toHaveTextContent('No actor matches');
    expect(screen.queryByRole('option')).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('speaks Spanish: label, placeholder, list name, kinds and the no-match notice', async () => {
    i18n.set('es');
    const { user, input, onChoose } = setup('Buscar actores');
    expect(input).toHaveAttribute('placeholder', 'Nombre o alias');
    await user.type(input, 'golfo');
    expect(screen.getByRole('listbox', { name: 'Actores que coinciden' })).toBeInTheDocument();
    expect(screen.getByRole('option')).toHaveTextContent('Clan del Golfo');
    expect(screen.getByRole('option')).toHaveTextContent('Grupo armado');
    await user.clear(input);
    await user.type(input, 'zzz');
    expect(screen.getByRole('status')).toHaveTextContent('Ningún actor coincide');
    await user.keyboard('{Enter}');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('follows a change of language while shown', async () => {
    const { user, input } = setup();
    await user.type(input, 'marquez');
    i18n.set('es');
    await tick();
    expect(screen.getByRole('combobox', { name: 'Buscar actores' })).toBe(input);
    expect(screen.getByRole('option')).toHaveTextContent('Persona');
  });
});
