// @vitest-environment node
/**
 * A relation coded at the desk, from draft to dataset relation: the quote is the article's
 * text at the span, an act has a date and a tie a start and end, the speaker is written
 * only when there is one, ids do not repeat. Then what the desk shows and checks around
 * it: the suggestions' rows and default summaries in both languages, an accepted quote
 * taken back, and the validator's verdict on a draft against a small base network.
 */
import { describe, expect, it } from 'vitest';
import type { Network } from '../../src/lib/data/network';
import { deskBaseNetwork } from './support/desk-network';
import type { Suggestion } from '../../src/lib/extract/types';
import { checkDraft } from '../../src/lib/desk/check-draft';
import {
  draftFromPassage,
  draftFromSuggestion,
  draftRelation,
  relationId,
  type RelationDraft,
} from '../../src/lib/desk/draft';
import { suggestionRows } from '../../src/lib/desk/suggestion-rows';
import { defaultSummaries } from '../../src/lib/desk/summaries';
import { withdrawSuggestion } from '../../src/lib/desk/withdraw';
import { formatMessage } from '../../src/lib/i18n/messages';
import { sha256Hex } from '../../src/lib/workspace/sha256';
import { addDocument, addRelation, emptyWorkspace, type Workspace } from '../../src/lib/workspace/workspace';

const TEXT =
  'Trump imposed sanctions on Petro in October.\nPetro said Trump had insulted Colombia, his office reported.\n';
const FIRST = 'Trump imposed sanctions on Petro in October.';
const SECOND = 'Petro said Trump had insulted Colombia, his office reported.';
const span = (quote: string) => ({ start: TEXT.indexOf(quote), end: TEXT.indexOf(quote) + quote.length });

const LABELS: Record<string, string> = { 'donald-trump': 'Donald Trump', 'gustavo-petro': 'Gustavo Petro' };
const actorLabel = (id: string) => LABELS[id] ?? id;

const baseNetwork = (): Network => deskBaseNetwork('Trump imposed sanctions on Petro in October.');

function draft(changes: Partial<RelationDraft> = {}): RelationDraft {
  return {
    suggestionId: null,
    source: 'gustavo-petro',
    target: 'donald-trump',
    type: 'accused',
    timing: 'act',
    date: '2025-11-02',
    start: '',
    end: '',
    claim: 'reported',
    speaker: '',
    summaryEn: ' Petro accused Trump. ',
    summaryEs: ' Petro acusó a Trump. ',
    quote: span(SECOND),
    ...changes,
  };
}

function suggestion(changes: Partial<Suggestion> = {}): Suggestion {
  const sentence = { ...span(SECOND), text: SECOND };
  const trigger = TEXT.indexOf('insulted');
  return {
    id: 's-1',
    sentence,
    source: 'gustavo-petro',
    target: 'donald-trump',
    type: 'accused',
    date: '2025-10',
    claim: 'attributed',
    speaker: 'gustavo-petro',
    trigger: { start: trigger, end: trigger + 'insulted'.length, text: 'insulted' },
    quote: span(SECOND),
    negated: false,
    hedged: false,
    ...changes,
  };
}

