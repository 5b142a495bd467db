import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/build-site.ts';

/** Relative imports in a file that do not name the file they load (`./time` rather than `./time.ts`). */
function unnamedImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.\.?\/[^']*)'/g)].map((m) => m[1]!).filter((spec) => !/\.[a-z]+$/.test(spec));
}

// Node runs src/ modules for scripts/ (the importer, the build's checks, the render worker) by
// stripping their types, with no bundler to guess extensions; Vite reads the same files. One way
// for both: every relative import names its file.
describe('relative imports name their file', () => {
  const files = ['src', 'scripts']
    .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((name) => join(ROOT, dir, name)))
    .filter((file) => /\.(ts|mjs)$/.test(file) && !file.endsWith('.d.ts'));

  it('finds the modules', () => expect(files.length).toBeGreaterThan(100));

  it('in src/ and scripts/', () => {
    const unnamed = files.flatMap((file) => unnamedImports(file).map((spec) => `${relative(ROOT, file)}: ${spec}`));
    expect(unnamed).toEqual([]);
  });
});
