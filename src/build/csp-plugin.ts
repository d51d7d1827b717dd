/**
 * Vite plugin that gives the built page a strict Content Security Policy, as a
 * `<meta http-equiv="Content-Security-Policy">` right after the charset in index.html. Only
 * the build gets it (`apply: 'build'`): the dev server injects inline scripts and styles for
 * hot reloading, which this policy would refuse. A meta policy cannot carry
 * `frame-ancestors`, `sandbox` or reporting; a server that wants those sends a header.
 *
 * Why each directive (checked against the built bundle and in the browser tests, whose
 * fixture fails on any violation, tests/e2e/fixtures.ts):
 * - `default-src 'self'`: anything not named below (fonts, manifests, media) only from the
 *   app's own origin.
 * - `script-src 'self'`: only the bundled module files; no inline script, no `eval` (the
 *   built index.html has none: Vite links the entry chunk as a file).
 * - `worker-src 'self'`: the layout and import workers are module workers built from files
 *   (`new Worker(new URL(...), { type: 'module' })`). No `blob:`: the layout runs
 *   graphology-layout-forceatlas2's synchronous function inside our own worker, not its
 *   Blob-built supervisor, and papaparse only builds a Blob worker with `worker: true`,
 *   which we never pass.
 * - `style-src 'self'`: component CSS is extracted to files. Svelte's `style:` directives
 *   and sigma write styles through the CSSOM (`element.style`), which CSP does not
 *   restrict, and no markup carries a `style` attribute, so no `'unsafe-inline'` at all.
 * - `img-src 'self' data: blob:`: the favicon from the origin; `data:` and `blob:` for
 *   pictures made in the page rather than fetched (the browser tests decode their
 *   screenshots from `data:` URLs; exports are Blobs). Neither can carry script.
 * - `connect-src 'self'`: the dataset is fetched from graph-data/ on the same origin.
 * - `object-src 'none'`: no plugins.
 * - `base-uri 'none'`: no `<base>` may redirect the page's relative addresses.
 * - `form-action 'none'`: the page submits no forms anywhere.
 */
import type { Plugin } from 'vite';

/** The directives of the built page's policy, in order. */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/** The policy as one header value. */
export const CSP_POLICY = Object.entries(CSP_DIRECTIVES)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

const CHARSET = /<meta\s+charset=[^>]*>/i;

export function cspPlugin(policy: string = CSP_POLICY): Plugin {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return {
    name: 'petro-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Before every script and stylesheet, so the policy covers them all; after the charset,
        // which must stay first.
        if (CHARSET.test(html)) return html.replace(CHARSET, (charset) => `${charset}\n    ${tag}`);
        return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${tag}`);
      },
    },
  };
}
