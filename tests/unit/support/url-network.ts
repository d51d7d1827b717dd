/** What a small network offers the address parser: its ids and its appearance menus. */
import type { KnownIds } from '../../../src/lib/state/url';

export const OPTIONS = {
  nodeColor: [
    { id: 'kind', kind: 'builtin' as const },
    { id: 'attr:group', kind: 'attribute' as const, name: 'group' },
  ],
  nodeSize: [{ id: 'degree', kind: 'builtin' as const }],
  edgeColor: [{ id: 'type', kind: 'builtin' as const }],
};

export const known: KnownIds = {
  relationTypes: new Set(['met', 'sanctioned', 'accused']),
  kinds: new Set(['person', 'state']),
  actors: new Set(['gustavo-petro', 'donald-trump']),
  relations: new Set(['r1', 'r2']),
  documents: new Set(['doc-a']),
  evidenceCount: (id) => (id === 'r1' ? 2 : 1),
  appearanceOptions: OPTIONS,
};
