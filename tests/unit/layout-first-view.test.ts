// @vitest-environment node
/**
 * ForceAtlas2 and noverlap stay out of the page's first-view bundle: nothing the page's
 * layout modules import (transitively, type-only imports aside) imports either library;
 * only the worker's modules do. Read from the sources, so it fails before a build would
 * quietly grow. (`import { type X }` counts as an import: it keeps the module's side effects.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const LAYOUT_LIBRARIES = ['graphology-layout-forceatlas2', 'graphology-layout-noverlap'];
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/** The source file a relative import names (TypeScript or Svelte, whose imports read alike). */
function resolveSource(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  const found = [base, `${base}.ts`, `${base}/index.ts`].find(
    (path) => existsSync(path) && /\.(ts|svelte)$/.test(path),
  );
  if (!found) throw new Error(`cannot resolve ${specifier} from ${relative(ROOT, from)}`);
  return found;
}

/** Every package imported by `entry` and the sources it imports, with the source that imports it. */
function packagesReachedFrom(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const queue = [resolve(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (specifier.startsWith('.')) queue.push(resolveSource(file, specifier));
      else if (!packages.has(specifier)) packages.set(specifier, relative(ROOT, file));
    }
  }
  return packages;
}

const libraryImports = (packages: Map<string, string>) =>
  [...packages].filter(([name]) => LAYOUT_LIBRARIES.some((library) => name.startsWith(library)));

describe('the layout libraries in the page’s bundle', () => {
  it.each(['src/lib/layout/fa2-controller.ts', 'src/lib/layout/layout-state.svelte.ts'])(
    'none reached from %s',
    (entry) => {
      const packages = packagesReachedFrom(entry);
      expect(packages.has('graphology')).toBe(true);
      expect(libraryImports(packages)).toEqual([]);
    },
  );

  it('are reached from the layout worker, through their public entries only', () => {
    const found = libraryImports(packagesReachedFrom('src/lib/layout/layout.worker.ts'));
    expect(found.map(([name]) => name).sort()).toEqual(LAYOUT_LIBRARIES);
  });
});
