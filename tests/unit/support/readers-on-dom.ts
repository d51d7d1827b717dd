/**
 * The import pipeline loaded afresh on one DOM, so that one test file can compare the DOMs:
 * the browser's (jsdom's here), as the page loads the readers, or the light DOM, as the
 * import worker does (the DOM globals removed, light-dom-globals.ts evaluated first).
 * graphology-gexf/browser and graphology-graphml/browser bind the global DOMParser and
 * Document when they are evaluated, so every load needs its own evaluation of them; Node
 * caches packages' CommonJS files (vitest leaves node_modules to Node), which
 * vi.resetModules does not clear, so the entries are required afresh from the package
 * (the real public entries, not stand-ins). The jsdom globals are restored afterwards.
 */
import { createRequire } from 'node:module';
import { vi } from 'vitest';

const require = createRequire(import.meta.url);
const PARSER_ENTRIES = ['graphology-gexf/browser', 'graphology-graphml/browser'];

function freshEntry(entry: string): Record<string, unknown> {
  const packageDir = `${entry.split('/')[0]}/`;
  for (const path of Object.keys(require.cache))
    if (path.includes(`/node_modules/${packageDir}`)) delete require.cache[path];
  return require(entry) as Record<string, unknown>;
}

type Import = typeof import('../../../src/lib/import');
type Platform = typeof import('../../../src/lib/import/xml-platform');

export interface Readers {
  importNetwork: Import['importNetwork'];
  platform: ReturnType<Platform['xmlPlatform']>;
}

/**
 * Runs `load` (which imports modules) on fresh modules: with jsdom's DOM globals
 * ('browser'), or with none ('none', as in a worker), the globals restored afterwards.
 */
export async function loadFresh<T>(dom: 'browser' | 'none', load: () => Promise<T>): Promise<T> {
  const scope = globalThis as Record<string, unknown>;
  const saved = { DOMParser: scope.DOMParser, Document: scope.Document };
  vi.resetModules();
  for (const entry of PARSER_ENTRIES) vi.doMock(entry, () => freshEntry(entry));
  try {
    if (dom === 'none') {
      delete scope.DOMParser;
      delete scope.Document;
    }
    return await load();
  } finally {
    for (const entry of PARSER_ENTRIES) vi.doUnmock(entry);
    Object.assign(scope, saved);
  }
}

/** The readers as the page loads them (browser), or as the import worker does (light). */
export function readersOn(dom: 'browser' | 'light'): Promise<Readers> {
  return loadFresh(dom === 'light' ? 'none' : 'browser', async () => {
    // As in the worker: no DOM at all until the light DOM is installed, first.
    if (dom === 'light') await import('../../../src/lib/import/light-dom-globals');
    const { importNetwork } = await import('../../../src/lib/import');
    const { xmlPlatform } = await import('../../../src/lib/import/xml-platform');
    return { importNetwork, platform: xmlPlatform() };
  });
}
