import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass } from './has-class.ts';

/**
 * Display formulas and tables scroll sideways on narrow screens. A scrolling region has to be
 * reachable by keyboard (WCAG 2.1.1; axe: scrollable-region-focusable), so each gets a tab stop
 * and a name. Each is a named <section>, i.e. a region, the role ARIA gives a named scrolling area
 * (group is not a role a tab stop may have: axe focus-order-semantics); regions are landmarks,
 * whose names must differ, so each is numbered in page order (公式 1, 公式 2, 表格 1). KaTeX's
 * display span becomes the section itself (its styles go by class). Tables are wrapped because a <table> itself cannot scroll without losing its layout.
 */
export default function rehypeScrollRegions() {
  return (tree: Root) => {
    let formulas = 0;
    let tables = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'span' && hasClass(node, 'katex-display')) {
        node.tagName = 'section';
        node.properties['tabIndex'] = 0;
        node.properties['ariaLabel'] = `公式 ${++formulas}`;
        return SKIP;
      }
      // An inline formula's markup holds no table or display formula.
      if (node.tagName === 'span' && hasClass(node, 'katex')) return SKIP;
      if (node.tagName === 'table' && parent && index !== undefined) {
        parent.children[index] = {
          type: 'element',
          tagName: 'section',
          properties: { className: ['table-scroll'], tabIndex: 0, ariaLabel: `表格 ${++tables}` },
          children: [node],
        };
        return SKIP;
      }
      return undefined;
    });
  };
}
