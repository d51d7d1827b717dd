/**
 * What the page shows about how the loaded network is sourced, derived from the explorer
 * state: the Sources list's rows, what would fall with the chosen document, the selected
 * relation's corroboration, and what the evidence search and the canvas need. Pure
 * functions in lib/trust do the work; this class names the results for the components.
 */
import type { ExplorerState } from './explorer.svelte';
import type { LoadedNetwork } from './loaded-network';
import { i18n } from '../i18n/locale.svelte';
import { describeEdge } from '../view/describe';
import { sourceRows } from '../trust/document-lens';
import { documentCitations } from '../view/document-citations';

export class TrustView {
  constructor(
    private readonly explorer: ExplorerState,
    private readonly loaded: () => LoadedNetwork | null,
  ) {}

  /** The loaded network, for the evidence search. */
  readonly network = $derived.by(() => this.loaded()?.network ?? null);

  readonly sourceRows = $derived.by(() => {
    const loaded = this.loaded();
    return loaded ? sourceRows(loaded.network.documents, loaded.support) : [];
  });

  /** The chosen document's relations that rest on it alone, worded, in the network's order. */
  readonly wouldFall = $derived.by(() => {
    const loaded = this.loaded();
    const document = this.explorer.trust.document;
    const sole = document && loaded ? loaded.support.get(document)?.soleSource : undefined;
    if (!loaded || !sole) return [];
    const locale = i18n.current;
    return loaded.network.relations
      .filter((relation) => sole.has(relation.id))
      .map((relation) => ({ id: relation.id, label: describeEdge(loaded, relation.id, locale).title }));
  });

  readonly selectedCorroboration = $derived.by(() => {
    const loaded = this.loaded();
    const selection = this.explorer.selection;
    return loaded && selection?.kind === 'relation'
      ? (loaded.corroboration.byRelation.get(selection.id) ?? null)
      : null;
  });

  /**
   * Every quote the network takes from the document open in the reader, with the relations
   * citing it: all relations, not the filtered ones, so "uncited" means uncited by the data.
   */
  readonly readerCitations = $derived.by(() => {
    const loaded = this.loaded();
    const document = this.explorer.reader?.document;
    return loaded && document ? documentCitations(loaded.network.relations, document) : undefined;
  });

  /** Where a quote sits among a relation's evidence, so the reader can mark it as the current one. */
  evidenceIndex(relationId: string, quote: string): number | undefined {
    const index = this.loaded()
      ?.index.relations.get(relationId)
      ?.evidence.findIndex((e) => e.quote === quote);
    return index === undefined || index < 0 ? undefined : index;
  }

  /** "Donald Trump → Gustavo Petro: Accused", in the page's language. */
  relationLabel = (id: string): string => {
    const loaded = this.loaded();
    return loaded ? describeEdge(loaded, id, i18n.current).title : id;
  };
}
