import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** Astro's resolved id of the content layer's data store module (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** How Astro's module begins when it holds the whole store in one string literal. */
export const DATA_STORE_CODE_START = 'export default JSON.parse(';

/**
 * Astro puts the content layer's whole data store (every rendered article, 23 MB at 1,000
 * articles) into the server bundle as one string literal, which the bundler then parses and
 * writes out and Node compiles again before rendering. The pages are rendered by Node on this
 * machine, from the store Astro has just written, so the module can read that file instead: the
 * same data, without pushing it through the bundler (scripts/bench-results.md).
 */
export function dataStoreFromDisk(): AstroIntegration {
  return {
    name: 'data-store-from-disk',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'data-store-from-disk',
                apply: 'build',
                transform(code, id) {
                  if (id !== DATA_STORE_MODULE || this.environment.config.consumer !== 'server') return;
                  // Only the single-file store in its usual form; anything else is left as Astro made it.
                  if (!code.startsWith(DATA_STORE_CODE_START)) return;
                  return { code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`, map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
