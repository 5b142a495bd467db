import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { diagramLabel } from '../lib/diagram-label.ts';
import { hasClass } from './has-class.ts';

const MERMAID_PRE = /^\s*<pre class="mermaid">[\s\S]*<\/pre>\s*$/;

function isMermaidPre(node: ElementContent): node is Element {
  return node.type === 'element' && node.tagName === 'pre' && hasClass(node, 'mermaid');
}

/** The diagram source from astro-mermaid's output: raw HTML in .md, an element in .mdx. */
function mermaidSource(node: ElementContent): string | undefined {
  if (node.type === 'raw' && MERMAID_PRE.test(node.value)) {
    const pre = fromHtml(node.value, { fragment: true }).children.find((child) => child.type === 'element');
    return pre ? toText(pre, { whitespace: 'pre' }) : undefined;
  }
  return isMermaidPre(node) ? toText(node, { whitespace: 'pre' }) : undefined;
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/**
 * astro-mermaid turns a ```mermaid fence into `<pre class="mermaid">source</pre>`. We wrap it in
 * a <mermaid-diagram> element that renders it as it nears the viewport; until then, and without
 * JavaScript, the reader sees the diagram's source as a labelled, readable block. Pagefind skips
 * it so diagram syntax never shows in search results. The caption is the diagram's own title and
 * description (accTitle / accDescr), or its kind.
 */
export default function rehypeMermaidFigure() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined || (node.type !== 'raw' && node.type !== 'element')) return;
      const source = mermaidSource(node as ElementContent);
      if (source === undefined) return;
      const { kind, title, description } = diagramLabel(source);
      parent.children[index] = el('figure', { className: ['diagram'] }, [
        el('mermaid-diagram', { dataPagefindIgnore: 'all', dataTitle: title, dataDescription: description }, [
          el('pre', { className: ['mermaid-source'], tabIndex: 0, ariaLabel: `${kind}源码` }, [{ type: 'text', value: source }]),
        ]),
        el('figcaption', {}, [
          { type: 'text', value: title },
          ...(description ? [el('span', { className: ['diagram-description'] }, [{ type: 'text', value: description }])] : []),
        ]),
      ]);
      return SKIP;
    });
  };
}
