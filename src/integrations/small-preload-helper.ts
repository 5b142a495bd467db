import type { Plugin } from 'vite';

/** The module Vite's build imports into every chunk with a dynamic import() (vite:build-import-analysis). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * Vite wraps each dynamic import() in `__vitePreload(load, deps)`, whose helper (914 B gzip, with
 * CSP nonces, preloaded-link scans and error events) was a quarter of an article page's JS before
 * interaction, loaded by the header's search and the diagram watcher alike. This one does what
 * our chunks need: fetch a lazily loaded chunk's imports in parallel (modulepreload) and wait for
 * any stylesheet it brings, in about 200 B. Vite has no option to drop the helper, only to give
 * it another body, so the build's own module id is served here first (enforce: 'pre'); the
 * article budget test (tests/build/site.test.ts) fails if Vite stops using that id.
 */
export function smallPreloadHelper(): Plugin {
  let base = '/';
  return {
    name: 'devcon:small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      if (id !== PRELOAD_HELPER_ID) return null;
      return `const seen = {};
export const __vitePreload = (load, deps) =>
  Promise.all(
    (deps ?? []).map((dep) =>
      (seen[dep] ??= new Promise((done) => {
        const link = document.createElement('link');
        const css = dep.endsWith('.css');
        link.rel = css ? 'stylesheet' : 'modulepreload';
        link.href = ${JSON.stringify(base)} + dep;
        link.onload = link.onerror = done;
        document.head.append(link);
        if (!css) done();
      })),
    ),
  ).then(load);
`;
    },
  };
}
