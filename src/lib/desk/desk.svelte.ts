/**
 * The coding desk's state as runes: the workspace (articles, new actors, coded relations,
 * review decisions), the article being read and what the reader found in it, the relation
 * being edited. Every change to the workspace is saved as it is made and shown on the
 * network at once. The pure work is elsewhere: the model in lib/workspace, the reading in
 * lib/extract (behind an ArticleReader), the drafts and rows in this folder.
 */
import type { Network } from '../data/network';
import type { ArticleReading, KnownActor, NewName, TextSpan } from '../extract/types';
import { formatMessage, msg, type Message } from '../i18n/messages';
import { i18n } from '../i18n/locale.svelte';
import {
  addActor,
  addDocument,
  addRelation,
  decide,
  emptyWorkspace,
  updateDocument,
  type Workspace,
  type WorkspaceDocument,
} from '../workspace/workspace';
import { sha256Hex } from '../workspace/sha256';
import { isPartialDate } from '../data/partial-date';
import type { NetworkAdditions } from '../state/loaded-network';
import type { ArticleReader, DeskNetwork, DeskStore, WorkspaceSummary } from './desk-ports';
import { draftFromPassage, draftFromSuggestion, draftRelation, type RelationDraft } from './draft';
import { checkDraft } from './check-draft';
import { defaultSummaries } from './summaries';
import { withdrawSuggestion } from './withdraw';

export interface ArticleMeta {
  title: string;
  publisher: string;
  author: string;
  published: string;
  url: string;
}

const EMPTY_META: ArticleMeta = { title: '', publisher: '', author: '', published: '', url: '' };

export class DeskState {
  workspace = $state.raw<Workspace | null>(null);
  workspaces = $state.raw<WorkspaceSummary[]>([]);
  /** The article on the desk: a workspace document, or null while a new one is written. */
  documentId = $state<string | null>(null);
  meta = $state.raw<ArticleMeta>(EMPTY_META);
  text = $state('');
  reading = $state.raw<ArticleReading | null>(null);
  newNames = $state.raw<NewName[]>([]);
  reading_busy = $state(false);
  draft = $state.raw<RelationDraft | null>(null);
  draftProblems = $state.raw<string[]>([]);
  articleProblems = $state.raw<string[]>([]);
  fileNote = $state<string | null>(null);
  /** The passage selected in the article, offered to the form. */
  selection = $state.raw<TextSpan | null>(null);
  /** What the desk last did, said in a live region. */
  status = $state.raw<Message | null>(null);
  storeProblem = $state.raw<Message | null>(null);

  constructor(
    private readonly store: DeskStore,
    private readonly reader: ArticleReader,
    private readonly network: DeskNetwork,
  ) {}

  readonly document = $derived.by((): WorkspaceDocument | null => {
    const id = this.documentId;
    return (id && this.workspace?.documents.find((d) => d.id === id)) || null;
  });

  /** Relations quote the document: its text can no longer change. */
  readonly locked = $derived.by(() => {
    const id = this.documentId;
    return Boolean(id && this.workspace?.relations.some((r) => r.evidence.some((e) => e.document === id)));
  });

  /** Every actor the desk can name: the network's and the workspace's new ones. */
  readonly actors = $derived.by((): KnownActor[] => {
    const base = this.network.base()?.actors ?? [];
    return [...base, ...(this.workspace?.actors ?? [])];
  });

  actorLabel = (id: string): string => this.actors.find((a) => a.id === id)?.label ?? id;

  /** Opens the last workspace used, or a new one. */
  async start(): Promise<void> {
    try {
      this.workspaces = await this.store.list();
      const last = await this.store.lastUsed();
      const ws = last ? await this.store.load(last) : undefined;
      await this.open(ws ?? this.fresh());
    } catch (error) {
      this.fail(error);
      await this.open(this.fresh());
    }
  }

  private fresh(): Workspace {
    const name = formatMessage(
      msg('desk_workspace_default_name', { number: this.workspaces.length + 1 }),
      i18n.current,
    );
    return emptyWorkspace(name, Date.now());
  }

  /** A store failure: the adapter words quota and private windows; anything else is a failed save. */
  private fail(error: unknown): void {
    // A DeskStoreError carries the catalogue key of what went wrong.
    const key = (error as { key?: Message['key'] } | null)?.key;
    this.storeProblem = msg(key ?? 'desk_store_failed');
  }

  private async open(ws: Workspace): Promise<void> {
    this.workspace = ws;
    this.draft = null;
    this.reading = null;
    this.newNames = [];
    const first = ws.documents.at(-1) ?? null;
    this.showDocument(first);
    this.applyToNetwork();
    this.persist();
    try {
      await this.store.setLastUsed(ws.id);
      this.workspaces = await this.store.list();
    } catch (error) {
      this.fail(error);
    }
    if (first) await this.readArticle();
  }

  private showDocument(document: WorkspaceDocument | null): void {
    this.documentId = document?.id ?? null;
    this.text = document?.text ?? '';
    this.meta = document
      ? {
          title: document.title,
          publisher: document.publisher,
          author: document.author ?? '',
          published: document.published,
          url: document.url ?? '',
        }
      : EMPTY_META;
  }

