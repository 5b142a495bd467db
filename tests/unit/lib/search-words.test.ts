import { describe, expect, it } from 'vitest';
import { joinWords, queryWords, SEARCH_WORDS, spaceWords } from '~/lib/search-words';

describe('spaceWords: the words the index and the query are split into', () => {
  it.each([
    // A term from SEARCH_WORDS stays whole where ICU cuts it apart or across.
    ['向量化实现', '向量化 实现'],
    ['基座权重量化', '基座 权重 量化'],
    ['推导交叉熵', '推导 交叉熵'],
    ['优化器状态', '优化器 状态'],
    // A term that starts inside an ICU word cuts it short (ICU: 逐词|元).
    ['逐词元的交叉熵', '逐 词元 的 交叉熵'],
    ['实现上还要注意', '实现 上 还 要 注意'],
    // Between Chinese and Latin words, numbers and punctuation, also full-width and curly quotes.
    ['int8量化与KV缓存', 'int8 量化 与 KV 缓 存'],
    ['训练（预热）；“困惑度”下降', '训练 （ 预热 ） ； “ 困惑度 ” 下降'],
    // Text without Chinese is left alone.
    ['ring all-reduce (a, b)', 'ring all-reduce (a, b)'],
  ])('%s → %s', (text, spaced) => {
    expect(spaceWords(text)).toBe(spaced);
  });

  it('splits a query the way it splits the same words in a page', () => {
    for (const word of ['量化', '交叉熵', '注意力机制', '困惑度', 'KV 缓存', '为什么要除以根号 d']) {
      expect(spaceWords(`在文中${word}。`)).toContain(` ${spaceWords(word)} `);
    }
  });

  it('keeps every term of SEARCH_WORDS as one word', () => {
    expect(SEARCH_WORDS.filter((word) => spaceWords(word) !== word)).toEqual([]);
  });

  it('never makes 量化 a word inside 向量化 or 权重量化', () => {
    for (const text of ['向量化', '权重量化', '向量化实现与权重量化']) {
      expect(spaceWords(text).split(' ').filter((word) => word.startsWith('量化') && !text.startsWith('量化'))).toEqual(
        text.includes('权重量化') ? ['量化'] : [],
      );
    }
  });
});

describe('joinWords: excerpts and titles read as written', () => {
  it.each([
    ['损失 函数 ： 从 最大 似然 推导 交叉熵', '损失函数：从最大似然推导交叉熵'],
    ['logits 的 <mark>最大</mark> <mark>差异</mark> 在 10^{-15} 量 级', 'logits 的<mark>最大</mark><mark>差异</mark>在 10^{-15} 量级'],
    ['KV 缓 存 、 FP16 。', 'KV 缓存、FP16。'],
    ['训练 （ 预热 ）', '训练（预热）'],
  ])('%s → %s', (spaced, shown) => {
    expect(joinWords(spaced)).toBe(shown);
  });

  it('gives back Chinese text as it was before spaceWords', () => {
    for (const text of ['模型使用向量化实现，权重量化很重要。', '“困惑度”下降；训练（预热）结束', '自注意力机制与 Transformer 架构']) {
      expect(joinWords(spaceWords(text))).toBe(text);
    }
  });
});

describe('queryWords: what Pagefind is asked for', () => {
  it.each([
    // Pagefind requires every word; a question's words are not on the page that answers it.
    ['为什么要除以根号 d', '除以 √ d'],
    ['如何防止过拟合', '过拟合'],
    ['什么是困惑度', '困惑度'],
    ['LoRA 是什么', 'LoRA'],
    ['精确率和召回率', spaceWords('精确率 召回率')],
    // Topic words stay, split as the index is.
    ['KV 缓存', 'KV 缓 存'],
    ['交叉熵', '交叉熵'],
    // Nothing but question words: searched as typed rather than as nothing.
    ['是什么', '是 什么'],
  ])('%s → %s', (query, words) => {
    expect(queryWords(query)).toBe(words);
  });
});
