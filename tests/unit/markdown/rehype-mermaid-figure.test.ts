import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import rehypeMermaidFigure from '~/markdown/rehype-mermaid-figure';
import { toHtml } from './pipeline.ts';

const EXPECTED =
  '<figure class="diagram"><mermaid-diagram data-pagefind-ignore="all" data-title="流程图"><pre class="mermaid-source" tabindex="0" aria-label="流程图源码">flowchart LR\n  A["Q, K"] --> B</pre></mermaid-diagram><figcaption>流程图</figcaption></figure>';

/** astro-mermaid's output in .md files: a raw HTML node. */
function rawPre() {
  return (tree: Root) => {
    tree.children = [{ type: 'raw', value: '<pre class="mermaid">flowchart LR\n  A[&quot;Q, K&quot;] --&gt; B</pre>' }];
  };
}

/** astro-mermaid's output in .mdx files: an element. */
function elementPre() {
  return (tree: Root) => {
    tree.children = [
      { type: 'element', tagName: 'pre', properties: { className: ['mermaid'] }, children: [{ type: 'text', value: 'flowchart LR\n  A["Q, K"] --> B' }] },
    ];
  };
}

describe('rehypeMermaidFigure', () => {
  it.each([
    ['raw HTML (.md)', rawPre],
    ['an element (.mdx)', elementPre],
  ])('wraps a diagram given as %s, keeping its source readable', async (_, given) => {
    const { html } = await toHtml('placeholder', { rehype: [given, rehypeMermaidFigure] });
    expect(html).toBe(EXPECTED);
  });

  it('names and captions a diagram with its own accTitle and accDescr', async () => {
    const source = 'sequenceDiagram\n  accTitle: 一次请求\n  accDescr: 客户端先问，服务端后答\n  A->>B: hi';
    const { html } = await toHtml('placeholder', {
      rehype: [() => (tree: Root) => void (tree.children = [{ type: 'element', tagName: 'pre', properties: { className: ['mermaid'] }, children: [{ type: 'text', value: source }] }]), rehypeMermaidFigure],
    });
    expect(html).toContain('<mermaid-diagram data-pagefind-ignore="all" data-title="一次请求" data-description="客户端先问，服务端后答">');
    expect(html).toContain('aria-label="时序图源码"');
    expect(html).toContain('<figcaption>一次请求<span class="diagram-description">客户端先问，服务端后答</span></figcaption>');
  });

  it('leaves other raw HTML and other pre elements alone', async () => {
    const { html } = await toHtml('<pre class="other">x</pre>\n\n```js\n1\n```', { rehype: [rehypeMermaidFigure] });
    expect(html).not.toContain('mermaid');
  });
});