  async switchTo(id: string): Promise<void> {
    if (id === this.workspace?.id) return;
    await this.store.flush();
    const ws = await this.store.load(id);
    if (ws) await this.open(ws);
  }

  async newWorkspace(): Promise<void> {
    await this.store.flush();
    await this.open(this.fresh());
  }

  async discard(): Promise<void> {
    const ws = this.workspace;
    if (!ws) return;
    await this.store.remove(ws.id);
    this.workspaces = await this.store.list();
    const next = this.workspaces[0] ? await this.store.load(this.workspaces[0].id) : undefined;
    await this.open(next ?? this.fresh());
    this.status = msg('desk_workspace_discarded', { name: ws.name });
  }

  async openBundle(workspace: Workspace): Promise<void> {
    await this.store.flush();
    await this.open(workspace);
  }

  /** A new, empty article (the one on the desk stays in the workspace). */
  newArticle(): void {
    this.showDocument(null);
    this.reading = null;
    this.newNames = [];
    this.draft = null;
  }

  chooseArticle(id: string): void {
    const document = this.workspace?.documents.find((d) => d.id === id) ?? null;
    this.showDocument(document);
    void this.readArticle();
  }

  setText(text: string): void {
    if (this.locked) return;
    this.text = text;
    this.fileNote = null;
  }

  setMeta(meta: ArticleMeta): void {
    this.meta = meta;
    const ws = this.workspace;
    if (ws && this.documentId && this.metaProblems(meta).length === 0) {
      this.change(updateDocument(ws, this.documentId, this.documentFields(meta)));
    }
  }

