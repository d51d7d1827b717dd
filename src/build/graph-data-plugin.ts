/**
 * Vite plugin that publishes the bundled dataset (graph-data/) next to the app: served as
 * is in development, copied into the build output. The app fetches it at run time, so the
 * data stays out of the JavaScript bundle and can be swapped without rebuilding.
 *
 * It also validates the dataset and publishes the manifest of what passed
 * (src/lib/data/manifest.ts), so the page can skip loading the validator for these exact
 * files. An invalid dataset gets no manifest: the page then validates it itself and shows
 * the problems, as it does for files swapped after the build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { MANIFEST_FILE } from '../lib/data/manifest.ts';
import { datasetManifest } from './dataset-manifest.ts';

const PUBLISHED = /\.(json|txt)$/;

function listFiles(root: string, folder = root): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return listFiles(root, path);
    return PUBLISHED.test(name) ? [relative(root, path).split(sep).join('/')] : [];
  });
}

export function graphDataPlugin(folder: string, urlPrefix = 'graph-data'): Plugin {
  return {
    name: 'petro-graph-data',
    configureServer(server) {
      server.middlewares.use(`/${urlPrefix}/`, (req, res, next) => {
        const wanted = decodeURIComponent((req.url ?? '').split('?')[0]).replace(/^\/+/, '');
        if (wanted === MANIFEST_FILE) {
          // Recomputed on every page load, so that edits to graph-data/ are checked as they happen.
          const outcome = datasetManifest(folder);
          if (!outcome.ok) {
            server.config.logger.warn(
              `graph-data is not valid; the page will list the problems:\n${outcome.problems.join('\n')}`,
            );
            res.statusCode = 404;
            return res.end();
          }
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          return res.end(JSON.stringify(outcome.manifest));
        }
        if (!listFiles(folder).includes(wanted)) return next();
        res.setHeader(
          'Content-Type',
          wanted.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
        );
        res.end(readFileSync(join(folder, wanted)));
      });
    },
    generateBundle() {
      const outcome = datasetManifest(folder);
      if (outcome.ok) {
        this.emitFile({
          type: 'asset',
          fileName: `${urlPrefix}/${MANIFEST_FILE}`,
          source: JSON.stringify(outcome.manifest),
        });
      } else {
        this.warn(`graph-data is not valid; the page will list the problems:\n${outcome.problems.join('\n')}`);
      }
      for (const file of listFiles(folder)) {
        this.emitFile({
          type: 'asset',
          fileName: `${urlPrefix}/${file}`,
          source: readFileSync(join(folder, file)),
        });
      }
    },
  };
}
