/**
 * The coding desk's rune state over its ports faked in memory: a store in a Map, a reader
 * that finds a fixed suggestion, and a network that records what it is asked to show.
 * Opening the last workspace or a new one, refusing an article without its description,
 * accepting, rejecting and taking decisions back, coding a passage by hand, adding a new
 * actor, and discarding a workspace.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Network } from '../../src/lib/data/network';
import { deskBaseNetwork } from './support/desk-network';
import type { ArticleReading, KnownActor, Mention, NewName, Suggestion } from '../../src/lib/extract/types';
import { DeskState, type ArticleMeta } from '../../src/lib/desk/desk.svelte';
import type { ArticleReader, DeskNetwork, DeskStore, WorkspaceSummary } from '../../src/lib/desk/desk-ports';
import { i18n } from '../../src/lib/i18n/locale.svelte';
import type { NetworkAdditions } from '../../src/lib/state/loaded-network';
import { sha256Hex } from '../../src/lib/workspace/sha256';
import { emptyWorkspace, type Workspace } from '../../src/lib/workspace/workspace';

const TEXT = 'Trump imposed sanctions on Petro in October.\nPetro accused Trump of lying about Colombia.\n';
const SANCTIONS = 'Trump imposed sanctions on Petro in October.';
const ACCUSATION = 'Petro accused Trump of lying about Colombia.';
const at = (words: string, from = 0) => ({
  start: TEXT.indexOf(words, from),
  end: TEXT.indexOf(words, from) + words.length,
});

const META: ArticleMeta = {
  title: 'Petro answers Trump',
  publisher: 'El Tiempo',
  author: '',
  published: '2025-11-03',
  url: '',
};

const baseNetwork = (): Network => deskBaseNetwork('Trump sanctioned Petro, the ministry said.', 'Mini');

function mention(words: string, actor: string, from = 0): Mention {
  return { ...at(words, from), text: words, actor, candidates: [actor], ambiguous: false, resolvedBy: 'name' };
}

function suggestion(id: string, quote: string, changes: Partial<Suggestion>): Suggestion {
  const span = at(quote);
  return {
    id,
    sentence: { ...span, text: quote },
    source: 'gustavo-petro',
    target: 'donald-trump',
    type: 'accused',
    claim: 'reported',
    trigger: { ...span, text: quote },
    quote: span,
    negated: false,
    hedged: false,
    ...changes,
  };
}

const ACCUSED = suggestion('s-accused', ACCUSATION, { date: '2025-11-01' });
/** The same relation as the base's: accepting it adds a quote to the base relation. */
const SANCTIONED = suggestion('s-sanctioned', SANCTIONS, {
  source: 'donald-trump',
  target: 'gustavo-petro',
  type: 'sanctioned',
  date: '2025-10',
});

const READING: ArticleReading = {
  sentences: [
    { ...at(SANCTIONS), text: SANCTIONS },
    { ...at(ACCUSATION), text: ACCUSATION },
  ],
  mentions: [
    mention('Trump', 'donald-trump'),
    mention('Petro', 'gustavo-petro'),
    mention('Petro', 'gustavo-petro', TEXT.indexOf('\n')),
    mention('Trump', 'donald-trump', TEXT.indexOf('\n')),
  ],
  suggestions: [ACCUSED, SANCTIONED],
};

const NEW_NAME: NewName = {
  start: TEXT.indexOf('Colombia'),
  end: TEXT.indexOf('Colombia') + 8,
  text: 'Colombia',
  kind: 'state',
  count: 1,
};

class MemoryStore implements DeskStore {
  readonly kept = new Map<string, Workspace>();
  readonly saved: Workspace[] = [];
  last: string | undefined;
  async list(): Promise<WorkspaceSummary[]> {
    return [...this.kept.values()]
      .map(({ id, name, updated }) => ({ id, name, updated }))
      .sort((a, b) => b.updated - a.updated);
  }
  async load(id: string) {
    return this.kept.get(id);
  }
  save(ws: Workspace) {
    this.saved.push(ws);
    this.kept.set(ws.id, ws);
  }
  flush = vi.fn(async () => {});
  async remove(id: string) {
    this.kept.delete(id);
  }
  async lastUsed() {
    return this.last;
  }
  async setLastUsed(id: string) {
    this.last = id;
  }
}

