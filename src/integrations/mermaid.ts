import type { AstroIntegration } from 'astro';
import type { markdownProcessor } from '../markdown/config.ts';
import { withMermaid } from '../markdown/mermaid.ts';

/** Adds astro-mermaid's Markdown plugins, and nothing else of it (see src/markdown/mermaid.ts). */
export function mermaidMarkdown(): AstroIntegration {
  return {
    name: 'mermaid-markdown',
    hooks: {
      'astro:config:setup': async ({ config, logger, updateConfig }) => {
        // Its per-block info lines would drown the build log at a few hundred articles.
        const quiet = Object.create(logger, { info: { value: () => {} } }) as typeof logger;
        const processor = await withMermaid(config.markdown.processor as typeof markdownProcessor, config.root, quiet);
        updateConfig({ markdown: { processor } });
      },
    },
  };
}
