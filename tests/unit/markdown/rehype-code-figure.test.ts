import { describe, expect, it } from 'vitest';
import rehypeCodeFigure from '~/markdown/rehype-code-figure';
import { parseTitle } from '~/markdown/shiki-transformer-title';
import type { Root } from 'hast';
import { toHtml } from './pipeline.ts';

/** Stands in for Shiki, which marks each highlighted <pre> with data-language (and data-title). */
function markLanguage() {
  return (tree: Root) => {
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'pre') {
        node.properties['dataLanguage'] = 'python';
        if (node === tree.children[0]) node.properties['dataTitle'] = 'train.py';
      }
    }
  };
}

describe('rehypeCodeFigure', () => {
  it('wraps highlighted code in a figure with a label and a hidden copy button', async () => {
    const { html } = await toHtml('```python\nprint(1)\n```\n\n```python\nprint(2)\n```', {
      rehype: [markLanguage, rehypeCodeFigure],
    });
    const figures = html.match(/<figure class="code-block">/g) ?? [];
    expect(figures).toHaveLength(2);
    expect(html).toContain('<span class="code-label">train.py</span>');
    expect(html).toContain('<span class="code-label">Python</span>');
    expect(html).toContain('<copy-code><button type="button" class="copy-button" hidden>复制</button></copy-code>');
    expect(html).toContain('<pre data-language="python" tabindex="0">');
  });

  it('leaves blocks Shiki did not highlight alone', async () => {
    const { html } = await toHtml('    indented', { rehype: [rehypeCodeFigure] });
    expect(html).not.toContain('figure');
  });
});

describe('parseTitle', () => {
  it.each([
    ['title="train.py"', 'train.py'],
    ["title='a b.py'", 'a b.py'],
    ['{1,3} title=x.ts', 'x.ts'],
    ['showLineNumbers', undefined],
    [undefined, undefined],
  ])('%s → %s', (meta, expected) => {
    expect(parseTitle(meta)).toBe(expected);
  });
});