  setFileText(text: string, note: Message | null, meta: Partial<ArticleMeta>): void {
    this.text = text;
    this.fileNote = note ? formatMessage(note, i18n.current) : null;
    this.meta = { ...this.meta, ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v)) };
  }

  private documentFields(meta: ArticleMeta) {
    return {
      title: meta.title.trim(),
      publisher: meta.publisher.trim(),
      author: meta.author.trim() || undefined,
      published: meta.published.trim(),
      url: meta.url.trim() || undefined,
    };
  }

  private metaProblems(meta: ArticleMeta): Message[] {
    const problems: Message[] = [];
    if (!meta.title.trim()) problems.push(msg('desk_problem_title'));
    if (!meta.publisher.trim()) problems.push(msg('desk_problem_publisher'));
    if (!isPartialDate(meta.published.trim())) problems.push(msg('desk_problem_published'));
    if (meta.url.trim() && !URL.canParse(meta.url.trim())) problems.push(msg('desk_problem_url'));
    return problems;
  }

  /** "Find relations": keeps the article in the workspace and reads it. */
  async findRelations(): Promise<void> {
    const ws = this.workspace;
    if (!ws) return;
    const problems = this.metaProblems(this.meta);
    if (!this.text.trim()) problems.unshift(msg('desk_problem_text'));
    this.articleProblems = problems.map((p) => formatMessage(p, i18n.current));
    if (problems.length) return;
    if (!this.documentId) {
      const sha256 = await sha256Hex(this.text);
      const baseIds = this.network.base()?.documents.map((d) => d.id) ?? [];
      const added = addDocument(
        ws,
        { ...this.documentFields(this.meta), sha256, text: this.text, language: 'en' },
        baseIds,
      );
      this.change(added.workspace);
      this.documentId = added.id;
    }
    await this.readArticle();
  }

  /** Reads the article on the desk; `announce` says what was found (not after the analyst's own change). */
  private async readArticle(announce = true): Promise<void> {
    const document = this.document;
    if (!document) return;
    this.reading_busy = true;
    try {
      const read = await this.reader.read(document.text, this.actors, {
        published: document.published,
        locale: document.language ?? 'en',
        choices: { ...(this.workspace?.mentionChoices?.[document.id] ?? {}) },
      });
      if (this.documentId !== document.id) return;
      this.reading = read.reading;
      this.newNames = [];
      read.newNames.then(
        (names) => {
          if (this.documentId === document.id) this.newNames = names;
        },
        () => {
          // The new names are an offer; without them the desk still codes.
        },
      );
      if (announce) {
        this.status = msg('desk_found', {
          count: read.reading.suggestions.length,
          mentions: read.reading.mentions.length,
        });
      }
    } catch (error) {
      this.status = msg('desk_read_failed', { reason: error instanceof Error ? error.message : String(error) });
    } finally {
      this.reading_busy = false;
    }
  }

  private suggestion(id: string) {
    return this.reading?.suggestions.find((s) => s.id === id) ?? null;
  }

  private summaries(draft: Pick<RelationDraft, 'source' | 'type' | 'target'>) {
    return defaultSummaries(draft, this.actorLabel);
  }

  accept(id: string): void {
    const suggestion = this.suggestion(id);
    if (!suggestion) return;
    const draft = draftFromSuggestion(suggestion, this.summaries(suggestion));
    if (!this.commit(draft)) this.edit(id);
  }

  reject(id: string): void {
    const ws = this.workspace;
    if (ws) this.change(decide(ws, id, 'rejected'));
  }

  /** Takes a decision back; an accepted suggestion's quote leaves its relation. */
  undo(id: string): void {
    const ws = this.workspace;
    const suggestion = this.suggestion(id);
    if (!ws) return;
    let next = decide(ws, id, null);
    if (ws.decisions[id] === 'accepted' && suggestion && this.documentId) {
      next = withdrawSuggestion(next, this.documentId, this.text.slice(suggestion.quote.start, suggestion.quote.end));
    }
    this.change(next);
  }

  edit(id: string): void {
    const suggestion = this.suggestion(id);
    if (!suggestion) return;
    this.draft = draftFromSuggestion(suggestion, this.summaries(suggestion));
    this.draftProblems = [];
  }

  /** "Code this passage": a form for a relation quoting exactly the selected text. */
  codePassage(span: TextSpan): void {
    const inside = (this.reading?.mentions ?? []).filter((m) => m.start >= span.start && m.end <= span.end && m.actor);
    const actors = [...new Set(inside.map((m) => m.actor as string))];
    const draft = draftFromPassage(span, actors);
    this.draft = { ...draft, ...this.summariesIfEnds(draft) };
    this.draftProblems = [];
  }

  private summariesIfEnds(draft: RelationDraft): Partial<RelationDraft> {
    if (!draft.source || !draft.target) return {};
    const { en, es } = this.summaries(draft);
    return { summaryEn: en, summaryEs: es };
  }

  setDraft(draft: RelationDraft): void {
    this.draft = draft;
  }

  useSelection(): void {
    if (this.draft && this.selection) this.draft = { ...this.draft, quote: this.selection };
  }

  cancelDraft(): void {
    this.draft = null;
    this.draftProblems = [];
  }

  saveDraft(): void {
    if (this.draft && this.commit(this.draft)) this.draft = null;
  }

  /** Adds the drafted relation when it passes the dataset's rules; says what is wrong otherwise. */
  private commit(draft: RelationDraft): boolean {
    const ws = this.workspace;
    const document = this.document;
    const base = this.network.base();
    if (!ws || !document || !base) return false;
    const relation = draftRelation(draft, document.text, document.id, 'pending');
    const { id: _pending, ...fresh } = relation;
    const added = addRelation(ws, fresh, base);
    const problems = checkDraft(added.workspace, added.relationId, base);
    if (problems.length) {
      this.draftProblems = problems.map((p) => formatMessage(p, i18n.current));
      return false;
    }
    let next = added.workspace;
    if (draft.suggestionId) next = decide(next, draft.suggestionId, 'accepted');
    this.change(next);
    const outcomeMessage = {
      added: 'desk_relation_added',
      'evidence-added': 'desk_evidence_added',
      'already-present': 'desk_already_present',
    } as const;
    this.status = msg(outcomeMessage[added.outcome], { relation: this.summaries(draft)[i18n.current] });
    return true;
  }

  /** The analyst says who an ambiguous mention names; the article is read again with it. */
  async resolveMention(start: number, actor: string): Promise<void> {
    const ws = this.workspace;
    const document = this.documentId;
    if (!ws || !document) return;
    const mine = { ...(ws.mentionChoices?.[document] ?? {}), [start]: actor };
    this.change({ ...ws, mentionChoices: { ...ws.mentionChoices, [document]: mine } });
    await this.readArticle(false);
  }

  /** Adds a name the reader found as a new actor, and reads the article again with it. */
  async addNewActor(name: NewName): Promise<void> {
    const ws = this.workspace;
    if (!ws) return;
    const title = this.document?.title ?? '';
    const { workspace } = addActor(
      ws,
      {
        label: name.text,
        kind: name.kind,
        aliases: [],
        description: formatMessage(msg('desk_new_actor_description', { title }), 'en'),
        translations: { es: { description: formatMessage(msg('desk_new_actor_description', { title }), 'es') } },
      },
      this.network.base()?.actors.map((a) => a.id) ?? [],
    );
    this.change(workspace);
    this.status = msg('desk_actor_added', { actor: name.text });
    await this.readArticle(false);
  }

  private change(ws: Workspace): void {
    this.workspace = { ...ws, updated: Date.now() };
    this.persist();
    this.applyToNetwork();
  }

  private persist(): void {
    const ws = this.workspace;
    if (!ws) return;
    try {
      this.store.save(ws);
    } catch (error) {
      this.fail(error);
    }
  }

  flush(): Promise<void> {
    return this.store.flush();
  }

  /** The workspace as additions to the base network, shown at once. */
  private applyToNetwork(): void {
    const ws = this.workspace;
    const base: Network | null = this.network.base();
    if (!ws || !base) return;
    const additions: NetworkAdditions = {
      documents: ws.documents.map(({ text: _text, ...document }) => ({
        ...document,
        file: `sources/${document.id}.txt`,
      })),
      sources: Object.fromEntries(ws.documents.map((d) => [d.id, d.text])),
      actors: ws.actors,
      relations: ws.relations,
    };
    this.network.apply(additions);
  }
}
