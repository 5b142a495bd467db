import { describe, expect, it } from 'vitest';
import { mapFormat } from '~/schedule-import/map-format';

describe('mapFormat', () => {
  it.each([
    ['Talk', '技术研讨'],
    ['Lightning Talk', '技术研讨'],
    ['Lecture', '技术研讨'],
    ['Keynote', '主题演讲'],
    ['Keynote talk', '主题演讲'],
    ['Workshop', '动手工作坊'],
    ['Hands-on session', '动手工作坊'],
    ['Panel', '圆桌讨论'],
    ['Panel discussion', '圆桌讨论'],
    ['Roundtable', '圆桌讨论'],
    ['Demo', '产品展示'],
    ['Product showcase', '产品展示'],
    ['主题演讲', '主题演讲'],
    ['技术研讨', '技术研讨'],
    ['圆桌讨论', '圆桌讨论'],
    ['产品展示', '产品展示'],
    ['动手工作坊', '动手工作坊'],
  ])('%s → %s', (type, format) => {
    expect(mapFormat(type)).toBe(format);
  });

  it.each(['Meetup', 'Other', '', undefined])('has no format for %s', (type) => {
    expect(mapFormat(type)).toBeUndefined();
  });
});
