import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import EvidenceSearch from '../../src/components/panels/EvidenceSearch.svelte';
import type { NetworkActor, NetworkRelation } from '../../src/lib/data/network';
import type { SourceDocument } from '../../src/lib/data/schema';

const DOCUMENTS: SourceDocument[] = [
  {
    id: 'doc-en',
    title: 'Trump and Petro',
    publisher: 'Test Press',
    published: '2025-10',
    language: 'en',
    file: 'sources/doc-en.txt',
  },
  {
    id: 'doc-es',
    title: 'La crisis',
    publisher: 'Prensa',
    published: '2025-10',
    language: 'es',
    file: 'sources/doc-es.txt',
  },
];

const ACTORS: NetworkActor[] = [
  { id: 'donald-trump', label: 'Donald Trump', kind: 'person', aliases: [], description: 'A president.' },
  { id: 'gustavo-petro', label: 'Gustavo Petro', kind: 'person', aliases: [], description: 'A president.' },
];

const RELATIONS: NetworkRelation[] = [
  {
    id: 'trump-revoked-visa',
    source: 'donald-trump',
    target: 'gustavo-petro',
    type: 'sanctioned',
    summary: 'Trump revoked Petro’s visa.',
    evidence: [{ document: 'doc-en', quote: 'The United States revoked his visa after the rally.' }],
  },
  {
    id: 'petro-lost-visas',
    source: 'gustavo-petro',
    target: 'donald-trump',
    type: 'criticized',
    evidence: [{ document: 'doc-es', quote: 'Petro dijo en Bogotá que las visas no le importan.' }],
  },
  {
    id: 'trump-met-petro',
    source: 'donald-trump',
    target: 'gustavo-petro',
    type: 'met',
    evidence: [{ document: 'doc-en', quote: 'Trump met Petro at the White House in February.' }],
  },
];

const LABELS: Record<string, string> = {
  'trump-revoked-visa': 'Trump → Petro: revoked visa',
  'petro-lost-visas': 'Petro → Trump: criticised',
  'trump-met-petro': 'Trump — Petro: met',
};

const idOf = (element: HTMLElement) => Object.keys(LABELS).find((id) => element.textContent?.includes(LABELS[id]));

function setup() {
  const onOpenRelation = vi.fn();
  const user = userEvent.setup();
  const view = render(EvidenceSearch, {
    relations: RELATIONS,
    actors: ACTORS,
    documents: DOCUMENTS,
    relationLabel: (id: string) => LABELS[id] ?? id,
    onOpenRelation,
  });
  return { onOpenRelation, user, view };
}

describe('EvidenceSearch', () => {
  afterEach(() => i18n.set('en'));

  it('lists the relations found, with the matching words marked in their document’s language', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox', { name: 'Search evidence' }), 'visa');
    const list = await screen.findByRole('list', { name: 'Relations with matching evidence' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Trump → Petro: revoked visa');
    expect(items[1]).toHaveTextContent('Petro → Trump: criticised');
    expect([...list.querySelectorAll('mark')].map((mark) => mark.textContent).sort()).toEqual([
      'visa',
      'visa',
      'visas',
    ]);
    const spanish = [...items[1].querySelectorAll('mark')][0].parentElement;
    expect(spanish).toHaveAttribute('lang', 'es');
    expect(spanish).toHaveTextContent('Petro dijo en Bogotá que las visas no le importan.');
    expect(items[1]).toHaveTextContent('Quote');
    expect(screen.getByRole('status')).toHaveTextContent('2 relations found');
  });

  it('finds without accents, and says one relation in the singular', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox'), 'bogota');
    expect(await screen.findByText('Bogotá', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 relation found');
  });

  it('says when nothing matches, quoting what was typed', async () => {
    const { user } = setup();
    await user.type(screen.getByRole('searchbox'), 'xyz');
    expect(await screen.findByText('No evidence matches “xyz”')).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });

  it('opens a relation on click, and with Enter after ArrowDown from the field', async () => {
    const { user, onOpenRelation } = setup();
    const input = screen.getByRole('searchbox');
    await user.type(input, 'petro');
    const buttons = await screen.findAllByRole('button');
    expect(buttons).toHaveLength(3);
    await user.click(buttons[2]);
    expect(onOpenRelation).toHaveBeenCalledExactlyOnceWith(idOf(buttons[2]));

    onOpenRelation.mockClear();
    input.focus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(buttons[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onOpenRelation).toHaveBeenCalledExactlyOnceWith(idOf(buttons[1]));
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(input).toHaveFocus();
  });

  it('searches the new network when the relations change', async () => {
    const { user, view } = setup();
    await user.type(screen.getByRole('searchbox'), 'february');
    expect(await screen.findByText('1 relation found')).toBeInTheDocument();
    await view.rerender({ relations: RELATIONS.filter((relation) => relation.id !== 'trump-met-petro') });
    expect(await screen.findByText('No evidence matches “february”')).toBeInTheDocument();
  });

  it('speaks Spanish: its name, the count and the no-match message', async () => {
    i18n.set('es');
    const { user } = setup();
    const input = screen.getByRole('searchbox', { name: 'Buscar en la evidencia' });
    await user.type(input, 'visa');
    expect(await screen.findByText('2 relaciones encontradas')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Relaciones con evidencia que coincide' })).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, 'xyz');
    expect(await screen.findByText('Ninguna evidencia coincide con «xyz»')).toBeInTheDocument();
  });
});
