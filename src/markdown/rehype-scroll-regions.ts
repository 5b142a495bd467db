import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { hasClass } from './has-class';

/**
 * Display formulas and tables scroll sideways on narrow screens. A scrolling region has to be
 * reachable by keyboard (WCAG 2.1.1; axe: scrollable-region-focusable), so each gets a tab stop
 * and a name. Tables are wrapped because a <table> itself cannot scroll without losing its layout.
 */
export default function rehypeScrollRegions() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'span' && hasClass(node, 'katex-display')) {
        node.properties['tabIndex'] = 0;
        node.properties['role'] = 'group';
        node.properties['ariaLabel'] = '公式';
        return SKIP;
      }
      // An inline formula's markup holds no table or display formula.
      if (node.tagName === 'span' && hasClass(node, 'katex')) return SKIP;
      if (node.tagName === 'table' && parent && index !== undefined) {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: '表格' },
          children: [node],
        };
        return SKIP;
      }
      return undefined;
    });
  };
}
