import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { cacheFiles } from '../../../scripts/lib/build-cache.mjs';
import { DATA_STORE_META, DATA_STORE_MODULE } from '~/integrations/data-store-from-disk.ts';
import { PRELOAD_HELPER_ID } from '~/integrations/small-preload-helper.ts';
import { packageDir } from '~/build/package-version.ts';
import { markdownProcessor, shikiConfig } from '~/markdown/config.ts';
import { withMermaid } from '~/markdown/mermaid.ts';
import { pipelineOf } from '~/markdown/render-pool.ts';

// Where the build leans on another package's internals (README, "Couplings"). Each of these
// would otherwise fail quietly after an upgrade: the build still passes, only slower or plainer.

describe('Astro: the content data store module that data-store-from-disk.ts replaces', () => {
  const dist = join(packageDir('astro'), 'dist/content');

  it('keeps its resolved id', () => {
    const consts = readFileSync(join(dist, 'consts.js'), 'utf8');
    expect(consts).toContain('const DATA_STORE_VIRTUAL_ID = "astro:data-layer-content";');
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
    expect(DATA_STORE_MODULE).toBe('\0astro:data-layer-content');
  });

  it('gives the module the incremental-build metadata it is given here', async () => {
    const { createContentDataIncrementalMetadata } = await import(pathToFileURL(join(packageDir('astro'), 'dist/core/build/incremental-metadata.js')).href);
    expect(createContentDataIncrementalMetadata()).toEqual(DATA_STORE_META);
  });

  it('builds the module from the file the integration reads, the cache directory’s data-store.json', async () => {
    const { getDataStoreFile, getDataStoreChunkSize } = await import(pathToFileURL(join(dist, 'paths.js')).href);
    const settings = { config: { cacheDir: new URL('file:///c/'), experimental: {} }, dotAstroDir: new URL('file:///d/') };
    expect(getDataStoreChunkSize(settings)).toBeUndefined();
    expect(getDataStoreFile(settings, false).pathname).toBe(cacheFiles('/c').dataStore);
  });
});

describe('astro-mermaid: the config hook src/markdown/mermaid.ts runs for its plugins', () => {
  it('appends its two plugins to ours, which must see the diagram fences first', async () => {
    const quiet = { info() {}, warn() {}, error() {}, debug() {} };
    const processor = await withMermaid(markdownProcessor, new URL('file:///tmp/'), { ...quiet, fork: () => quiet, label: 'test', options: {} } as never);
    expect(pipelineOf(processor, shikiConfig)).toBe(
      pipelineOf(markdownProcessor, shikiConfig).replace(/remark\[([^\]]*)\]/, 'remark[$1,remarkMermaidPlugin]').replace(/rehype\[([^\]]*)\]/, 'rehype[$1,rehypeMermaidPlugin]'),
    );
  });
});

describe('Vite: the preload helper small-preload-helper.ts serves in its place', () => {
  it('is still the module Vite imports for every dynamic import()', () => {
    const vite = readFileSync(join(packageDir('vite'), 'dist/node/chunks/node.js'), 'utf8');
    expect(vite).toContain('const preloadHelperId = "\\0vite/preload-helper.js";');
    expect(PRELOAD_HELPER_ID).toBe('\0vite/preload-helper.js');
  });
});