class FakeReader implements ArticleReader {
  readonly calls: { text: string; actors: readonly KnownActor[] }[] = [];
  async read(text: string, actors: readonly KnownActor[]) {
    this.calls.push({ text, actors: [...actors] });
    return { reading: READING, newNames: Promise.resolve([NEW_NAME]) };
  }
}

class FakeNetwork implements DeskNetwork {
  readonly applied: NetworkAdditions[] = [];
  private readonly network = baseNetwork();
  base() {
    return this.network;
  }
  apply(additions: NetworkAdditions) {
    this.applied.push(additions);
  }
  get last(): NetworkAdditions {
    const last = this.applied.at(-1);
    if (!last) throw new Error('nothing applied yet');
    return last;
  }
}

function setup() {
  const store = new MemoryStore();
  const reader = new FakeReader();
  const network = new FakeNetwork();
  const desk = new DeskState(store, reader, network);
  return { store, reader, network, desk };
}

/** A desk with the article written, kept and read. */
async function withArticle() {
  const parts = setup();
  await parts.desk.start();
  parts.desk.setText(TEXT);
  parts.desk.setMeta(META);
  await parts.desk.findRelations();
  return parts;
}

afterEach(() => i18n.set('en'));

describe('DeskState: workspaces', () => {
  it('opens a new workspace when none is saved, and saves and shows it', async () => {
    const { desk, store, network } = setup();
    await desk.start();
    expect(desk.workspace).toMatchObject({ name: 'Workspace 1', documents: [], relations: [] });
    expect(store.kept.has(desk.workspace!.id)).toBe(true);
    expect(store.last).toBe(desk.workspace!.id);
    expect(desk.workspaces.map((w) => w.id)).toEqual([desk.workspace!.id]);
    expect(network.last).toEqual({ documents: [], sources: {}, actors: [], relations: [] });
  });

  it('reopens the workspace last used, with its last article read', async () => {
    const { desk, store, reader } = setup();
    const older = emptyWorkspace('Older', 1, 'ws-older');
    const used: Workspace = {
      ...emptyWorkspace('Used', 2, 'ws-used'),
      documents: [{ id: 'petro-answers', ...META, author: undefined, url: undefined, sha256: 'x', text: TEXT }],
    };
    store.kept.set(older.id, older);
    store.kept.set(used.id, used);
    store.last = 'ws-used';
    await desk.start();
    expect(desk.workspace?.id).toBe('ws-used');
    expect(desk.documentId).toBe('petro-answers');
    expect(desk.text).toBe(TEXT);
    expect(desk.meta.title).toBe(META.title);
    expect(reader.calls.map((c) => c.text)).toEqual([TEXT]);
    expect(desk.reading).toBe(READING);
  });

  it('discards the workspace and opens another one', async () => {
    const { desk, store } = setup();
    store.kept.set('ws-other', emptyWorkspace('Other', 1, 'ws-other'));
    await desk.start();
    const first = desk.workspace!;
    expect(first.id).not.toBe('ws-other');
    await desk.discard();
    expect(store.kept.has(first.id)).toBe(false);
    expect(desk.workspace?.id).toBe('ws-other');
    expect(store.last).toBe('ws-other');
    expect(desk.status).toEqual({ key: 'desk_workspace_discarded', params: { name: first.name } });

    await desk.discard();
    expect(store.kept.has('ws-other')).toBe(false);
    expect(desk.workspace).not.toBeNull();
    expect(desk.workspace?.id).not.toBe('ws-other');
    expect(store.kept.has(desk.workspace!.id)).toBe(true);
  });
});

