/**
 * The messages between the page and the article reader's worker (extract.worker.ts): the
 * reading (mentions, sentences, suggestions) comes first; the new names, which take the
 * NLP library longer, follow in a second answer to the same request.
 */
import type { ArticleReading, KnownActor, NewName } from './types';

export interface ExtractRequest {
  id: number;
  text: string;
  actors: KnownActor[];
  options: { published?: string; locale?: string; choices?: Record<number, string> };
}

export type ExtractResponse =
  | { id: number; kind: 'reading'; reading: ArticleReading }
  | { id: number; kind: 'names'; newNames: NewName[] }
  | { id: number; kind: 'failed'; reason: string };
