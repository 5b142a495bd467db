import { unified, type ShikiConfig } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeCodeFigure from './rehype-code-figure.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeHeadingHtml from './rehype-heading-html.ts';
import rehypeKatexStrict from './rehype-katex-strict.ts';
import rehypeMathSearchText from './rehype-math-search-text.ts';
import rehypeMermaidFigure from './rehype-mermaid-figure.ts';
import rehypeScrollRegions from './rehype-scroll-regions.ts';
import remarkPageFeatures from './remark-page-features.ts';
import { shikiTransformerTitle } from './shiki-transformer-title.ts';

/**
 * The one Markdown pipeline, shared by .md and .mdx (MDX follows markdown.processor).
 * Order matters: page features are read before astro-mermaid (appended by its integration)
 * turns diagram fences into raw HTML; heading anchors are set before KaTeX so a formula in a
 * heading slugs from its TeX source, not from KaTeX's markup. Code and diagram figures are made
 * before KaTeX too: every formula becomes hundreds of nodes, which they need not walk. Each
 * inline formula's hidden twin for search excerpts is read from its TeX source, before KaTeX;
 * headings with a formula are kept as HTML for the table of contents after it.
 */
export const markdownProcessor = unified({
  remarkPlugins: [remarkMath, remarkPageFeatures],
  rehypePlugins: [rehypeHeadingAnchors, rehypeCodeFigure, rehypeMermaidFigure, rehypeMathSearchText, [rehypeKatexStrict, { output: 'htmlAndMathml' }], rehypeScrollRegions, rehypeHeadingHtml],
  smartypants: false,
});

export const shikiConfig: ShikiConfig = {
  // The high-contrast variants keep every token, comments included, above 4.5:1 (WCAG AA).
  themes: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' },
  defaultColor: false,
  transformers: [shikiTransformerTitle],
};
