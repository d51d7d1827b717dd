import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, BUNDLE_VERSION, toBundle } from '../../src/lib/export';
import { validateDataset } from '../../src/lib/data/validate';
import { hostileNetwork, petroNetwork } from '../fixtures/export-networks';

describe('toBundle', () => {
  it('writes the marker fields and then the network, unchanged', () => {
    const network = hostileNetwork();
    const { format, version, ...rest } = JSON.parse(toBundle(network).content);
    expect(format).toBe(BUNDLE_FORMAT);
    expect(version).toBe(BUNDLE_VERSION);
    expect(rest).toStrictEqual(network);
  });

  it('starts with the marker fields, pretty-printed, and is named after the network', () => {
    const file = toBundle(hostileNetwork());
    expect(file.name).toBe('hostile-network-test-bogota.json');
    expect(file.mimeType).toBe('application/json');
    expect(file.content.startsWith('{\n  "format": "petro-network-bundle",\n  "version": 1,\n  "name": ')).toBe(true);
    expect(file.content.endsWith('}\n')).toBe(true);
  });

  it('holds everything the strict dataset rules need for the Petro dataset', () => {
    const bundle = JSON.parse(toBundle(petroNetwork()).content);
    const sourceFiles = Object.fromEntries(
      bundle.documents.map((d: { id: string; file: string }) => [d.file, bundle.sources[d.id]]),
    );
    const { problems, dataset } = validateDataset({ ...bundle, sourceFiles });
    expect(problems).toEqual([]);
    expect(dataset?.relations).toEqual(petroNetwork().relations);
  });
});
