/**
 * The coding desk's thin components: the suggestions table (its caption, columns and the
 * buttons that decide a row), the form that codes one relation (labelled fields, the
 * quote shown but never typed, problems in an alert) and the workspace bar (discarding
 * only after asking). In English, with one Spanish check each.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import RelationForm from '../../src/components/desk/RelationForm.svelte';
import SuggestionsTable from '../../src/components/desk/SuggestionsTable.svelte';
import WorkspaceBar from '../../src/components/desk/WorkspaceBar.svelte';
import type { RelationDraft } from '../../src/lib/desk/draft';
import type { SuggestionRow } from '../../src/lib/desk/suggestion-rows';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import { emptyWorkspace } from '../../src/lib/workspace/workspace';

afterEach(() => i18n.set('en'));

const ROWS: SuggestionRow[] = [
  {
    id: 's-1',
    sourceLabel: 'Donald Trump',
    relationLabel: 'Sanctioned',
    targetLabel: 'Gustavo Petro',
    dateLabel: 'October 2025',
    claimLabel: 'Reported by the source',
    sentence: 'Trump imposed sanctions on Petro in October.',
    summary: 'Donald Trump → Gustavo Petro: Sanctioned',
    decision: null,
    language: 'en',
  },
  {
    id: 's-2',
    sourceLabel: 'Gustavo Petro',
    relationLabel: 'Accused',
    targetLabel: 'Donald Trump',
    dateLabel: 'undated',
    claimLabel: 'Attributed to Gustavo Petro',
    sentence: 'Petro accused Trump of lying.',
    summary: 'Gustavo Petro → Donald Trump: Accused',
    decision: 'accepted',
    language: 'en',
  },
];

describe('SuggestionsTable', () => {
  function setup(rows: readonly SuggestionRow[] = ROWS) {
    const callbacks = {
      onAccept: vi.fn(),
      onEdit: vi.fn(),
      onReject: vi.fn(),
      onUndo: vi.fn(),
      onShow: vi.fn(),
    };
    render(SuggestionsTable, { rows, ...callbacks });
    return { ...callbacks, user: userEvent.setup() };
  }

  it('is a table captioned "Suggestions" with the six columns and a decision column', () => {
    setup();
    const table = screen.getByRole('table', { name: /^Suggestions/ });
    expect(table.querySelector('caption')).toHaveTextContent('Suggestions 2 suggestions');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.trim()),
    ).toEqual(['Source', 'Relation', 'Target', 'Date', 'Claim', 'Sentence', 'Decision']);
    const [, first] = within(table).getAllByRole('row');
    const cells = within(first).getAllByRole('cell');
    expect(cells.slice(0, 6).map((td) => td.textContent?.trim())).toEqual([
      'Donald Trump',
      'Sanctioned',
      'Gustavo Petro',
      'October 2025',
      'Reported by the source',
      'Trump imposed sanctions on Petro in October.',
    ]);
    expect(
      within(cells[6])
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Accept', 'Edit', 'Reject']);
  });

  it('calls back with the row’s id from Accept, Edit, Reject and the sentence', async () => {
    const { user, onAccept, onEdit, onReject, onShow } = setup();
    await user.click(screen.getByRole('button', { name: 'Accept Donald Trump → Gustavo Petro: Sanctioned' }));
    expect(onAccept).toHaveBeenCalledWith('s-1');
    await user.click(screen.getByRole('button', { name: 'Edit Donald Trump → Gustavo Petro: Sanctioned' }));
    expect(onEdit).toHaveBeenCalledWith('s-1');
    await user.click(screen.getByRole('button', { name: 'Reject Donald Trump → Gustavo Petro: Sanctioned' }));
    expect(onReject).toHaveBeenCalledWith('s-1');
    await user.click(screen.getByRole('button', { name: 'Trump imposed sanctions on Petro in October.' }));
    expect(onShow).toHaveBeenCalledWith('s-1');
    expect(onAccept).toHaveBeenCalledTimes(1);
  });

  it('shows a decided row’s decision with Undo instead of the buttons', async () => {
    const { user, onUndo } = setup();
    const decided = screen.getByRole('row', { name: /Petro accused Trump/ });
    expect(decided).toHaveTextContent('Accepted');
    expect(within(decided).queryByRole('button', { name: /^Accept/ })).not.toBeInTheDocument();
    expect(within(decided).queryByRole('button', { name: /^Reject/ })).not.toBeInTheDocument();
    await user.click(
      within(decided).getByRole('button', { name: 'Undo the decision on Gustavo Petro → Donald Trump: Accused' }),
    );
    expect(onUndo).toHaveBeenCalledWith('s-2');
  });

  it('says so when there is nothing to suggest', () => {
    setup([]);
    expect(screen.getByRole('table', { name: /^Suggestions/ })).toHaveTextContent(
      'No sentence names two known actors with an act between them.',
    );
  });

  it('speaks Spanish', () => {
    i18n.set('es');
    setup();
    const table = screen.getByRole('table', { name: /^Sugerencias/ });
    expect(within(table).getByRole('columnheader', { name: 'Origen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Aceptar Donald Trump → Gustavo Petro: Sanctioned' })).toHaveTextContent(
      'Aceptar',
    );
    expect(screen.getByRole('row', { name: /Petro accused Trump/ })).toHaveTextContent('Aceptada');
  });
});

describe('RelationForm', () => {
  const TEXT = 'Trump imposed sanctions on Petro in October. Petro called it an aggression.';
  const QUOTE = 'Trump imposed sanctions on Petro in October.';
  const ACTORS = [
    { id: 'donald-trump', label: 'Donald Trump' },
    { id: 'gustavo-petro', label: 'Gustavo Petro' },
  ];
  const DRAFT: RelationDraft = {
    suggestionId: 's-1',
    source: 'donald-trump',
    target: 'gustavo-petro',
    type: 'sanctioned',
    timing: 'act',
    date: '2025-10',
    start: '',
    end: '',
    claim: 'reported',
    speaker: '',
    summaryEn: 'Donald Trump → Gustavo Petro: sanctioned',
    summaryEs: 'Donald Trump → Gustavo Petro: sancionó',
    quote: { start: 0, end: QUOTE.length },
  };

  function setup(props: { draft?: RelationDraft; problems?: string[] } = {}) {
    const callbacks = {
      onChange: vi.fn(),
      onUseSelection: vi.fn(),
      onTrim: vi.fn(),
      onSave: vi.fn(),
      onCancel: vi.fn(),
    };
    render(RelationForm, {
      draft: props.draft ?? DRAFT,
      text: TEXT,
      language: 'en',
      actors: ACTORS,
      problems: props.problems ?? [],
      canUseSelection: false,
      ...callbacks,
    });
    return { ...callbacks, user: userEvent.setup() };
  }

  it('labels every field and shows the draft in them', () => {
    setup();
    const form = screen.getByRole('form', { name: 'Edit the suggested relation' });
    expect(within(form).getByLabelText('Source')).toHaveValue('donald-trump');
    expect(within(form).getByLabelText('Relation')).toHaveValue('sanctioned');
    expect(within(form).getByLabelText('Target')).toHaveValue('gustavo-petro');
    expect(within(form).getByRole('group', { name: 'When' })).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: 'An act (one date)' })).toBeChecked();
    expect(within(form).getByRole('radio', { name: 'A standing tie (start and end)' })).not.toBeChecked();
    expect(within(form).getByLabelText('Date')).toHaveValue('2025-10');
    expect(within(form).getByLabelText('Claim')).toHaveValue('reported');
    expect(within(form).getByLabelText('Speaker')).toHaveValue('');
    expect(within(form).getByLabelText('Summary (English)')).toHaveValue(DRAFT.summaryEn);
    expect(within(form).getByLabelText('Summary (Spanish)')).toHaveValue(DRAFT.summaryEs);
  });

  it('shows the quote from the article, read-only', () => {
    setup();
    const quote = screen.getByText(QUOTE);
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(quote).toHaveAccessibleName('Quote (select it in the article)');
    expect(quote).not.toHaveAttribute('contenteditable');
    for (const box of screen.getAllByRole('textbox')) expect(box).not.toHaveValue(QUOTE);
    expect(screen.getByRole('button', { name: 'Use the selected passage' })).toBeDisabled();
  });

  it('calls back on Save, Cancel, trimming and a changed field', async () => {
    const { user, onSave, onCancel, onTrim, onChange } = setup();
    await user.click(screen.getByRole('button', { name: 'Save relation' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Drop the last word' }));
    expect(onTrim).toHaveBeenCalledWith('end');
    await user.selectOptions(screen.getByLabelText('Speaker'), 'gustavo-petro');
    expect(onChange).toHaveBeenLastCalledWith({ ...DRAFT, speaker: 'gustavo-petro' });
    await user.click(screen.getByRole('radio', { name: 'A standing tie (start and end)' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DRAFT, timing: 'tie' });
  });

  it('asks for start and end for a standing tie', () => {
    setup({ draft: { ...DRAFT, suggestionId: null, timing: 'tie', date: '', start: '2022-08' } });
    expect(screen.getByRole('form', { name: 'Code a relation' })).toBeInTheDocument();
    expect(screen.getByLabelText('Start')).toHaveValue('2022-08');
    expect(screen.getByLabelText('End')).toHaveValue('');
    expect(screen.queryByLabelText('Date')).not.toBeInTheDocument();
  });

  it('shows no alert when there is no problem', () => {
    setup();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('lists the problems in an alert', () => {
    const problems = [
      'relations.json: $[0].target: unknown actor "nobody"',
      'relations.json: $[0].date: must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
    ];
    setup({ problems });
    const alert = screen.getByRole('alert');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(problems);
  });

  it('speaks Spanish', () => {
    i18n.set('es');
    setup();
    expect(screen.getByRole('form', { name: 'Editar la relación sugerida' })).toBeInTheDocument();
    expect(screen.getByLabelText('Origen')).toHaveValue('donald-trump');
    expect(screen.getByRole('button', { name: 'Guardar relación' })).toBeInTheDocument();
  });
});

describe('WorkspaceBar', () => {
  function setup() {
    const workspace = emptyWorkspace('Petro, October', 1, 'ws-1');
    const callbacks = {
      onSwitch: vi.fn(),
      onNew: vi.fn(),
      onDiscard: vi.fn(),
      onExport: vi.fn(),
      onOpenBundle: vi.fn(),
      onChooseArticle: vi.fn(),
      onNewArticle: vi.fn(),
    };
    render(WorkspaceBar, {
      workspace,
      workspaces: [{ id: 'ws-2', name: 'Another', updated: 0 }],
      currentDocument: null,
      ...callbacks,
    });
    return { ...callbacks, user: userEvent.setup() };
  }

  it('lists the workspace with the others and switches', async () => {
    const { user, onSwitch } = setup();
    const choice = screen.getByLabelText('Workspace');
    expect(choice).toHaveValue('ws-1');
    expect(
      within(choice)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Petro, October', 'Another']);
    await user.selectOptions(choice, 'ws-2');
    expect(onSwitch).toHaveBeenCalledWith('ws-2');
  });

  it('asks before discarding, and only "Discard" discards', async () => {
    const { user, onDiscard } = setup();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Discard workspace' }));
    expect(onDiscard).not.toHaveBeenCalled();
    const confirm = screen.getByRole('alert');
    expect(confirm).toHaveTextContent('Discard “Petro, October” and everything coded in it? This cannot be undone.');
    expect(screen.queryByRole('button', { name: 'Discard workspace' })).not.toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Discard' }));
    expect(onDiscard).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the workspace with "Keep it"', async () => {
    const { user, onDiscard } = setup();
    await user.click(screen.getByRole('button', { name: 'Discard workspace' }));
    await user.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(onDiscard).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Discard workspace' })).toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    i18n.set('es');
    const { user, onDiscard } = setup();
    await user.click(screen.getByRole('button', { name: 'Descartar el espacio de trabajo' }));
    expect(screen.getByRole('alert')).toHaveTextContent('¿Descartar «Petro, October»');
    await user.click(screen.getByRole('button', { name: 'Conservarlo' }));
    expect(onDiscard).not.toHaveBeenCalled();
  });
});