describe('draftRelation', () => {
  it('quotes exactly the text at the span and keeps the claim', () => {
    const relation = draftRelation(draft({ quote: { start: 6, end: 23 } }), TEXT, 'doc', 'r');
    expect(relation.evidence).toEqual([{ document: 'doc', quote: TEXT.slice(6, 23), claim: 'reported' }]);
    expect(relation.evidence[0].quote).toBe('imposed sanctions');
    expect(draftRelation(draft({ claim: 'alleged' }), TEXT, 'doc', 'r').evidence[0].claim).toBe('alleged');
  });

  it('gives an act its date and nothing else, and trims the summaries', () => {
    const relation = draftRelation(draft({ date: ' 2025-11-02 ', start: '2020', end: '2021' }), TEXT, 'doc', 'r');
    expect(relation).toMatchObject({
      id: 'r',
      source: 'gustavo-petro',
      target: 'donald-trump',
      type: 'accused',
      date: '2025-11-02',
      summary: 'Petro accused Trump.',
      translations: { es: { summary: 'Petro acusó a Trump.' } },
    });
    expect(relation).not.toHaveProperty('start');
    expect(relation).not.toHaveProperty('end');
    expect(draftRelation(draft({ date: '  ' }), TEXT, 'doc', 'r')).not.toHaveProperty('date');
  });

  it('gives a tie its start and end (only those given) and no date', () => {
    const tie = draftRelation(draft({ timing: 'tie', start: '2022-08', end: '2024' }), TEXT, 'doc', 'r');
    expect(tie).toMatchObject({ start: '2022-08', end: '2024' });
    expect(tie).not.toHaveProperty('date');
    const open = draftRelation(draft({ timing: 'tie', start: '2022-08', end: '' }), TEXT, 'doc', 'r');
    expect(open.start).toBe('2022-08');
    expect(open).not.toHaveProperty('end');
  });

  it('writes the speaker only when one is given', () => {
    expect(draftRelation(draft(), TEXT, 'doc', 'r').evidence[0]).not.toHaveProperty('speaker');
    expect(draftRelation(draft({ claim: 'attributed' }), TEXT, 'doc', 'r').evidence[0]).not.toHaveProperty('speaker');
    const said = draftRelation(draft({ claim: 'attributed', speaker: 'gustavo-petro' }), TEXT, 'doc', 'r');
    expect(said.evidence[0]).toEqual({
      document: 'doc',
      quote: SECOND,
      claim: 'attributed',
      speaker: 'gustavo-petro',
    });
  });

  it('starts from a suggestion or from a passage with the first actors in it', () => {
    const fromSuggestion = draftFromSuggestion(suggestion(), { en: 'en', es: 'es' });
    expect(fromSuggestion).toMatchObject({
      suggestionId: 's-1',
      timing: 'act',
      date: '2025-10',
      claim: 'attributed',
      speaker: 'gustavo-petro',
      summaryEn: 'en',
      summaryEs: 'es',
      quote: span(SECOND),
    });
    const fromPassage = draftFromPassage(span(FIRST), ['donald-trump', 'gustavo-petro', 'other']);
    expect(fromPassage).toMatchObject({ suggestionId: null, source: 'donald-trump', target: 'gustavo-petro' });
    expect(draftFromPassage(span(FIRST), [])).toMatchObject({ source: '', target: '', quote: span(FIRST) });
  });
});

describe('relationId', () => {
  it('is a slug of the ends, type and date, unique against the ids taken', () => {
    const id = relationId(draft(), new Set());
    expect(id).toBe('gustavo-petro-accused-donald-trump-2025-11-02');
    expect(relationId(draft(), new Set([id]))).toBe(`${id}-2`);
    expect(relationId(draft(), new Set([id, `${id}-2`]))).toBe(`${id}-3`);
  });

  it('uses the start (or else the end) of a tie', () => {
    expect(relationId(draft({ timing: 'tie', start: '2022-08', end: '2024' }), new Set())).toBe(
      'gustavo-petro-accused-donald-trump-2022-08',
    );
    expect(relationId(draft({ timing: 'tie', start: '', end: '2024' }), new Set())).toBe(
      'gustavo-petro-accused-donald-trump-2024',
    );
  });
});

describe('suggestionRows', () => {
  const suggestions = [suggestion(), suggestion({ id: 's-2', date: undefined, claim: 'reported', speaker: undefined })];

  it('words the rows in English', () => {
    const [first, second] = suggestionRows(suggestions, { 's-2': 'rejected' }, actorLabel, 'en', 'en');
    expect(first).toEqual({
      id: 's-1',
      sourceLabel: 'Gustavo Petro',
      relationLabel: 'Accused',
      targetLabel: 'Donald Trump',
      dateLabel: 'October 2025',
      claimLabel: 'Attributed to Gustavo Petro',
      sentence: SECOND,
      summary: 'Gustavo Petro → Donald Trump: Accused',
      decision: null,
      language: 'en',
    });
    expect(second).toMatchObject({ dateLabel: 'undated', claimLabel: 'Reported by the source', decision: 'rejected' });
  });

  it('words the rows in Spanish', () => {
    const [first, second] = suggestionRows(suggestions, { 's-1': 'accepted' }, actorLabel, 'es');
    expect(first).toMatchObject({
      relationLabel: 'Acusó',
      dateLabel: 'octubre de 2025',
      claimLabel: 'Atribuido a Gustavo Petro',
      decision: 'accepted',
    });
    expect(second).toMatchObject({ dateLabel: 'sin fecha', claimLabel: 'Afirmado por la fuente', decision: null });
  });
});

