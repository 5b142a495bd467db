import { unified, type ShikiConfig } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeCodeFigure from './rehype-code-figure';
import rehypeHeadingAnchors from './rehype-heading-anchors';
import rehypeKatexStrict from './rehype-katex-strict';
import rehypeMermaidFigure from './rehype-mermaid-figure';
import remarkPageFeatures from './remark-page-features';
import { shikiTransformerTitle } from './shiki-transformer-title';

/**
 * The one Markdown pipeline, shared by .md and .mdx (MDX follows markdown.processor).
 * Order matters: page features are read before astro-mermaid (appended by its integration)
 * turns diagram fences into raw HTML; heading anchors are set before KaTeX so a formula in a
 * heading slugs from its TeX source, not from KaTeX's markup.
 */
export const markdownProcessor = unified({
  remarkPlugins: [remarkMath, remarkPageFeatures],
  rehypePlugins: [rehypeHeadingAnchors, [rehypeKatexStrict, { output: 'htmlAndMathml' }], rehypeCodeFigure, rehypeMermaidFigure],
  smartypants: false,
});

export const shikiConfig: ShikiConfig = {
  themes: { light: 'github-light', dark: 'github-dark' },
  defaultColor: false,
  transformers: [shikiTransformerTitle],
};
