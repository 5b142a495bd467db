import * as cheerio from 'cheerio';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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
