/**
 * The legend is generated from the appearance: its headings name what colours and sizes the
 * actors and lines, its entries list each category with its colour and visible count, and
 * it says how much of the network is shown — in English and Spanish.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { tick } from 'svelte';
import { render, screen, within } from '@testing-library/svelte';
import Legend from '../../src/components/panels/Legend.svelte';
import { legendCounts, resolveAppearance } from '../../src/lib/appearance';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import { smallDataset } from '../fixtures/small-graph';

const network = smallDataset();
const byKind = resolveAppearance(network, new Map(), { nodeColor: 'kind', nodeSize: 'degree', edgeColor: 'type' });
const everyone = new Set(network.actors.map((a) => a.id));
const allRelations = new Set(network.relations.map((r) => r.id));

function props(visibleActors = 12, visibleRelations = 30, appearance = byKind, nodes = everyone) {
  return {
    spec: appearance.legend,
    counts: legendCounts(appearance, nodes, allRelations),
    visibleActors,
    visibleRelations,
  };
}

afterEach(() => i18n.set('en'));

describe('Legend', () => {
  it('states how much of the network is shown', async () => {
    const { rerender } = render(Legend, props());
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getByText('12 actors · 30 relations shown')).toBeInTheDocument();
    await rerender(props(1, 1));
    expect(within(legend).getByText('1 actor · 1 relation shown')).toBeInTheDocument();
    await rerender(props(5000, 0));
    expect(within(legend).getByText('5,000 actors · 0 relations shown')).toBeInTheDocument();
  });

  it('lists each actor kind with its colour and how many of the visible actors have it', () => {
    render(Legend, props(4, 6, byKind, new Set(['petro', 'trump', 'us', 'eln'])));
    const items = within(screen.getByRole('list', { name: 'Actor colour: Actor kind' })).getAllByRole('listitem');
    const person = items.find((item) => item.textContent?.includes('Person'))!;
    expect(person).toHaveTextContent(/Person\s*2/);
    expect(person.querySelector('.dot')).toHaveStyle({ backgroundColor: '#4477AA' });
    const organization = items.find((item) => item.textContent?.includes('Organization'))!;
    expect(organization).toHaveTextContent(/Organization\s*0/);
    expect(screen.getByRole('list', { name: 'Line colour: Relation type' })).toHaveTextContent(/Sanctioned\s*1/);
  });

  it('follows another colouring: an attribute, with its values as written', () => {
    const withGroups = {
      ...network,
      actors: network.actors.map((a, i) => ({ ...a, attributes: { group: i % 2 ? 'left' : 'right' } })),
    };
    const byGroup = resolveAppearance(withGroups, new Map(), {
      nodeColor: 'attr:group',
      nodeSize: 'degree',
      edgeColor: 'type',
    });
    render(Legend, props(5, 6, byGroup));
    const items = within(screen.getByRole('list', { name: 'Actor colour: group' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['right 3', 'left 2']);
  });

  it('explains size and the shapes of lines', () => {
    render(Legend, props());
    expect(screen.getByRole('heading', { name: 'Actor size: Number of relations' })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Lines: relations' })).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/arrow: one-way relation/i).parentElement!.querySelector('polygon')).not.toBeNull();
  });

  it('speaks Spanish', () => {
    i18n.set('es');
    render(Legend, props(1, 2));
    const legend = screen.getByRole('region', { name: 'Leyenda' });
    expect(within(legend).getByText('1 actor · 2 relaciones mostradas')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Color de los actores: Tipo de actor' })).toHaveTextContent(/Persona/);
    expect(screen.getByRole('list', { name: 'Color de las líneas: Tipo de relación' })).toHaveTextContent(/Sancionó/);
  });
});

describe('Legend: how relations are sourced', () => {
  it('explains dashed and lighter lines with their visible counts, in both languages', async () => {
    const sourcing = { weak: 2, singleDocument: 9, corroborated: 21 };
    render(Legend, { ...props(), sourcing });
    const list = screen.getByRole('list', { name: 'How relations are sourced' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Two or more documents 21',
      'One document only (lighter) 9',
      'Only allegations or denied reports (dashed) 2',
    ]);
    expect(items[2].querySelector('line.dashed')).not.toBeNull();
    expect(items[1].querySelector('line.faint')).not.toBeNull();
    i18n.set('es');
    await tick();
    expect(screen.getByRole('list', { name: 'Cómo se sustentan las relaciones' })).toHaveTextContent(
      'Solo acusaciones o hechos desmentidos (discontinua)',
    );
  });

  it('says nothing of sourcing for a network without evidence', () => {
    render(Legend, props());
    expect(screen.queryByRole('list', { name: 'How relations are sourced' })).toBeNull();
  });
});
