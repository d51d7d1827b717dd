/**
 * How much JavaScript the built app sends: the scripts and module preloads that
 * dist/index.html names (what the first view loads), and every .js file in dist/assets,
 * each gzip-compressed with node:zlib's default level and summed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  /** Gzip bytes of the JS named by index.html (`<script src>`, `<link rel="modulepreload">`). */
  firstViewJsGzipBytes: number;
  /** Gzip bytes of all JS in dist/assets, lazily loaded chunks and workers included. */
  allJsGzipBytes: number;
  /** The first-view files, relative to dist/. */
  firstViewFiles: string[];
}

/** Paths of the JS files index.html loads up front, relative to dist/. */
export function firstViewScripts(indexHtml: string): string[] {
  const paths = new Set<string>();
  for (const tag of indexHtml.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !/\brel=["']?modulepreload/i.test(tag)) continue;
    const path = /\b(?:src|href)=["']?([^"' >]+)/i.exec(tag)?.[1];
    if (path && path.endsWith('.js') && !/^[a-z]+:\/\//i.test(path)) paths.add(path.replace(/^\.?\//, ''));
  }
  return [...paths];
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;

/** Measures dist/ (build it first). */
export function measureBundle(distDir = 'dist'): BundleSize {
  const dist = resolve(distDir);
  const firstViewFiles = firstViewScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  const assets = join(dist, 'assets');
  const allJs = readdirSync(assets).filter((name) => name.endsWith('.js'));
  return {
    firstViewJsGzipBytes: firstViewFiles.reduce((sum, path) => sum + gzipBytes(join(dist, path)), 0),
    allJsGzipBytes: allJs.reduce((sum, name) => sum + gzipBytes(join(assets, name)), 0),
    firstViewFiles,
  };
}
