import { describe, expect, it } from 'vitest';
import { spaceHtmlWords } from '../../../scripts/lib/index-site.mjs';

describe('spaceHtmlWords: the page as the index reads it', () => {
  it('spaces the words of the text and keeps markup, attributes and scripts as they are', () => {
    expect(spaceHtmlWords('<p title="权重量化">权重量化<b>粗体</b>词</p><script>const 量化 = "向量化";</script>')).toBe(
      '<p title="权重量化">权重 量化<b> 粗 体</b> 词</p><script>const 量化 = "向量化";</script>',
    );
  });

  it('leaves filter values whole, nested markup included', () => {
    const html = '<span data-pagefind-filter="type">议程</span><a data-pagefind-filter="track" href="/t/">模型<b>与</b>训练</a>之后';
    expect(spaceHtmlWords(html)).toBe('<span data-pagefind-filter="type">议程</span><a data-pagefind-filter="track" href="/t/">模型<b>与</b>训练</a>之后');
  });

  it('adds no space where a block ends, so Pagefind still marks the end of the block', () => {
    expect(spaceHtmlWords('<h1>反向传播</h1><h2>简介</h2><p>深度学习</p>')).toBe('<h1>反向传播</h1><h2>简介</h2><p>深度 学习</p>');
  });

  it('leaves a page without Chinese unchanged', () => {
    const html = '<p>Hello <code>foo</code>bar, 10<sup>-15</sup></p>';
    expect(spaceHtmlWords(html)).toBe(html);
  });
});
