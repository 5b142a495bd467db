/** WCAG relative luminance of #rrggbb. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast ratio of white text on #rrggbb. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/**
 * The colour itself when white text on it reaches 4.5:1 (the site sets track chips in white),
 * else the same hue darkened step by step until it does: an export's light yellow (#F9B000)
 * becomes a readable amber instead of failing the contrast check on every page.
 */
export function readableOnWhite(hex: string): string {
  let [r, g, b] = [1, 3, 5].map((offset) => parseInt(hex.slice(offset, offset + 2), 16)) as [number, number, number];
  let color = hex.toLowerCase();
  while (contrastWithWhite(color) < 4.5) {
    [r, g, b] = [r, g, b].map((value) => Math.floor(value * 0.92)) as [number, number, number];
    color = `#${[r, g, b].map((value) => value.toString(16).padStart(2, '0')).join('')}`;
  }
  return color;
}
