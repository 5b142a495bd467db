import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_STORE_CODE_START, DATA_STORE_MODULE } from '~/integrations/data-store-from-disk.ts';
import { mermaidMarkdown } from '~/integrations/mermaid.ts';
import { packageDir } from '~/build/package-version.ts';
import { markdownProcessor, shikiConfig } from '~/markdown/config.ts';
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

  it('still inlines the whole store as one JSON.parse of a string', () => {
    const plugin = readFileSync(join(dist, 'vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(plugin).toContain('code: `' + DATA_STORE_CODE_START + '${JSON.stringify(jsonData)})`');
  });
});

describe('astro-mermaid: the config hook mermaid.ts wraps and render-worker.mjs replays', () => {
  it('adds its plugins through updateConfig({ markdown: { processor } }) and needs nothing else', async () => {
    const updates: unknown[] = [];
    const quiet = { info() {}, warn() {}, error() {}, debug() {} };
    const hook = mermaidMarkdown().hooks['astro:config:setup'] as (params: unknown) => Promise<void>;
    await hook({
      config: { root: new URL('file:///tmp/'), markdown: { processor: markdownProcessor } },
      command: 'build',
      logger: { ...quiet, fork: () => quiet },
      updateConfig: (update: unknown) => updates.push(update),
      addWatchFile() {},
      injectScript: () => {
        throw new Error('mermaid.ts must drop astro-mermaid’s injected scripts');
      },
    });
    const markdown = updates.map((update) => (update as { markdown?: { processor?: typeof markdownProcessor } }).markdown).filter(Boolean);
    expect(markdown).toHaveLength(1);
    // Its two plugins come after ours, which must see the diagram fences first.
    expect(pipelineOf(markdown[0]!.processor!, shikiConfig)).toBe(
      pipelineOf(markdownProcessor, shikiConfig).replace(/remark\[([^\]]*)\]/, 'remark[$1,remarkMermaidPlugin]').replace(/rehype\[([^\]]*)\]/, 'rehype[$1,rehypeMermaidPlugin]'),
    );
  });
});
