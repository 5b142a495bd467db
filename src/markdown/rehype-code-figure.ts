import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { languageLabel } from '../lib/language-label.ts';

/**
 * Wraps each highlighted block in a figure with a caption (file name, else language) and a copy
 * button. The button starts hidden: it only works with JavaScript, whose custom element shows it.
 */
export default function rehypeCodeFigure() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || typeof node.properties['dataLanguage'] !== 'string') return;
      if (!parent || index === undefined) return;
      const title = node.properties['dataTitle'];
      const caption = typeof title === 'string' ? title : languageLabel(node.properties['dataLanguage']);
      // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
      node.properties['tabIndex'] = 0;
      const figure: Element = {
        type: 'element',
        tagName: 'figure',
        properties: { className: ['code-block'] },
        children: [
          {
            type: 'element',
            tagName: 'figcaption',
            properties: {},
            children: [
              { type: 'element', tagName: 'span', properties: { className: ['code-label'] }, children: [{ type: 'text', value: caption }] },
              {
                type: 'element',
                tagName: 'copy-code',
                properties: {},
                children: [
                  {
                    type: 'element',
                    tagName: 'button',
                    properties: { type: 'button', className: ['copy-button'], hidden: true },
                    children: [{ type: 'text', value: '复制' }],
                  },
                ],
              },
            ],
          },
          node as ElementContent,
        ],
      };
      parent.children[index] = figure;
      return SKIP;
    });
  };
}
