import type { AstroIntegrationLogger } from 'astro';
import astroMermaid from 'astro-mermaid';
import type { markdownProcessor } from './config.ts';

type Processor = typeof markdownProcessor;

/**
 * The Markdown processor with astro-mermaid's remark and rehype plugins appended (they turn
 * ```mermaid fences into diagram blocks). astro-mermaid offers them only through its
 * integration's config hook, so the hook runs here against a config holding just the processor
 * and only the processor it hands to updateConfig is kept: its injected client script (which
 * renders every diagram at load and adds a <style> a strict CSP forbids; we ship
 * src/client/mermaid-diagram.ts instead) and its Vite pre-bundling of Mermaid (1–2 s of a
 * build, for a bundle vendor-assets.ts builds once) are dropped. Astro's config
 * (src/integrations/mermaid.ts) and the render worker (render-worker.mjs) both use this.
 */
export async function withMermaid(processor: Processor, root: URL, logger: AstroIntegrationLogger): Promise<Processor> {
  let result = processor;
  const setup = astroMermaid({ autoTheme: true, enableLog: false }).hooks['astro:config:setup'];
  const params = {
    config: { root, markdown: { processor } },
    command: 'build',
    logger,
    updateConfig: (update: { markdown?: { processor?: Processor } }) => {
      result = update.markdown?.processor ?? result;
    },
    addWatchFile() {},
    injectScript() {},
  };
  await setup?.(params as unknown as Parameters<NonNullable<typeof setup>>[0]);
  if (result === processor) throw new Error('astro-mermaid 没有给 Markdown 流程加上它的插件：它的 astro:config:setup 钩子变了（见 README 的 Couplings）。');
  return result;
}
