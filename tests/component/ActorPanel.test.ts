import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { tick } from 'svelte';
import ActorPanel, { type ActorRelationItem } from '../../src/components/details/ActorPanel.svelte';
import type { NetworkActor as Actor } from '../../src/lib/data/network';
import { i18n } from '../../src/lib/i18n/locale.svelte';

const PETRO: Actor = {
  id: 'gustavo-petro',
  label: 'Gustavo Petro',
  kind: 'person',
  country: 'CO',
  aliases: ['Petro', 'Gustavo Francisco Petro Urrego'],
  description: 'President of Colombia since 2022.',
};

function item(partial: Partial<ActorRelationItem> & Pick<ActorRelationItem, 'id'>): ActorRelationItem {
  return {
    relation: 'sanctioned',
    relationLabel: 'Sanctioned',
    color: '#882255',
    directed: true,
    outgoing: false,
    counterpartId: 'united-states',
    counterpartLabel: 'United States',
    dateLabel: '',
    sortTime: null,
    ...partial,
  };
}

const RELATIONS: ActorRelationItem[] = [
  item({ id: 'us-sanctioned-petro', dateLabel: 'October 2025', sortTime: Date.UTC(2025, 9, 1) }),
  item({ id: 'treasury-sanctioned-petro', counterpartId: 'us-treasury', counterpartLabel: 'US Treasury' }),
  item({
    id: 'trump-sanctioned-petro',
    counterpartId: 'donald-trump',
    counterpartLabel: 'Donald Trump',
    dateLabel: '24 October 2025',
    sortTime: Date.UTC(2025, 9, 24),
  }),
  item({
    id: 'petro-met-trump',
    relation: 'met',
    relationLabel: 'Met',
    color: '#88CCEE',
    directed: false,
    counterpartId: 'donald-trump',
    counterpartLabel: 'Donald Trump',
    dateLabel: '3 February 2026',
    sortTime: Date.UTC(2026, 1, 3),
  }),
  item({
    id: 'petro-criticized-trump',
    relation: 'criticized',
    relationLabel: 'Criticized',
    color: '#E69F00',
    outgoing: true,
    counterpartId: 'donald-trump',
    counterpartLabel: 'Donald Trump',
    dateLabel: '2025',
    sortTime: Date.UTC(2025, 0, 1),
  }),
];

function setup(relations: ActorRelationItem[] = RELATIONS, actor: Actor = PETRO) {
  const onSelectRelation = vi.fn();
  const onSelectActor = vi.fn();
  const onClose = vi.fn();
  const user = userEvent.setup();
  render(ActorPanel, {
    actor,
    kindLabel: 'Person',
    kindColor: '#4477AA',
    relations,
    onSelectRelation,
    onSelectActor,
    onClose,
  });
  // "Actor" in both languages.
  const panel = screen.getByRole('region', { name: 'Actor' });
  return { onSelectRelation, onSelectActor, onClose, user, panel };
}