describe('DeskState: the article', () => {
  it('refuses to find relations without a text, title, publisher and valid published date', async () => {
    const { desk, reader } = setup();
    await desk.start();
    await desk.findRelations();
    expect(desk.articleProblems).toEqual([
      'Paste the article’s text or open a file first.',
      'Title: give the article’s title.',
      'Publisher: say who published the article.',
      'Published: write the date as 2026, 2026-02 or 2026-02-03.',
    ]);
    desk.setText(TEXT);
    desk.setMeta({ ...META, published: '2025-13' });
    await desk.findRelations();
    expect(desk.articleProblems).toEqual(['Published: write the date as 2026, 2026-02 or 2026-02-03.']);
    i18n.set('es');
    desk.setMeta({ ...META, publisher: ' ' });
    await desk.findRelations();
    expect(desk.articleProblems).toEqual(['Medio: indique quién publicó el artículo.']);
    expect(desk.workspace?.documents).toEqual([]);
    expect(reader.calls).toEqual([]);
  });

  it('keeps the article (with its digest) and reads it', async () => {
    const { desk, reader, network } = await withArticle();
    expect(desk.articleProblems).toEqual([]);
    expect(desk.workspace?.documents).toEqual([
      {
        id: desk.documentId,
        title: META.title,
        publisher: META.publisher,
        published: META.published,
        language: 'en',
        sha256: await sha256Hex(TEXT),
        text: TEXT,
      },
    ]);
    expect(reader.calls).toHaveLength(1);
    expect(reader.calls[0].text).toBe(TEXT);
    expect(reader.calls[0].actors.map((a) => a.id)).toEqual(['donald-trump', 'gustavo-petro']);
    expect(desk.reading).toBe(READING);
    expect(desk.status).toEqual({ key: 'desk_found', params: { count: 2, mentions: 4 } });
    await vi.waitFor(() => expect(desk.newNames).toEqual([NEW_NAME]));
    expect(network.last.documents.map((d) => d.id)).toEqual([desk.documentId]);
    expect(network.last.sources).toEqual({ [desk.documentId!]: TEXT });
  });
});

describe('DeskState: suggestions', () => {
  it('accepts a suggestion: the relation is added, the decision kept, saved and shown', async () => {
    const { desk, store, network } = await withArticle();
    const saves = store.saved.length;
    desk.accept('s-accused');
    const [relation] = desk.workspace!.relations;
    expect(relation).toMatchObject({
      source: 'gustavo-petro',
      target: 'donald-trump',
      type: 'accused',
      date: '2025-11-01',
      summary: 'Gustavo Petro → Donald Trump: accused',
      translations: { es: { summary: 'Gustavo Petro → Donald Trump: acusó' } },
      evidence: [{ document: desk.documentId, quote: ACCUSATION, claim: 'reported' }],
    });
    expect(desk.workspace!.decisions).toEqual({ 's-accused': 'accepted' });
    expect(store.saved.length).toBeGreaterThan(saves);
    expect(store.kept.get(desk.workspace!.id)?.relations).toEqual([relation]);
    expect(network.last.relations).toContainEqual(relation);
    expect(desk.status?.key).toBe('desk_relation_added');
    expect(desk.locked).toBe(true);
  });

  it('adds a quote to the base relation when the suggestion repeats it', async () => {
    const { desk, network } = await withArticle();
    desk.accept('s-sanctioned');
    expect(desk.workspace!.relations).toEqual([
      expect.objectContaining({
        id: 'trump-sanctioned-petro',
        summary: 'Trump sanctioned Petro.',
        evidence: [{ document: desk.documentId, quote: SANCTIONS, claim: 'reported' }],
      }),
    ]);
    expect(network.last.relations.map((r) => r.id)).toEqual(['trump-sanctioned-petro']);
    expect(desk.status?.key).toBe('desk_evidence_added');
    expect(desk.workspace!.decisions).toEqual({ 's-sanctioned': 'accepted' });
  });

  it('rejects a suggestion and takes a decision back', async () => {
    const { desk, network } = await withArticle();
    desk.reject('s-accused');
    expect(desk.workspace!.decisions).toEqual({ 's-accused': 'rejected' });
    expect(desk.workspace!.relations).toEqual([]);
    desk.undo('s-accused');
    expect(desk.workspace!.decisions).toEqual({});

    desk.accept('s-accused');
    expect(network.last.relations).toHaveLength(1);
    desk.undo('s-accused');
    expect(desk.workspace!.decisions).toEqual({});
    expect(desk.workspace!.relations).toEqual([]);
    expect(network.last.relations).toEqual([]);
    expect(desk.locked).toBe(false);
  });

  it('opens the form instead when a suggestion cannot be accepted as it is', async () => {
    const { desk } = await withArticle();
    // An attributed claim without a speaker does not pass the validator.
    const unspoken = suggestion('s-unspoken', ACCUSATION, { claim: 'attributed', date: '2025-11-01' });
    desk.reading = { ...READING, suggestions: [unspoken] };
    desk.accept('s-unspoken');
    expect(desk.workspace!.relations).toEqual([]);
    expect(desk.workspace!.decisions).toEqual({});
    expect(desk.draft).toMatchObject({ suggestionId: 's-unspoken', claim: 'attributed' });
  });
});