describe('defaultSummaries', () => {
  it('says who did what to whom in both languages', () => {
    expect(
      defaultSummaries({ source: 'donald-trump', type: 'sanctioned', target: 'gustavo-petro' }, actorLabel),
    ).toEqual({ en: 'Donald Trump → Gustavo Petro: sanctioned', es: 'Donald Trump → Gustavo Petro: sancionó' });
  });

  it('draws no direction for a relation that has none', () => {
    expect(defaultSummaries({ source: 'donald-trump', type: 'met', target: 'gustavo-petro' }, actorLabel)).toEqual({
      en: 'Donald Trump ↔ Gustavo Petro: met',
      es: 'Donald Trump ↔ Gustavo Petro: se reunió',
    });
  });
});

describe('withdrawSuggestion', () => {
  it('drops the quote from its relations and a relation it leaves empty', () => {
    const ws: Workspace = {
      ...emptyWorkspace('Desk', 0, 'ws'),
      relations: [
        {
          id: 'both',
          source: 'gustavo-petro',
          target: 'donald-trump',
          type: 'accused',
          summary: 's',
          translations: { es: { summary: 's' } },
          evidence: [
            { document: 'doc', quote: SECOND, claim: 'reported' },
            { document: 'doc', quote: FIRST, claim: 'reported' },
            { document: 'other', quote: SECOND, claim: 'reported' },
          ],
        },
        {
          id: 'only',
          source: 'donald-trump',
          target: 'gustavo-petro',
          type: 'criticized',
          summary: 's',
          translations: { es: { summary: 's' } },
          evidence: [{ document: 'doc', quote: SECOND, claim: 'reported' }],
        },
      ],
    };
    const next = withdrawSuggestion(ws, 'doc', SECOND);
    expect(next.relations.map((r) => r.id)).toEqual(['both']);
    expect(next.relations[0].evidence).toEqual([
      { document: 'doc', quote: FIRST, claim: 'reported' },
      { document: 'other', quote: SECOND, claim: 'reported' },
    ]);
    expect(ws.relations).toHaveLength(2);
  });
});

describe('checkDraft', () => {
  async function coded(changes: Partial<RelationDraft>) {
    const base = baseNetwork();
    const added = addDocument(
      emptyWorkspace('Desk', 0, 'ws'),
      {
        title: 'Petro answers',
        publisher: 'El Tiempo',
        published: '2025-11-03',
        sha256: await sha256Hex(TEXT),
        text: TEXT,
      },
      base.documents.map((d) => d.id),
    );
    const { id: _pending, ...relation } = draftRelation(draft(changes), TEXT, added.id, 'pending');
    const { workspace, relationId: id } = addRelation(added.workspace, relation, base);
    return { problems: checkDraft(workspace, id, base), base, workspace };
  }

  it('finds nothing wrong with a valid draft between the base’s actors', async () => {
    expect((await coded({})).problems).toEqual([]);
    expect((await coded({ claim: 'attributed', speaker: 'gustavo-petro' })).problems).toEqual([]);
  });

  it('says so of an unknown actor, as a catalogue message', async () => {
    const { problems } = await coded({ target: 'nobody' });
    expect(problems).toEqual([
      { key: 'validate_unknown_actor', params: { file: 'relations.json', path: '$[0].target', actor: 'nobody' } },
    ]);
    expect(formatMessage(problems[0], 'en')).toBe('relations.json: $[0].target: unknown actor "nobody"');
  });

  it('says so of a date that is not a partial date, or one after the article', async () => {
    const bad = (await coded({ date: '2025-13' })).problems;
    // Only this: not also its document "never cited" because the relation failed the schema.
    expect(bad.map((p) => p.key)).toEqual(['validate_not_partial_date']);
    expect(bad[0].params).toMatchObject({ file: 'relations.json', path: '$[0].date' });
    expect(formatMessage(bad[0], 'en')).toBe(
      'relations.json: $[0].date: must be a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD',
    );
    const late = (await coded({ date: '2026-01' })).problems;
    expect(late.map((p) => p.key)).toEqual(['validate_date_after_sources']);
  });

  it('wants a speaker for an attributed claim', async () => {
    expect((await coded({ claim: 'attributed' })).problems.map((p) => p.key)).toEqual(['validate_speaker_missing']);
  });

  it('has nothing to say of a relation the workspace does not hold', async () => {
    const { workspace, base } = await coded({});
    expect(checkDraft(workspace, 'no-such-relation', base)).toEqual([]);
  });
});