describe('ActorPanel', () => {
  afterEach(() => i18n.set('en'));

  it('introduces the actor: name, kind, country, description and aliases', () => {
    const { panel } = setup();
    expect(within(panel).getByRole('heading', { name: 'Gustavo Petro' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('Person · Colombia');
    expect(panel).toHaveTextContent('President of Colombia since 2022.');
    expect(panel).toHaveTextContent('Also called: Petro, Gustavo Francisco Petro Urrego');
    expect(panel).toHaveTextContent('Relations (5)');
  });

  it('counts a single relation in the singular', () => {
    const { panel } = setup(RELATIONS.slice(3, 4));
    expect(panel).toHaveTextContent('Relation (1)');
    expect(panel).not.toHaveTextContent('Relations');
  });

  it('leaves out country and aliases when the actor has none', () => {
    const { panel } = setup(RELATIONS, { ...PETRO, country: undefined, aliases: [] });
    expect(panel).toHaveTextContent('Person');
    expect(panel).not.toHaveTextContent('Person · Colombia');
    expect(panel).not.toHaveTextContent('Also called');
  });

  it('groups relations by type, in vocabulary order, with counts', () => {
    setup();
    const groupHeadings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent?.trim());
    expect(groupHeadings).toEqual(['Met (1)', 'Criticized (1)', 'Sanctioned (3)']);
    expect(screen.getByRole('list', { name: 'Sanctioned (3)' })).toBeInTheDocument();
  });

  it('sorts each group newest first, undated last, and words the direction', () => {
    setup();
    const sanctioned = screen.getByRole('list', { name: 'Sanctioned (3)' });
    const lines = within(sanctioned)
      .getAllByRole('button')
      .filter((button) => !button.getAttribute('aria-label'))
      .map((button) => button.textContent?.replace(/\s+/g, ' ').trim());
    expect(lines).toEqual(['← Donald Trump 24 October 2025', '← United States October 2025', '← US Treasury']);

    expect(within(screen.getByRole('list', { name: 'Criticized (1)' })).getAllByRole('button')[0]).toHaveTextContent(
      '→ Donald Trump',
    );
    expect(within(screen.getByRole('list', { name: 'Met (1)' })).getAllByRole('button')[0]).toHaveTextContent(
      '↔ Donald Trump',
    );
  });

  it('opens a relation from its line and jumps to the counterpart from the small button', async () => {
    const { user, onSelectRelation, onSelectActor } = setup();
    const sanctioned = screen.getByRole('list', { name: 'Sanctioned (3)' });
    await user.click(within(sanctioned).getByRole('button', { name: '← United States October 2025' }));
    expect(onSelectRelation).toHaveBeenCalledWith('us-sanctioned-petro');
    expect(onSelectActor).not.toHaveBeenCalled();

    await user.click(within(sanctioned).getByRole('button', { name: 'Go to US Treasury' }));
    expect(onSelectActor).toHaveBeenCalledWith('us-treasury');
    expect(onSelectRelation).toHaveBeenCalledTimes(1);
  });

  it('is usable with the keyboard', async () => {
    const { user, onSelectRelation } = setup();
    screen.getByRole('button', { name: '↔ Donald Trump 3 February 2026' }).focus();
    await user.keyboard('{Enter}');
    expect(onSelectRelation).toHaveBeenCalledWith('petro-met-trump');
  });

  it('says so when the filters leave no relation', () => {
    const { panel } = setup([]);
    expect(panel).toHaveTextContent('No relations with the current filters');
    expect(screen.queryAllByRole('list')).toHaveLength(0);
  });

  it('closes with its close button', async () => {
    const { user, onClose } = setup();
    await user.click(screen.getByRole('button', { name: 'Close actor panel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  describe('in Spanish', () => {
    const translated: Actor = {
      ...PETRO,
      country: 'US',
      translations: { es: { description: 'Presidente de Colombia desde 2022.' } },
    };

    it('introduces the actor with the Spanish description when the dataset has one', () => {
      i18n.set('es');
      const { panel } = setup(RELATIONS, translated);
      expect(panel).toHaveTextContent('Person · Estados Unidos');
      expect(panel).toHaveTextContent('Presidente de Colombia desde 2022.');
      expect(panel).not.toHaveTextContent('President of Colombia since 2022.');
      expect(panel).toHaveTextContent('Otros nombres: Petro, Gustavo Francisco Petro Urrego');
      expect(panel).toHaveTextContent('Relaciones (5)');
    });

    it('keeps the description as written when it has no translation', () => {
      i18n.set('es');
      const { panel } = setup();
      expect(panel).toHaveTextContent('President of Colombia since 2022.');
    });

    it('names its buttons in Spanish', async () => {
      i18n.set('es');
      const { user, onSelectActor, onClose } = setup();
      await user.click(screen.getByRole('button', { name: 'Ir a US Treasury' }));
      expect(onSelectActor).toHaveBeenCalledWith('us-treasury');
      await user.click(screen.getByRole('button', { name: 'Cerrar panel del actor' }));
      expect(onClose).toHaveBeenCalledTimes(1);
    });

    it('says so in Spanish when the filters leave no relation', () => {
      i18n.set('es');
      const { panel } = setup([]);
      expect(panel).toHaveTextContent('Relaciones (0)');
      expect(panel).toHaveTextContent('No hay relaciones con los filtros actuales');
    });

    it('follows a change of language while open', async () => {
      const { panel } = setup(RELATIONS, translated);
      expect(panel).toHaveTextContent('President of Colombia since 2022.');
      i18n.set('es');
      await tick();
      expect(panel).toHaveTextContent('Presidente de Colombia desde 2022.');
      expect(panel).toHaveTextContent('Relaciones (5)');
    });
  });
});
