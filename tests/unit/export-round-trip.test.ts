/**
 * Export → import round trips: what the exporters write, the importer (src/lib/import) must
 * read back. The bundle is lossless; GEXF and GraphML must keep ids, types, direction and
 * dates. Skipped while the importer's entry point does not exist yet.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { subsetNetwork, toBundle, toGexf, toGraphml, type ExportedFile } from '../../src/lib/export';
import { isDirected } from '../../src/lib/export/relation-info';
import type { Network } from '../../src/lib/data/network';
import { formatMessage, type Message } from '../../src/lib/i18n/messages';
import { hostileNetwork, petroNetwork } from '../fixtures/export-networks';

const IMPORTER = resolve(process.cwd(), 'src/lib/import/index.ts');
const hasImporter = existsSync(IMPORTER);

type ImportResult = { ok: boolean; network?: Network; problems?: Message[] };

/** Feeds exported files to the importer as the file picker would, already read as text. */
async function reimport(files: ExportedFile[]): Promise<Network> {
  const { importNetwork } = (await import(/* @vite-ignore */ IMPORTER)) as {
    importNetwork: (files: { name: string; text: string; size: number }[]) => ImportResult | Promise<ImportResult>;
  };
  const result = await importNetwork(files.map((f) => ({ name: f.name, text: f.content, size: f.content.length })));
  expect((result.problems ?? []).map((problem) => formatMessage(problem, 'en'))).toEqual([]);
  expect(result.ok).toBe(true);
  return result.network!;
}

/** What GEXF and GraphML promise to keep of each relation. */
function structure(network: Network) {
  return {
    actors: network.actors.map((a) => a.id),
    relations: network.relations.map((r) => ({
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      directed: isDirected(r),
      date: r.date,
      start: r.start,
      end: r.end,
    })),
  };
}

function everything(network: Network) {
  return { nodes: new Set(network.actors.map((a) => a.id)), edges: new Set(network.relations.map((r) => r.id)) };
}

describe.skipIf(!hasImporter)('round trips through the importer', () => {
  it('re-opens the Petro bundle as the very same network', async () => {
    const petro = petroNetwork();
    expect(await reimport([toBundle(petro)])).toEqual(petro);
  });

  it('re-opens a bundle of part of the Petro dataset as that part', async () => {
    const petro = petroNetwork();
    const edges = new Set(petro.relations.filter((r) => r.date?.startsWith('2025')).map((r) => r.id));
    const nodes = new Set(petro.relations.filter((r) => edges.has(r.id)).flatMap((r) => [r.source, r.target]));
    const part = subsetNetwork(petro, { nodes, edges });
    expect(await reimport([toBundle(part)])).toEqual(part);
  });

  it('re-opens a bundle full of hostile strings and imported-network extras unchanged', async () => {
    const hostile = subsetNetwork(hostileNetwork(), everything(hostileNetwork()));
    expect(await reimport([toBundle(hostile)])).toEqual(hostile);
  });

  it.each([
    ['GEXF', toGexf],
    ['GraphML', toGraphml],
  ] as const)('keeps ids, types, direction and dates of the Petro dataset through %s', async (_name, write) => {
    const petro = petroNetwork();
    expect(structure(await reimport([write(petro)]))).toEqual(structure(petro));
  });

  it.each([
    ['GEXF', toGexf],
    ['GraphML', toGraphml],
  ] as const)('keeps ids, types, direction and dates of hostile strings through %s', async (_name, write) => {
    const hostile = hostileNetwork();
    expect(structure(await reimport([write(hostile)]))).toEqual(structure(hostile));
  });
});
