import type { AstroIntegration } from 'astro';
import astroMermaid from 'astro-mermaid';

/**
 * astro-mermaid supplies the Markdown transform for ```mermaid fences. Its client script is
 * injected into every page, renders all diagrams at load and adds a <style> element at runtime
 * (which a strict CSP forbids), so we drop its injected scripts and ship our own
 * <mermaid-diagram> element (src/scripts/mermaid-diagram.ts), loaded only on pages with a
 * diagram and rendering each one as it nears the viewport.
 */
export function mermaidMarkdown(): AstroIntegration {
  const inner = astroMermaid({ autoTheme: true, enableLog: false });
  const setup = inner.hooks['astro:config:setup'];
  return {
    name: 'mermaid-markdown',
    hooks: {
      'astro:config:setup': async (params) => {
        // Its per-block info lines would drown the build log at a few hundred articles.
        const logger = Object.create(params.logger, { info: { value: () => {} } }) as typeof params.logger;
        // It also asks Vite to pre-bundle mermaid for the browser, which our client never imports
        // through Vite (vendor-assets.ts serves it): that pre-bundling took 1–2 s of a build
        // whenever the Vite config changed, so only its Markdown settings are passed on.
        const updateConfig: typeof params.updateConfig = (update) => params.updateConfig(update.markdown ? { markdown: update.markdown } : {});
        await setup?.({ ...params, logger, updateConfig, injectScript: () => {} });
      },
    },
  };
}
