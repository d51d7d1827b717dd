/**
 * Real network files as other tools publish them (tests/fixtures/networks, copied from
 * ../shared/networks; the big ones are read there and skipped when absent).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importNetwork, type ImportResult } from '../../src/lib/import';
import type { Network } from '../../src/lib/data/network';
import { formatMessage } from '../../src/lib/i18n/messages';

const FIXTURES = resolve(process.cwd(), 'tests/fixtures/networks');
const SHARED = resolve(process.cwd(), '../shared/networks');

function open(folder: string, name: string): Extract<ImportResult, { ok: true }> {
  const text = readFileSync(resolve(folder, name), 'utf8');
  const result = importNetwork([{ name, text, size: Buffer.byteLength(text) }]);
  if (!result.ok) throw new Error(result.problems.map((problem) => formatMessage(problem, 'en')).join('\n'));
  return result;
}

function actor(network: Network, id: string) {
  const found = network.actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor ${id}`);
  return found;
}

describe('real network files', () => {
  it('les-miserables.gexf: 77 characters and 254 co-appearances with positions, colours and weights', () => {
    const { network, format, warnings } = open(FIXTURES, 'les-miserables.gexf');
    expect(format).toBe('gexf');
    expect(warnings).toEqual([]);
    expect(network.name).toBe('les-miserables');
    expect(network.actors).toHaveLength(77);
    expect(network.relations).toHaveLength(254);
    expect(actor(network, '11.0')).toMatchObject({
      label: 'Valjean',
      kind: 'node',
      x: -8.81755,
      y: -60.480377,
      color: 'rgb(254,240,217)',
      attributes: { authority: 0.06324787, hub: 0.06324787, size: 45 },
    });
    const second = network.relations.find((r) => r.id === '1');
    expect(second).toMatchObject({
      source: '2.0',
      target: '0.0',
      type: 'link',
      weight: 8,
      directed: true,
      evidence: [],
    });
    expect(new Set(network.relations.map((r) => r.id)).size).toBe(254);
  });

  it('les-miserables.graphml: the same network, with modularity classes kept as an attribute to colour by', () => {
    const { network, format } = open(FIXTURES, 'les-miserables.graphml');
    expect(format).toBe('graphml');
    expect(network.actors).toHaveLength(77);
    expect(network.relations).toHaveLength(254);
    expect(actor(network, '11')).toMatchObject({
      label: 'Valjean',
      kind: 'node',
      attributes: expect.objectContaining({ 'Modularity Class': 1 }),
      x: -87.93029,
      y: 6.8120565,
      color: '#f55b5b',
    });
    expect(new Set(network.actors.map((a) => a.attributes?.['Modularity Class'])).size).toBeGreaterThan(5);
    expect(network.relations.every((r) => r.directed === false)).toBe(true);
    expect(network.relations.find((r) => r.id === '1')?.weight).toBe(8);
  });

  it('gexf-1.3-features.gexf: list attributes, hex colours and an edge kind', () => {
    const { network } = open(FIXTURES, 'gexf-1.3-features.gexf');
    expect(network.actors.map((a) => a.id)).toEqual(['Suzy', 'John']);
    expect(actor(network, 'Suzy').color).toBe('#ff00ff');
    expect(actor(network, 'Suzy').attributes?.numbers).toBe('1, 1.5, 2');
    expect(network.relations).toEqual([
      { id: 'e0', source: 'John', target: 'Suzy', type: 'likes', evidence: [], directed: false },
    ]);
  });

  it.skipIf(!existsSync(resolve(SHARED, 'celegans.gexf')))('celegans.gexf: 306 neurons and 2,345 synapses', () => {
    const { network } = open(SHARED, 'celegans.gexf');
    expect(network.actors).toHaveLength(306);
    expect(network.relations).toHaveLength(2345);
    expect(network.relations.every((r) => r.directed === false && r.type === 'link')).toBe(true);
  });
});
