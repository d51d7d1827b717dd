/**
 * Whether a relation coded at the desk may join the network: it passes the same
 * validation as the dataset (schema, exact quote, known actors, dates, who says so),
 * checked on the relation with the documents and actors it names. Returns the problems as
 * catalogue messages, worded `file: json-path: message` like `npm run validate`'s.
 */
import type { Network, NetworkActor } from '../data/network';
import type { Message } from '../i18n/messages';
import { isActorKind } from '../vocabulary/actor-kinds';
import { validateDataset } from '../data/validate';
import type { Workspace } from '../workspace/workspace';

/** An actor of the base network in the dataset's shape (an opened file's may lack a description). */
function asDatasetActor(actor: NetworkActor) {
  return {
    id: actor.id,
    label: actor.label,
    kind: isActorKind(actor.kind) ? actor.kind : 'organization',
    aliases: actor.aliases,
    description: actor.description || actor.label,
    translations: { es: { description: actor.translations?.es?.description || actor.description || actor.label } },
  };
}

export function checkDraft(ws: Workspace, relationId: string, base: Network): Message[] {
  const relation = ws.relations.find((r) => r.id === relationId);
  if (!relation) return [];
  const cited = new Set(relation.evidence.map((e) => e.document));
  const documents = ws.documents.filter((d) => cited.has(d.id));
  const named = new Set([
    relation.source,
    relation.target,
    ...relation.evidence.flatMap((e) => (e.speaker ? [e.speaker] : [])),
  ]);
  const own = ws.actors.filter((a) => named.has(a.id));
  const ownIds = new Set(own.map((a) => a.id));
  const fromBase = base.actors.filter((a) => named.has(a.id) && !ownIds.has(a.id)).map(asDatasetActor);
  const { problems } = validateDataset(
    {
      documents: documents.map(({ text: _text, ...d }) => ({ ...d, file: `sources/${d.id}.txt` })),
      actors: [...own, ...fromBase],
      relations: [relation],
      sourceFiles: Object.fromEntries(documents.map((d) => [`sources/${d.id}.txt`, d.text])),
    },
    { curated: false },
  );
  const missingClaim = relation.evidence.some((e) => !e.claim);
  // Only the documents the relation cites are checked, so "never cited" only means the
  // relation itself failed the schema (already said): it would blame the wrong file.
  const said = problems.filter((p) => p.message.key !== 'validate_document_not_cited');
  return [
    ...said.map((p) => p.message),
    ...(missingClaim
      ? [{ key: 'validate_claim_missing' as const, params: { file: 'relations.json', path: '$[0]' } }]
      : []),
  ];
}
