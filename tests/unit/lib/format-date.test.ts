import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '~/lib/format-date';

describe('formatDate', () => {
  it('formats a calendar date in Chinese without shifting it by the build machine zone', () => {
    expect(formatDate(new Date('2026-09-03'))).toBe('2026年9月3日');
  });
});

describe('isoDate', () => {
  it('gives YYYY-MM-DD', () => expect(isoDate(new Date('2026-12-12'))).toBe('2026-12-12'));
});
