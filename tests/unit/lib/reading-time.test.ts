import { describe, expect, it } from 'vitest';
import { countCjk, readingMinutes } from '~/lib/reading-time';

describe('countCjk', () => {
  it.each([
    ['训练 BERT 模型', 4],
    ['abc', 0],
    ['，。：', 0],
    ['', 0],
  ])('%s → %i', (text, expected) => expect(countCjk(text)).toBe(expected));
});

describe('readingMinutes', () => {
  it.each([
    ['empty text is one minute', '', '', 1],
    ['400 Chinese characters a minute', '字'.repeat(4000), '', 10],
    ['200 English words a minute', 'word '.repeat(1000), '', 5],
    ['mixed text adds both', '字'.repeat(800) + ' word'.repeat(400), '', 4],
    ['20 lines of code a minute', '', 'x = 1\n'.repeat(100), 5],
  ])('%s', (_, prose, code, expected) => expect(readingMinutes(prose, code)).toBe(expected));
});
