import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { hasClass } from './has-class.ts';
import { LEVELS, anchorLabel } from './rehype-heading-anchors.ts';

/** A heading's content without the nodes `drop` picks, at any depth. */
function without(nodes: ElementContent[], drop: (node: ElementContent) => boolean): ElementContent[] {
  return nodes.filter((node) => !drop(node)).map((node) => (node.type === 'element' ? { ...node, children: without(node.children, drop) } : node));
}

/** As the table of contents shows it: without the self-link or the search-only text. */
const notInToc = (node: ElementContent) => hasClass(node, 'heading-anchor') || hasClass(node, 'math-search-text');
/** As a screen reader would read it: each formula as its MathML, without its TeX annotation. */
const notSpoken = (node: ElementContent) => notInToc(node) || hasClass(node, 'katex-html') || (node.type === 'element' && node.tagName === 'annotation');

/**
 * Astro's heading list (for the table of contents) joins every text node in a heading, so a
 * formula read as its MathML, its TeX annotation and KaTeX's visual text in a row:
 * "(ε,δ)(\varepsilon,\delta)(ε,δ) 差分隐私". For each heading with a formula, this keeps the
 * rendered heading as HTML in `headingHtml` (by id) in the page's frontmatter, so the table of
 * contents shows the formula as in the heading, and names the heading's self-link from the
 * formula's MathML instead of its TeX source. Runs after KaTeX and the heading anchors.
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
      if (!hasFormula) return SKIP;
      headingHtml[node.properties['id']] = toHtml(without(node.children, notInToc)).trim();
      // The self-link was named from the TeX source, before KaTeX ran: "本节链接：(\varepsilon,\delta) 差分隐私".
      const anchor = node.children.find((child): child is Element => hasClass(child, 'heading-anchor'));
      const spoken = toText({ type: 'element', tagName: 'span', properties: {}, children: without(node.children, notSpoken) }).replace(/\s+/g, ' ').trim();
      if (anchor) anchor.properties['ariaLabel'] = anchorLabel(spoken);
      return SKIP;
    });
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter['headingHtml'] = headingHtml;
  };
}
