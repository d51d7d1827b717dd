import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import Legend from '../../src/components/panels/Legend.svelte';
import type { KindOption } from '../../src/components/panels/FiltersPanel.svelte';

const KINDS: KindOption[] = [
  { id: 'person', label: 'Person', color: '#4477AA', count: 40 },
  { id: 'armed-group', label: 'Armed group', color: '#EE6677', count: 0 },
];

describe('Legend', () => {
  it('states how much of the network is shown', async () => {
    const { rerender } = render(Legend, { kinds: KINDS, visibleActors: 12, visibleRelations: 30 });
    const legend = screen.getByRole('region', { name: 'Legend' });
    expect(within(legend).getByText('12 actors · 30 relations shown')).toBeInTheDocument();

    await rerender({ kinds: KINDS, visibleActors: 1, visibleRelations: 1 });
    expect(within(legend).getByText('1 actor · 1 relation shown')).toBeInTheDocument();

    await rerender({ kinds: KINDS, visibleActors: 5000, visibleRelations: 0 });
    expect(within(legend).getByText('5,000 actors · 0 relations shown')).toBeInTheDocument();
  });

  it('explains node colour with a swatch, label and visible count per kind', () => {
    render(Legend, { kinds: KINDS, visibleActors: 40, visibleRelations: 3 });
    const items = within(screen.getByRole('list', { name: 'Node colour: actor kind' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const person = items.find((item) => item.textContent?.includes('Person'))!;
    expect(person).toHaveTextContent(/Person\s*40/);
    expect(person.querySelector('.dot')).toHaveStyle({ backgroundColor: '#4477AA' });
    const armed = items.find((item) => item.textContent?.includes('Armed group'))!;
    expect(armed).toHaveTextContent(/Armed group\s*0/);
  });

  it('explains node size and the shapes of lines', () => {
    render(Legend, { kinds: KINDS, visibleActors: 40, visibleRelations: 3 });
    expect(screen.getByRole('heading', { name: /size.*number of relations/i })).toBeInTheDocument();
    expect(screen.getByText('fewer relations')).toBeInTheDocument();
    expect(screen.getByText('more relations')).toBeInTheDocument();
    const sizes = screen.getByText('fewer relations').parentElement!.querySelectorAll('circle');
    const radii = [...sizes].map((circle) => Number(circle.getAttribute('r')));
    expect(radii.length).toBeGreaterThanOrEqual(2);
    expect(radii).toEqual([...radii].sort((a, b) => a - b));

    expect(within(screen.getByRole('list', { name: 'Lines: relations' })).getAllByRole('listitem')).toHaveLength(3);
    expect(screen.getByText(/arrow: one-way relation/i).parentElement!.querySelector('polygon')).not.toBeNull();
    expect(screen.getByText(/without arrow: mutual relation/i).parentElement!.querySelector('polygon')).toBeNull();
    expect(
      screen.getByText(/several relations between the same pair/i).parentElement!.querySelectorAll('path'),
    ).toHaveLength(2);
    expect(
      screen.getByText(/several relations between the same pair/i).parentElement!.querySelectorAll('line'),
    ).toHaveLength(1);
  });
});