describe('DeskState: coding by hand', () => {
  it('makes a draft quoting exactly the passage, between the actors named in it', async () => {
    const { desk } = await withArticle();
    const span = at('Petro accused Trump');
    desk.codePassage(span);
    expect(desk.draft).toMatchObject({
      suggestionId: null,
      source: 'gustavo-petro',
      target: 'donald-trump',
      quote: span,
      summaryEn: 'Gustavo Petro → Donald Trump: criticized',
      summaryEs: 'Gustavo Petro → Donald Trump: criticó',
    });
    expect(TEXT.slice(desk.draft!.quote.start, desk.draft!.quote.end)).toBe('Petro accused Trump');
  });

  it('lists the problems of a draft without a target and adds nothing', async () => {
    const { desk, network } = await withArticle();
    const shown = network.applied.length;
    desk.codePassage(at(ACCUSATION));
    desk.setDraft({ ...desk.draft!, target: '', type: 'accused', date: '2025-11-01' });
    desk.saveDraft();
    expect(desk.draftProblems).toEqual([
      'relations.json: $[0].target: must be a kebab-case slug (a-z, 0-9, single hyphens)',
    ]);
    expect(desk.workspace!.relations).toEqual([]);
    expect(desk.draft).not.toBeNull();
    expect(network.applied.length).toBe(shown);
  });

  it('saves a valid draft and closes the form', async () => {
    const { desk, network } = await withArticle();
    desk.codePassage(at(ACCUSATION));
    desk.setDraft({ ...desk.draft!, type: 'accused', date: '2025-11-01' });
    desk.saveDraft();
    expect(desk.draftProblems).toEqual([]);
    expect(desk.draft).toBeNull();
    expect(desk.workspace!.relations).toHaveLength(1);
    expect(desk.workspace!.relations[0].evidence[0].quote).toBe(ACCUSATION);
    expect(network.last.relations).toHaveLength(1);
  });

  it('adds a new name as an actor and reads the article again with it', async () => {
    const { desk, reader, network } = await withArticle();
    await desk.addNewActor(NEW_NAME);
    expect(desk.workspace!.actors).toEqual([
      {
        id: 'colombia',
        label: 'Colombia',
        kind: 'state',
        aliases: [],
        description: 'Added at the coding desk from “Petro answers Trump”.',
        translations: { es: { description: expect.stringContaining('Petro answers Trump') } },
      },
    ]);
    expect(reader.calls).toHaveLength(2);
    expect(reader.calls[1].actors.map((a) => a.id)).toEqual(['donald-trump', 'gustavo-petro', 'colombia']);
    expect(network.last.actors.map((a) => a.id)).toEqual(['colombia']);
    expect(desk.actorLabel('colombia')).toBe('Colombia');
  });
});
