/**
 * Where the page keeps the coding desk: its chunk, fetched the first time it is needed
 * (the desk opened, or a saved workspace to bring back), its state, and the link to the
 * network it extends — the bundled dataset as loaded, to which the workspace's additions
 * are applied in place. Another network opened replaces the base; the desk then codes
 * against that one.
 */
import type { Network } from '../data/network';
import type { Message } from '../i18n/messages';
import { msg } from '../i18n/messages';
import { extendLoadedNetwork, type LoadedNetwork, type NetworkAdditions } from '../state/loaded-network';
import type { DeskState } from './desk.svelte';

type DeskModule = typeof import('../../components/desk');

export class DeskHost {
  module = $state.raw<DeskModule | null>(null);
  desk = $state.raw<DeskState | null>(null);
  failed = $state(false);
  private starting: Promise<DeskState | null> | null = null;
  /** The loaded network the desk last produced, to tell its own changes from a new network. */
  private produced: LoadedNetwork | null = null;
  private baseNetwork: Network | null = null;

  constructor(
    private readonly loaded: () => LoadedNetwork | null,
    private readonly setLoaded: (next: LoadedNetwork) => void,
    private readonly report: (problem: Message) => void,
  ) {}

  /** The network before the desk's additions: the loaded one, unless the desk made it. */
  private base(): Network | null {
    const current = this.loaded();
    if (!current) return null;
    if (current !== this.produced) {
      this.baseNetwork = current.network;
      this.produced = null;
    }
    return this.baseNetwork;
  }

  private apply(additions: NetworkAdditions): void {
    const current = this.loaded();
    const base = this.base();
    if (!current || !base) return;
    const next = extendLoadedNetwork(current, base, additions);
    this.produced = next;
    this.setLoaded(next);
  }

  /** Loads the desk and opens the last workspace (or a new one); resolves to the desk. */
  ensure(): Promise<DeskState | null> {
    this.starting ??= import('../../components/desk').then(
      async (module) => {
        this.module = module;
        const desk = new module.DeskState(module.browserDeskStore(this.report), module.workerArticleReader(), {
          base: () => this.base(),
          apply: (additions) => this.apply(additions),
        });
        this.desk = desk;
        await desk.start();
        return desk;
      },
      () => {
        this.failed = true;
        this.starting = null;
        this.report(msg('desk_load_failed'));
        return null;
      },
    );
    return this.starting;
  }

  /**
   * After a reload: when a workspace was in use, the desk comes back with it, so what was
   * coded is on the network again, exactly as it was left.
   */
  async restoreSaved(): Promise<void> {
    try {
      const { lastWorkspaceId } = await import('../workspace/store');
      if (await lastWorkspaceId()) await this.ensure();
    } catch {
      // No storage in this browser (a private window): nothing was saved to bring back.
    }
  }

  /** An article file on the desk: its text exactly as read (an HTML page's body, to confirm). */
  async openArticleFile(file: File): Promise<void> {
    const desk = this.desk;
    if (!desk) return;
    const { readArticleFile } = await import('../workspace/article-input');
    const read = await readArticleFile(file);
    if (!read.ok) {
      desk.status = read.error;
      return;
    }
    const { article } = read;
    desk.setFileText(article.text, article.format === 'html' ? msg('desk_article_extracted') : null, {
      title: article.title ?? '',
      publisher: article.siteName ?? '',
      author: article.byline ?? '',
      published: article.publishedTime?.slice(0, 10) ?? '',
    });
  }

  /** The workspace as this project's bundle, documents with their full text, downloaded. */
  async exportWorkspace(): Promise<void> {
    const desk = this.desk;
    const ws = desk?.workspace;
    if (!desk || !ws) return;
    const [{ workspaceBundle }, { downloadText }] = await Promise.all([
      import('../workspace/workspace'),
      import('../io/download'),
    ]);
    const file = workspaceBundle(ws, { actors: this.base()?.actors ?? [] });
    downloadText(file.content, file.name, file.mimeType);
  }

  /** A workspace bundle exported earlier, opened as a workspace of its own. */
  async openWorkspaceBundle(file: File): Promise<void> {
    const desk = this.desk;
    if (!desk) return;
    const [{ parseJson }, { readBundle }, { workspaceFromBundle }] = await Promise.all([
      import('../import/detect'),
      import('../import/bundle'),
      import('../workspace/workspace'),
    ]);
    const parsed = parseJson({ name: file.name, text: await file.text(), size: file.size });
    if (!parsed.ok) return void (desk.status = parsed.problem);
    const read = readBundle(file.name, parsed.value);
    if (!read.ok) return void (desk.status = read.problems[0]);
    const opened = await workspaceFromBundle(read.network, {
      now: Date.now(),
      base: { actors: this.base()?.actors ?? [] },
    });
    if (!opened.ok) return void (desk.status = opened.errors[0]);
    await desk.openBundle(opened.workspace);
  }

  /** Saves what is pending before the page goes away. */
  flush(): void {
    void this.desk?.flush();
  }
}
