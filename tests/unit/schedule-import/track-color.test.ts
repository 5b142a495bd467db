import { describe, expect, it } from 'vitest';
import { contrastWithWhite, readableOnWhite } from '~/schedule-import/track-color';

describe('readableOnWhite', () => {
  it('keeps a colour white text already reads on', () => {
    expect(readableOnWhite('#1F6FEB')).toBe('#1f6feb');
  });
  it.each(['#F9B000', '#E40429', '#ffffff', '#00ff00'])('darkens %s until white text on it reaches 4.5:1', (color) => {
    const readable = readableOnWhite(color);
    expect(contrastWithWhite(readable)).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite(readable)).toBeLessThan(5.5);
  });
});
