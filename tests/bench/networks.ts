/**
 * Which networks the benchmark opens, and how: the Petro dataset on the default page, the
 * generated synthetic networks and the real GEXF files in ../shared/networks/, imported
 * through the app's "Open network" file input.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { WrittenNetwork } from './generate';

/** One network to benchmark. */
export interface BenchNetwork {
  /** Stable id, used by the budget, the JSON file and `--compare`. */
  id: string;
  /** `default`: the Petro dataset the page loads itself; `import`: a file given to the input. */
  open: 'default' | 'import';
  /** Absolute path of the file to import. */
  file?: string;
  /** Nodes the file holds, when known, to check that the import drew all of them. */
  expectedNodes?: number;
  /** Why this network is not measured (for example, the file is absent). */
  skipped?: string;
}

/** The real-world files, relative to the project root. */
const REAL_GEXF_FILES = ['les-miserables', 'celegans', 'arctic', 'marvel-characters-by-stories'];
const REAL_FILES_DIR = '../shared/networks';

/** Synthetic networks imported as GEXF as well as JSON (the 50k one only as JSON). */
const GEXF_SIZES = new Set(['synthetic-1k', 'synthetic-10k']);

function realFile(name: string): BenchNetwork {
  const file = resolve(REAL_FILES_DIR, `${name}.gexf`);
  return existsSync(file)
    ? { id: name, open: 'import', file }
    : { id: name, open: 'import', skipped: `${file} is absent` };
}

/** Every network of a full run, in the order they are measured. */
export function fullRunNetworks(synthetic: readonly WrittenNetwork[]): BenchNetwork[] {
  const petro: BenchNetwork = { id: 'petro', open: 'default' };
  const imported = (s: WrittenNetwork, format: 'json' | 'gexf'): BenchNetwork => ({
    id: `${s.size.id}-${format}`,
    open: 'import',
    file: resolve(s[format]),
    expectedNodes: s.size.nodes,
  });
  const asJson = synthetic.map((s) => imported(s, 'json'));
  const asGexf = synthetic.filter((s) => GEXF_SIZES.has(s.size.id)).map((s) => imported(s, 'gexf'));
  return [petro, ...asJson, ...asGexf, ...REAL_GEXF_FILES.map(realFile)];
}
