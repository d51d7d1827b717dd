/**
 * Vite plugin that publishes the bundled dataset (graph-data/) next to the app: served as
 * is in development, copied into the build output. The app fetches it at run time, so the
 * data stays out of the JavaScript bundle and can be swapped without rebuilding.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';

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
        if (!listFiles(folder).includes(wanted)) return next();
        res.setHeader(
          'Content-Type',
          wanted.endsWith('.json') ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8',
        );
        res.end(readFileSync(join(folder, wanted)));
      });
    },
    generateBundle() {
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
