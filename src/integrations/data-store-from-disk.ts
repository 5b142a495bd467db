import type { AstroConfig, AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cacheFiles } from '../../scripts/lib/build-cache.mjs';

/** Astro's resolved id of the content layer's data store module (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The module metadata Astro gives its store module; its incremental build keys content data on it. */
export const DATA_STORE_META = { astroIncremental: { kind: 'content-data' } };

/**
 * Astro puts the content layer's whole data store (every rendered article, 250 MB at 1,000
 * full-length articles) into the server bundle as one string literal: it reads the file, parses
 * it to check it, and escapes it into that literal, which the bundler then parses and writes out
 * and Node compiles again before rendering. The pages are rendered by Node on this machine, from
 * the store Astro has just written, so the module reads that file instead, and is loaded before
 * Astro's loader runs: the same data, never a string in the bundler (1.5 GB of peak memory at
 * that size; scripts/bench-results.md).
 */
export function dataStoreFromDisk(): AstroIntegration {
  let config: AstroConfig;
  return {
    name: 'data-store-from-disk',
    hooks: {
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:setup': ({ vite }) => {
        // Only the single-file store; a chunked one (experimental.collectionStorage) is left to Astro.
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (storage !== undefined && storage !== 'single-file') return;
        const file = cacheFiles(fileURLToPath(config.cacheDir)).dataStore;
        // First of the 'pre' plugins, so that this load answers before Astro's would read the file.
        (vite.plugins ??= []).unshift({
          name: 'data-store-from-disk',
          enforce: 'pre',
          load(id) {
            if (id !== DATA_STORE_MODULE || this.environment.config.consumer !== 'server' || !existsSync(file)) return;
            return { code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`, map: { mappings: '' }, meta: DATA_STORE_META };
          },
          transform(code, id) {
            // Astro's own loader got there first: the build would still work, with the whole store
            // in the bundle, so say which coupling broke instead (README, "Couplings").
            if (id === DATA_STORE_MODULE && this.environment.config.consumer === 'server' && !code.includes('readFileSync(')) {
              this.error('data-store-from-disk：Astro 的数据存储模块先于本插件加载，整个存储会被打进服务端包。Astro 的插件顺序变了，见 README 的 Couplings。');
            }
          },
        });
      },
    },
  };
}
