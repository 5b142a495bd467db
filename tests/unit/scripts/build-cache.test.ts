import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCacheDir, cacheFiles, DEFAULT_CACHE_DIR } from '../../../scripts/lib/build-cache.mjs';
import { ROOT } from '../../helpers/build-site.ts';

describe('buildCacheDir', () => {
  const content = join(ROOT, 'content');
  const dist = join(ROOT, 'dist');

  it('uses Astro’s default for the project’s own content and dist/, as astro dev does', () => {
    expect(buildCacheDir(content, dist, {})).toBe(DEFAULT_CACHE_DIR);
    expect(DEFAULT_CACHE_DIR).toBe(join(ROOT, 'node_modules/.astro'));
  });

  it('takes BUILD_CACHE_DIR over every rule', () => {
    expect(buildCacheDir(content, dist, { BUILD_CACHE_DIR: '/srv/cache' })).toBe('/srv/cache');
  });

  it('keeps a content directory outside the project’s cache inside it, so it goes with it', () => {
    const copy = join(tmpdir(), 'fixture-basic-x1');
    expect(buildCacheDir(copy, join(tmpdir(), 'out'), {})).toBe(join(copy, '.build-cache'));
  });

  it('gives every other content and output pair its own directory under .build/cache', () => {
    const bench = join(ROOT, '.build/bench/content');
    const one = buildCacheDir(bench, join(ROOT, '.build/bench/dist-a'), {});
    const two = buildCacheDir(bench, join(ROOT, '.build/bench/dist-b'), {});
    expect(one.startsWith(join(ROOT, '.build/cache/'))).toBe(true);
    expect(one).not.toBe(two);
    expect(buildCacheDir(content, join(ROOT, 'dist-other'), {})).not.toBe(DEFAULT_CACHE_DIR);
  });

  it('names the files each owner keeps there', () => {
    expect(Object.values(cacheFiles('/c')).sort()).toEqual(['/c/data-store.json', '/c/incremental-build.json', '/c/mermaid-parsed.json', '/c/page-links.json']);
  });
});
