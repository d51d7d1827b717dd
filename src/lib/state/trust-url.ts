/**
 * The trust filters ↔ address parameters: fact=only ("Only what a source reports as
 * fact"), docs=2 ("At least two documents") and document=<id> (the document lens). Values
 * the network does not know are ignored with a notice, as everywhere in the address.
 */
import { msg, type Message } from '../i18n/messages';
import { NO_TRUST_FILTER, type TrustFilter } from '../trust/trust-filter';

export const TRUST_PARAMS = ['fact', 'docs', 'document'] as const;

export function parseTrustFilter(
  params: URLSearchParams,
  documents: ReadonlySet<string>,
  notices: Message[],
  clip: (value: string) => string,
): TrustFilter {
  const filter = { ...NO_TRUST_FILTER };
  const fact = params.get('fact');
  if (fact === 'only') filter.onlyAsFact = true;
  else if (fact !== null && fact !== 'all') notices.push(msg('url_bad_choice', { value: clip(fact), param: 'fact' }));
  const docs = params.get('docs');
  if (docs === '2') filter.corroborated = true;
  else if (docs !== null && docs !== '1') notices.push(msg('url_bad_choice', { value: clip(docs), param: 'docs' }));
  const document = params.get('document');
  if (document !== null) {
    if (documents.has(document)) filter.document = document;
    else notices.push(msg('url_unknown_source', { value: clip(document) }));
  }
  return filter;
}

export function writeTrustFilter(filter: TrustFilter, params: URLSearchParams): void {
  if (filter.onlyAsFact) params.set('fact', 'only');
  if (filter.corroborated) params.set('docs', '2');
  if (filter.document !== null) params.set('document', filter.document);
}
