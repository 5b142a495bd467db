import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { sourcePosition } from '~/markdown/source-position';

const dir = mkdtempSync(join(tmpdir(), 'source-position-'));
const path = join(dir, 'a.md');
writeFileSync(path, '---\ntitle: x\n---\n\n第一行\n\n第三行\n');

describe('sourcePosition', () => {
  it('adds back the frontmatter lines Astro removed before the plugins ran', () => {
    const file = new VFile({ path, value: '第一行\n\n第三行' });
    expect(sourcePosition(file, 3, 2)).toBe(`${path}:7:2`);
  });
  it('keeps the line when the processed text is the whole file', () => {
    const file = new VFile({ path, value: '---\ntitle: x\n---\n\n第一行\n\n第三行\n' });
    expect(sourcePosition(file, 7)).toBe(`${path}:7:1`);
  });
  it('keeps the line for a file that is not on disk', () => {
    expect(sourcePosition(new VFile({ path: '/nowhere.md', value: 'x' }), 4, 1)).toBe('/nowhere.md:4:1');
  });
  it('gives just the path without a line', () => {
    expect(sourcePosition(new VFile({ path: '/nowhere.md', value: 'x' }))).toBe('/nowhere.md');
  });
});
