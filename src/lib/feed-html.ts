import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

const hasClass = (node: Element, name: string) => {
  const classes = node.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
};

/**
 * How many articles /rss.xml carries, newest first. Each item holds a whole article (about 100 KB
 * with its formulas' MathML): every article of a 1,000-article library made a 100 MB feed.
 */
export const FEED_ITEMS = 30;

/**
 * An article's rendered HTML made fit for a feed reader, which runs no scripts, loads no site
 * stylesheet and may show the item away from the site:
 * - links and images get absolute URLs (a relative one would resolve against the reader's page);
 * - a KaTeX formula keeps only its MathML (which readers render natively and screen readers
 *   read), not the aria-hidden HTML copy that needs KaTeX's CSS and fonts to look like anything;
 * - a diagram stays as its Mermaid source in a <pre> with a link to the page where it is drawn;
 * - scripts, styles, buttons, heading anchors and hidden elements (the search-only text twins) go.
 */
export function feedHtml(html: string, pageUrl: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    const drop =
      node.tagName === 'script' ||
      node.tagName === 'style' ||
      node.tagName === 'copy-code' ||
      node.tagName === 'button' ||
      node.properties['hidden'] !== undefined ||
      hasClass(node, 'katex-html') ||
      hasClass(node, 'heading-anchor') ||
      hasClass(node, 'math-search-text');
    if (drop) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'mermaid-diagram') {
      const source = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre');
      const note: Element = {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          { type: 'text', value: '此处是一幅 Mermaid 图的源码，' },
          { type: 'element', tagName: 'a', properties: { href: pageUrl }, children: [{ type: 'text', value: '在网页上查看绘制好的图' }] },
          { type: 'text', value: '。' },
        ],
      };
      const replacement: ElementContent[] = source ? [{ ...source, properties: {} }, note] : [note];
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    }
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string' && !value.startsWith('data:')) node.properties[attribute] = new URL(value, pageUrl).href;
    }
    for (const attribute of ['style', 'tabIndex'] as const) delete node.properties[attribute];
    for (const attribute of Object.keys(node.properties)) if (/^on/i.test(attribute)) delete node.properties[attribute];
    return undefined;
  });
  return toHtml(tree);
}
