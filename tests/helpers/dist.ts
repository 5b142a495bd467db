import * as cheerio from 'cheerio';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** Reads and parses built pages of one dist directory, caching each. */
export class Dist {
  #cache = new Map<string, cheerio.CheerioAPI>();
  constructor(readonly dir: string) {}

  /** Site path (/articles/x/) → parsed HTML. */
  page(path: string): cheerio.CheerioAPI {
    let $ = this.#cache.get(path);
    if (!$) {
      $ = cheerio.load(this.text(path.endsWith('/') ? `${path}index.html` : path));
      this.#cache.set(path, $);
    }
    return $;
  }

  text(file: string): string {
    return readFileSync(join(this.dir, file), 'utf8');
  }

  /** Every HTML page, as site paths. */
  pages(): string[] {
    return readdirSync(this.dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
      .map((file) => '/' + relative('.', file).split(sep).join('/').replace(/(^|\/)index\.html$/, '$1'));
  }
}

/**
 * What is wrong with the build's precompressed copies in `dir`: a text file over 1 KB without a
 * .br and a .gz that decompress to its bytes, or a copy beside a file that should have none (a
 * small file, Pagefind's already gzipped index). Empty when all is well.
 */
export function precompressionProblems(dir: string): string[] {
  const problems: string[] = [];
  const names = new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }));
  for (const name of names) {
    const copy = /^(.*)\.(br|gz)$/.exec(name);
    if (copy) {
      if (!names.has(copy[1]!)) problems.push(`${name}: no ${copy[1]} beside it`);
      continue;
    }
    const file = join(dir, name);
    if (!statSync(file).isFile()) continue;
    const bytes = readFileSync(file);
    const expected = /\.(html|css|js|mjs|json|xml|ics|svg|txt|webmanifest)$/.test(name) && bytes.length > 1024;
    for (const [ext, decode] of [['.br', brotliDecompressSync], ['.gz', gunzipSync]] as const) {
      if (!names.has(name + ext)) {
        if (expected) problems.push(`${name}: no ${ext}`);
      } else if (!expected) problems.push(`${name}${ext}: should not exist`);
      else if (!decode(readFileSync(file + ext)).equals(bytes)) problems.push(`${name}${ext}: does not decompress to ${name}`);
    }
  }
  return problems;
}
