#!/usr/bin/env node
// Draws the app icons in public/icons/ from the brand mark (the header's and favicon.svg's "A" on
// the accent colour): node scripts/icons.mjs. Run it when the mark or the palette changes and
// commit the PNGs; the build only copies them. Uses sharp, which Astro installs for its images.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const out = resolve(import.meta.dirname, '../public/icons');
const ACCENT = '#1d4ed8';
const MARK = '<path d="M9 22 16 9l7 13M12 17.5h8" fill="none" stroke="#fff" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/>';

/** The favicon's rounded square, for launchers that show the icon as it is. */
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${ACCENT}"/>${MARK}</svg>`;
/**
 * Full bleed, the mark shrunk to 70 % about the centre: launchers that cut their own shape
 * (a maskable icon, Apple's touch icon) keep the inner circle of 80 % of the width.
 */
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${ACCENT}"/><g transform="translate(16 15.5) scale(0.7) translate(-16 -15.5)">${MARK}</g></svg>`;

const icons = [
  ['icon-192.png', rounded, 192],
  ['icon-512.png', rounded, 512],
  ['maskable-512.png', fullBleed, 512],
  ['apple-touch-icon.png', fullBleed, 180],
];

await mkdir(out, { recursive: true });
for (const [name, svg, size] of icons) {
  await sharp(Buffer.from(svg), { density: (72 * size) / 32 })
    .resize(size, size)
    .png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 })
    .toFile(join(out, name));
  console.log(`${name} ${size}×${size}`);
}
