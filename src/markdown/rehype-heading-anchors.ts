import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import Slugger from 'github-slugger';
import { visit } from 'unist-util-visit';

/** The heading levels that get an id and a self-link (and can appear in the table of contents). */
export const LEVELS = new Set(['h2', 'h3', 'h4']);

/** The self-link's accessible name for a heading that reads `text`. */
export const anchorLabel = (text: string) => `本节链接：${text}`;

/**
 * Gives h2–h4 an id and a self-link. The ids use the same slugger as Astro's own heading ids,
 * which run after user plugins and keep ids already set, so the table of contents and the anchors
 * agree. The link has no text children (its "#" comes from CSS) so heading text stays clean for
 * the table of contents and search.
 */
export default function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const slugger = new Slugger();
    visit(tree, 'element', (node: Element) => {
      if (!LEVELS.has(node.tagName)) return;
      const text = toText(node).trim();
      const id = typeof node.properties['id'] === 'string' ? node.properties['id'] : slugger.slug(text);
      node.properties['id'] = id;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: anchorLabel(text) },
        children: [],
      });
    });
  };
}
