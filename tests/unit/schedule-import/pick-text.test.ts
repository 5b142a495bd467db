import { describe, expect, it } from 'vitest';
import { pickText } from '~/schedule-import/pick-text';

describe('pickText', () => {
  it.each([
    ['a plain string, trimmed', '  主题演讲 ', '主题演讲'],
    ['Chinese first', { en: 'Keynote', zh: '主题演讲' }, '主题演讲'],
    ['Simplified Chinese under a regional key', { en: 'Talk', 'zh-hans': '技术研讨', 'zh-hant': '技術研討' }, '技术研讨'],
    ['English when there is no Chinese', { de: 'Vortrag', en: 'Talk' }, 'Talk'],
    ['the first language otherwise', { de: 'Vortrag', fr: 'Conférence' }, 'Vortrag'],
    ['skipping blank translations', { zh: ' ', en: 'Talk' }, 'Talk'],
    ['nothing for a blank string', '   ', undefined],
    ['nothing for null', null, undefined],
    ['nothing for a number', 42, undefined],
    ['nothing for a list', ['Talk'], undefined],
  ])('%s', (_, value, text) => {
    expect(pickText(value)).toBe(text);
  });
});
