/**
 * What the workspace tests share: a base network with two actors and one relation, an
 * article with CRLF, tabs, accents and curly quotes (so exactness is tested), and builders
 * for a workspace holding it and for relations quoting it.
 */
import type { Network } from '../../../src/lib/data/network';
import type { Evidence } from '../../../src/lib/data/schema';
import { sha256Hex } from '../../../src/lib/workspace/sha256';
import { addDocument, emptyWorkspace, type NewRelation, type Workspace } from '../../../src/lib/workspace/workspace';

export const NOW = Date.UTC(2026, 0, 15);
export const TEXT = 'Petro criticized Trump on Monday.\r\nTrump sanctioned Petro.\n\tÁcentos — y “comillas”.\n';

export const petro = {
  id: 'gustavo-petro',
  label: 'Gustavo Petro',
  kind: 'person',
  aliases: ['Petro'],
  description: 'A president.',
  translations: { es: { description: 'Un presidente.' } },
} as const;
export const trump = {
  id: 'donald-trump',
  label: 'Donald Trump',
  kind: 'person',
  aliases: ['Trump'],
  description: 'A president.',
  translations: { es: { description: 'Un presidente.' } },
} as const;

export function base(): Network {
  return {
    name: 'Petro network',
    documents: [],
    actors: [
      { ...petro, aliases: [...petro.aliases] },
      { ...trump, aliases: [...trump.aliases] },
    ],
    relations: [
      {
        id: 'petro-met-trump',
        source: 'gustavo-petro',
        target: 'donald-trump',
        type: 'met',
        date: '2026-02-03',
        summary: 'Petro met Trump at the White House.',
        translations: { es: { summary: 'Petro se reunió con Trump en la Casa Blanca.' } },
        evidence: [{ document: 'old-article', quote: 'Petro and Trump met at the White House on Tuesday.' }],
      },
    ],
    sources: {},
  };
}

export async function withArticle(title = 'Petro criticizes Trump', published = '2025-09-22'): Promise<Workspace> {
  const ws = emptyWorkspace('Desk', NOW, 'ws-test');
  return addDocument(ws, {
    title,
    publisher: 'El Tiempo',
    published,
    language: 'en',
    sha256: await sha256Hex(TEXT),
    text: TEXT,
  }).workspace;
}

export const evidence = (quote: string, extra: Partial<Evidence> = {}): Evidence => ({
  document: 'petro-criticizes-trump-2025-09-22',
  quote,
  ...extra,
});

export function relation(overrides: Partial<NewRelation> = {}): NewRelation {
  return {
    source: 'gustavo-petro',
    target: 'donald-trump',
    type: 'criticized',
    date: '2025-09-22',
    summary: 'Petro criticized Trump.',
    translations: { es: { summary: 'Petro criticó a Trump.' } },
    evidence: [evidence('Petro criticized Trump on Monday.', { claim: 'reported' })],
    ...overrides,
  };
}
