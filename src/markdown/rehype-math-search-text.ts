import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass } from './has-class.ts';

/** Longer inline formulas, and any with a TeX command, stand in search excerpts as "⋯". */
export const MAX_SEARCH_TEX = 24;

/**
 * What an excerpt shows for a formula: plain TeX such as "10^{-5}" or "d_k" reads well; "\frac{…}"
 * does not. A square root of plain TeX reads as √d_k, which also lets 为什么要除以根号 d find the
 * sentence that divides by $\sqrt{d_k}$ (the query side maps 根号 to √, src/lib/search-words.ts).
 */
export function searchText(tex: string): string {
  const plain = tex.replace(/\\sqrt\{([^{}\\]*)\}/g, '√$1');
  return plain.length <= MAX_SEARCH_TEX && !plain.includes('\\') ? plain : '⋯';
}

/**
 * The search index leaves KaTeX's markup out (its MathML and visual spans read as noise such as
 * "QK⊤dk​​"), which left a gap in excerpts: "峰值学习率在 量级". Each inline formula gets a hidden
 * twin that only the indexer reads: its TeX source when short and plain ("10^{-5}"), otherwise "⋯".
 * `hidden` keeps it from sighted readers and screen readers, which read KaTeX's MathML instead.
 * Runs before KaTeX, on remark-math's `code.math-inline` elements.
 */
export default function rehypeMathSearchText() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'code' || !hasClass(node, 'math-inline') || !parent || index === undefined) return undefined;
      const tex = toText(node).trim().replace(/\s+/g, ' ');
      const twin: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['math-search-text'], hidden: true },
        children: [{ type: 'text', value: searchText(tex) }],
      };
      parent.children.splice(index + 1, 0, twin);
      // Past the twin just inserted.
      return [SKIP, index + 2];
    });
  };
}
