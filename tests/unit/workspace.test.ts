// @vitest-environment node
/**
 * The coding desk's workspace model: ids for documents, actors and relations; a coded
 * relation that repeats one of the workspace or of the base network becomes evidence of it;
 * and review decisions. The bundle round trip is in workspace-bundle.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  addActor,
  addDocument,
  addRelation,
  decide,
  emptyWorkspace,
  removeRelation,
  updateDocument,
} from '../../src/lib/workspace/workspace';

import { NOW, TEXT, base, evidence, relation, withArticle } from './support/workspace-fixtures';

describe('documents', () => {
  it('are named by title and date, uniquely against the workspace and the given ids', async () => {
    const ws = await withArticle();
    expect(ws.documents.map((d) => d.id)).toEqual(['petro-criticizes-trump-2025-09-22']);
    const other = {
      title: 'Petro criticizes Trump',
      publisher: 'X',
      published: '2025-09-22',
      sha256: 'b'.repeat(64),
      text: 'other',
    };
    const second = addDocument(ws, other, ['petro-criticizes-trump-2025-09-22-2']);
    expect(second.id).toBe('petro-criticizes-trump-2025-09-22-3');
    expect(addDocument(emptyWorkspace('x', NOW), { ...other, title: '¿¡!?' }).id).toBe('document-2025-09-22');
  });

  it('keeps the same text once', async () => {
    const ws = await withArticle();
    const again = addDocument(ws, { ...ws.documents[0], title: 'Another title' });
    expect(again).toEqual({ workspace: ws, id: ws.documents[0].id, added: false });
  });

  it('change their description but never their id or text; undefined clears a field', async () => {
    const ws = await withArticle();
    const id = ws.documents[0].id;
    const changed = updateDocument(ws, id, { title: 'New title', author: 'Ana', language: undefined });
    expect(changed.documents[0]).toMatchObject({ id, title: 'New title', author: 'Ana', text: TEXT });
    expect('language' in changed.documents[0]).toBe(false);
    const sneaky = updateDocument(ws, id, { text: 'x', id: 'y' } as never);
    expect(sneaky.documents[0]).toEqual(ws.documents[0]);
    expect(updateDocument(ws, 'nope', { title: 'x' })).toBe(ws);
  });
});

describe('actors', () => {
  it('get a slug of their label, unique against the base', () => {
    const ws = emptyWorkspace('x', NOW);
    const actor = {
      label: 'Gustavo Petro',
      kind: 'person',
      aliases: [],
      description: 'd',
      translations: { es: { description: 'd' } },
    } as const;
    const { workspace, id } = addActor(ws, { ...actor, aliases: [] }, ['gustavo-petro']);
    expect(id).toBe('gustavo-petro-2');
    expect(workspace.actors[0].id).toBe('gustavo-petro-2');
  });
});

describe('relations', () => {
  it('are added with an id from ends, type and date', async () => {
    const added = addRelation(await withArticle(), relation());
    expect(added.outcome).toBe('added');
    expect(added.relationId).toBe('gustavo-petro-criticized-donald-trump-2025-09-22');
    expect(added.workspace.relations).toHaveLength(1);
  });

  it('that repeat a workspace relation become extra evidence, duplicates skipped', async () => {
    const first = addRelation(await withArticle(), relation());
    const again = addRelation(
      first.workspace,
      relation({ evidence: [evidence('Trump sanctioned Petro.'), evidence('Petro criticized Trump on Monday.')] }),
    );
    expect(again.outcome).toBe('evidence-added');
    expect(again.relationId).toBe(first.relationId);
    expect(again.workspace.relations).toHaveLength(1);
    expect(again.workspace.relations[0].evidence.map((e) => e.quote)).toEqual([
      'Petro criticized Trump on Monday.',
      'Trump sanctioned Petro.',
    ]);
    const same = addRelation(again.workspace, relation());
    expect(same.outcome).toBe('already-present');
    expect(same.workspace).toBe(again.workspace);
  });

  it('match in either order only when the type has no direction', async () => {
    const ws = await withArticle();
    const met = relation({ type: 'met', source: 'donald-trump', target: 'gustavo-petro' });
    const first = addRelation(ws, relation({ type: 'met' }));
    expect(addRelation(first.workspace, { ...met, evidence: [evidence('Trump sanctioned Petro.')] }).outcome).toBe(
      'evidence-added',
    );
    const criticized = addRelation(ws, relation());
    const reversed = relation({ source: 'donald-trump', target: 'gustavo-petro' });
    expect(addRelation(criticized.workspace, reversed).outcome).toBe('added');
    expect(addRelation(criticized.workspace, relation({ date: '2025-09' })).outcome).toBe('added');
  });

  it('that repeat a base relation hold only the new evidence, under the base id and ends', async () => {
    const ws = await withArticle();
    const quote = 'Trump sanctioned Petro.';
    const met = relation({
      type: 'met',
      date: '2026-02-03',
      source: 'donald-trump',
      target: 'gustavo-petro',
      evidence: [evidence(quote)],
    });
    const added = addRelation(ws, met, base());
    expect(added.outcome).toBe('evidence-added');
    expect(added.relationId).toBe('petro-met-trump');
    expect(added.workspace.relations[0]).toMatchObject({
      id: 'petro-met-trump',
      source: 'gustavo-petro',
      target: 'donald-trump',
      summary: 'Petro met Trump at the White House.',
      evidence: [evidence(quote)],
    });
    const known = { ...met, evidence: [base().relations[0].evidence[0]] };
    expect(addRelation(ws, known, base()).outcome).toBe('already-present');
    // Coded once more: the workspace's extension of the base relation takes it.
    const again = addRelation(
      added.workspace,
      relation({ type: 'met', date: '2026-02-03', evidence: [evidence(TEXT.slice(0, 33))] }),
      base(),
    );
    expect(again.workspace.relations).toHaveLength(1);
    expect(again.workspace.relations[0].evidence).toHaveLength(2);
  });

  it('get ids unique against the base network', async () => {
    const added = addRelation(await withArticle(), relation({ id: 'petro-met-trump', type: 'criticized' }), base());
    expect(added.relationId).toBe('petro-met-trump-2');
  });

  it('are removed by id', async () => {
    const { workspace, relationId } = addRelation(await withArticle(), relation());
    expect(removeRelation(workspace, relationId).relations).toEqual([]);
    expect(removeRelation(workspace, 'nope')).toBe(workspace);
  });
});

describe('decisions', () => {
  it('are recorded, changed and withdrawn', () => {
    const ws = emptyWorkspace('x', NOW);
    const accepted = decide(ws, 's1', 'accepted');
    expect(accepted.decisions).toEqual({ s1: 'accepted' });
    expect(ws.decisions).toEqual({});
    expect(decide(accepted, 's1', 'accepted')).toBe(accepted);
    expect(decide(accepted, 's1', 'rejected').decisions).toEqual({ s1: 'rejected' });
    expect(decide(accepted, 's1', null).decisions).toEqual({});
    expect(decide(ws, 's2', null)).toBe(ws);
  });
});
