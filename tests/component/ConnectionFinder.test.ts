/**
 * The connection finder as a user meets it: choosing both actors through the comboboxes,
 * the options handed to `onFind`, the chains with their quotes and buttons, the copied
 * citations, and the wording of no connection and of what would open one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import ConnectionFinder from '../../src/components/connection/ConnectionFinder.svelte';
import { buildGraph } from '../../src/lib/graph/build-graph';
import { indexDataset } from '../../src/lib/graph/dataset-index';
import { findConnections, type BlockingConstraint, type ConnectionResult } from '../../src/lib/analysis/paths';
import { smallDataset } from '../fixtures/small-graph';

const data = smallDataset();
const index = indexDataset(data);
const graph = buildGraph(data);
const ANY = { polarity: 'any', respectTimeOrder: false, allowUndated: true } as const;

type Explanation = { connected: boolean; openedBy: BlockingConstraint[] };

function setup(result: ConnectionResult | null = null, explanation: Explanation | null = null) {
  const callbacks = {
    onFind: vi.fn(),
    onShowInSource: vi.fn(),
    onSelectRelation: vi.fn(),
    onCopy: vi.fn(),
  };
  const user = userEvent.setup();
  const view = render(ConnectionFinder, {
    actors: data.actors,
    relations: index.relations,
    documents: index.documents,
    result,
    explanation,
    permalink: (id: string) => `https://example.org/#relation=${id}`,
    ...callbacks,
  });
  return { ...callbacks, user, view };
}

/** The live region with the search's outcome (each combobox has its own, empty one). */
const outcome = () => screen.getAllByRole('status').find((status) => status.textContent?.trim() !== '');

describe('ConnectionFinder', () => {
  afterEach(() => i18n.set('en'));

  it('chooses both actors and the options, then asks to find connections', async () => {
    const { user, onFind } = setup();
    const region = screen.getByRole('region', { name: 'Connection' });
    const find = within(region).getByRole('button', { name: 'Find connections' });
    expect(find).toBeDisabled();
    await user.type(screen.getByRole('combobox', { name: 'From actor' }), 'eln{Enter}');
    await user.type(screen.getByRole('combobox', { name: 'To actor' }), 'trump');
    expect(screen.getAllByRole('option')[0]).toHaveTextContent('Donald Trump');
    await user.keyboard('{ArrowDown}{Enter}');
    await user.click(screen.getByRole('checkbox', { name: 'Only hostile' }));
    await user.click(screen.getByRole('checkbox', { name: 'Respect time order' }));
    await user.click(screen.getByRole('checkbox', { name: 'Allow undated steps' }));
    await user.click(find);
    expect(onFind).toHaveBeenCalledWith('eln', 'trump', {
      polarity: 'hostile',
      respectTimeOrder: true,
      allowUndated: false,
    });
  });

  it('lists chains with every relation of a hop, its quotes, and copies them as citations', async () => {
    const result = findConnections({ graph, relations: index.relations, from: 'eln', to: 'trump' }, null, ANY);
    const { user, onShowInSource, onSelectRelation, onCopy } = setup(result);
    const chains = screen.getByRole('list', { name: 'Connections found' });
    const first = within(chains).getByRole('listitem', { name: 'Connection in 2 steps' });
    expect(first).toHaveTextContent('ELN — Gustavo Petro — Donald Trump');
    expect(within(first).getByRole('button', { name: 'Donald Trump → Gustavo Petro: Accused' })).toBeInTheDocument();
    expect(first).toHaveTextContent('February 3, 2026');
    expect(first.querySelectorAll('blockquote')).toHaveLength(4);
    await user.click(within(first).getAllByRole('button', { name: 'Show in source' })[0]);
    expect(onShowInSource).toHaveBeenCalledWith('r5', 0);
    await user.click(within(first).getByRole('button', { name: 'Gustavo Petro ↔ ELN: Negotiated' }));
    expect(onSelectRelation).toHaveBeenCalledWith('r5');
    await user.click(within(first).getByRole('button', { name: 'Copy as citations' }));
    const text = onCopy.mock.calls[0][0] as string;
    expect(text.split('\n')).toHaveLength(4);
    expect(text.split('\n')[0]).toBe(
      'Gustavo Petro ↔ ELN: Negotiated, 2022. “a quote long enough to count” — D. https://example.org/#relation=r5',
    );
  });

  it('says when nothing links the pair and which constraint would open a connection', () => {
    const empty: ConnectionResult = { paths: [], shortestLength: null, truncated: false, steps: 0 };
    const { view } = setup(empty, { connected: true, openedBy: ['time-window', 'polarity'] });
    expect(outcome()).toHaveTextContent(
      'No connection between these actors in at most 4 steps. One would appear without the time window or the polarity option.',
    );
    view.unmount();
    setup({ ...empty, truncated: true });
    expect(
      screen.getByText('The search stopped at its work limit; there may be more connections.'),
    ).toBeInTheDocument();
    cleanup();
    i18n.set('es');
    setup(empty, { connected: false, openedBy: [] });
    expect(outcome()).toHaveTextContent('No están conectados en esta red.');
  });

  it('cites a relation without evidence by its words and permalink alone', async () => {
    const bare = new Map(index.relations);
    bare.set('r5', { ...index.relations.get('r5')!, evidence: [] });
    const result = findConnections({ graph, relations: bare, from: 'eln', to: 'petro' }, null, ANY);
    const onCopy = vi.fn();
    const user = userEvent.setup();
    render(ConnectionFinder, {
      actors: data.actors,
      relations: bare,
      documents: index.documents,
      result,
      explanation: null,
      permalink: (id: string) => `#${id}`,
      onFind: vi.fn(),
      onShowInSource: vi.fn(),
      onSelectRelation: vi.fn(),
      onCopy,
    });
    await user.click(screen.getByRole('button', { name: 'Copy as citations' }));
    expect(onCopy).toHaveBeenCalledWith('Gustavo Petro ↔ ELN: Negotiated, 2022. #r5');
  });
});
