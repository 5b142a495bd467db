import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { hasClass } from './has-class';

const LEVELS = new Set(['h2', 'h3', 'h4']);

/** A heading's content as the table of contents shows it: without its self-link or search-only text. */
function tocContent(nodes: ElementContent[]): ElementContent[] {
  return nodes
    .filter((node) => !hasClass(node, 'heading-anchor') && !hasClass(node, 'math-search-text'))
    .map((node) => (node.type === 'element' && !hasClass(node, 'katex') ? { ...node, children: tocContent(node.children) } : node));
}

/**
 * Astro's heading list (for the table of contents) joins every text node in a heading, so a
 * formula read as its MathML, its TeX annotation and KaTeX's visual text in a row:
 * "(ε,δ)(\varepsilon,\delta)(ε,δ) 差分隐私". For each heading with a formula, this keeps the
 * rendered heading as HTML in `headingHtml` (by id) in the page's frontmatter, so the table of
 * contents shows the formula as in the heading. Runs after KaTeX and the heading anchors.
 */
export default function rehypeHeadingHtml() {
  return (tree: Root, file: VFile) => {
    const headingHtml: Record<string, string> = {};
    visit(tree, 'element', (node: Element) => {
      // Formulas and highlighted code are most of a page's nodes, and hold no heading.
      if (node.tagName === 'pre' || hasClass(node, 'katex')) return SKIP;
      if (!LEVELS.has(node.tagName) || typeof node.properties['id'] !== 'string') return undefined;
      let hasFormula = false;
      visit(node, 'element', (child: Element) => {
        if (hasClass(child, 'katex')) hasFormula = true;
      });
      if (hasFormula) headingHtml[node.properties['id']] = toHtml(tocContent(node.children)).trim();
      return SKIP;
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['headingHtml'] = headingHtml;
  };
}
