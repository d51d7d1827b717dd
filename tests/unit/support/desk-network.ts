/**
 * The base network the desk tests code against: the mini dataset's Trump, Petro and "Trump
 * sanctioned Petro", its one document saying only the sanction's evidence. Each test file
 * gives that sentence its own wording, so its articles can repeat it or not.
 */
import type { Network, NetworkActor, NetworkRelation } from '../../../src/lib/data/network';
import type { SourceDocument } from '../../../src/lib/data/schema';
import { miniDatasetFiles } from '../../fixtures/mini-dataset';

/** The network, its one document saying `quote` (the sanction's evidence). */
export function deskBaseNetwork(quote: string, title = 'A mini document'): Network {
  const files = miniDatasetFiles();
  const relation = files.relations[0] as unknown as NetworkRelation;
  return {
    name: 'Mini network',
    documents: [{ ...(files.documents[0] as unknown as SourceDocument), title }],
    actors: files.actors as unknown as NetworkActor[],
    relations: [{ ...relation, evidence: [{ document: 'mini-doc', quote }] }],
    sources: { 'mini-doc': `${quote}\n` },
  };
}
