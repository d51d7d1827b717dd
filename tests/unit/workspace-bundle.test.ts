// @vitest-environment node
/**
 * The workspace as a network and as this project's bundle: full texts in `sources`, the
 * base actors its relations name carried along, and the round trip through the importer,
 * which must give back every article's text and digest exactly, and the review; changed,
 * missing or off-schema content refused by key.
 */
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../src/lib/import/bundle';
import { sha256Hex } from '../../src/lib/workspace/sha256';
import {
  addActor,
  addRelation,
  workspaceBundle,
  workspaceFromBundle,
  workspaceNetwork,
  type Workspace,
} from '../../src/lib/workspace/workspace';

import { NOW, TEXT, base, evidence, relation, withArticle } from './support/workspace-fixtures';

describe('bundle', () => {
  async function coded(): Promise<Workspace> {
    let ws = await withArticle();
    const newActor = {
      label: 'Ana Pérez',
      kind: 'person',
      aliases: ['Pérez'],
      description: 'A minister.',
      translations: { es: { description: 'Una ministra.' } },
    } as const;
    const actor = addActor(ws, { ...newActor, aliases: [...newActor.aliases] }, ['gustavo-petro', 'donald-trump']);
    ws = actor.workspace;
    ws = addRelation(
      ws,
      relation({
        evidence: [evidence('Petro criticized Trump on Monday.', { claim: 'attributed', speaker: actor.id })],
      }),
    ).workspace;
    return addRelation(
      ws,
      relation({ source: actor.id, type: 'met', date: '2025-09-22', evidence: [evidence('Trump sanctioned Petro.')] }),
      base(),
    ).workspace;
  }

  it('is the network with texts in sources and referenced base actors', async () => {
    const ws = await coded();
    const network = workspaceNetwork(ws, base());
    expect(network.documents[0]).toEqual({
      id: 'petro-criticizes-trump-2025-09-22',
      title: 'Petro criticizes Trump',
      publisher: 'El Tiempo',
      published: '2025-09-22',
      language: 'en',
      file: 'sources/petro-criticizes-trump-2025-09-22.txt',
      sha256: ws.documents[0].sha256,
    });
    expect(network.sources).toEqual({ 'petro-criticizes-trump-2025-09-22': TEXT });
    expect(network.actors.map((a) => a.id)).toEqual(['ana-perez', 'gustavo-petro', 'donald-trump']);
    expect(workspaceNetwork(ws).actors.map((a) => a.id)).toEqual(['ana-perez']);
  });

  it('opens in the importer and comes back as the same workspace, texts and digests exact', async () => {
    const ws = await coded();
    const file = workspaceBundle(ws, base());
    expect(file.name).toBe('desk.json');
    const read = readBundle(file.name, JSON.parse(file.content));
    expect(read.ok, JSON.stringify(read)).toBe(true);
    if (!read.ok) return;
    const opened = await workspaceFromBundle(read.network, { now: NOW + 1, base: base(), id: 'ws-reopened' });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.workspace).toEqual({ ...ws, id: 'ws-reopened', created: NOW + 1, updated: NOW + 1, decisions: {} });
    expect(opened.workspace.documents[0].text).toBe(TEXT);
    expect(opened.workspace.documents[0].sha256).toBe(await sha256Hex(TEXT));
  });

  it('carries the review: decisions and the choices on ambiguous names come back as they were', async () => {
    const ws: Workspace = {
      ...(await coded()),
      decisions: { 'sg-a': 'accepted', 'sg-b': 'rejected' },
      mentionChoices: { 'petro-criticizes-trump-2025-09-22': { 0: 'gustavo-petro' } },
    };
    const read = readBundle('desk.json', JSON.parse(workspaceBundle(ws, base()).content));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const opened = await workspaceFromBundle(read.network, { now: NOW + 1, base: base(), id: 'ws-reopened' });
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.workspace).toEqual({ ...ws, id: 'ws-reopened', created: NOW + 1, updated: NOW + 1 });
  });

  it('with a changed text or a missing text is refused', async () => {
    const network = workspaceNetwork(await coded(), base());
    const changed = await workspaceFromBundle(
      { ...network, sources: { 'petro-criticizes-trump-2025-09-22': TEXT.replace('\r\n', '\n') } },
      { now: NOW, base: base() },
    );
    expect(changed).toEqual({
      ok: false,
      errors: [{ key: 'desk_store_bundle_text_changed', params: { document: 'petro-criticizes-trump-2025-09-22' } }],
    });
    const missing = await workspaceFromBundle({ ...network, sources: {} }, { now: NOW, base: base() });
    expect(missing.ok || missing.errors.map((e) => e.key)).toEqual(['desk_store_bundle_text_missing']);
  });

  it('outside the dataset schema is refused', async () => {
    const network = workspaceNetwork(await coded(), base());
    const other = { ...network, relations: [{ ...network.relations[0], type: 'follows' }] };
    const opened = await workspaceFromBundle(other, { now: NOW, base: base() });
    expect(opened).toEqual({
      ok: false,
      errors: [{ key: 'desk_store_bundle_outside_schema', params: { path: '$.relations[0]' } }],
    });
  });
});
