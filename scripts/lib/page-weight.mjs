import * as cheerio from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** A JS file and everything it imports statically (what runs before interaction); dynamic import() is left out. */
function jsClosure(dist, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(dist, file))) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const match of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
    const spec = match[1];
    if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
    const resolved = spec.startsWith('/') ? spec : join(dirname(file), spec);
    jsClosure(dist, resolved.replace(/^\/+/, '/'), seen);
  }
  return seen;
}

/**
 * Gzip bytes a page costs before interaction: its HTML, its stylesheets (KaTeX's counted apart)
 * and its module scripts with their static imports.
 */
export function pageWeight(dist, path) {
  const htmlFile = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(htmlFile);
  const $ = cheerio.load(html.toString());
  let css = 0;
  let katexCss = 0;
  for (const el of $('link[rel=stylesheet]').toArray()) {
    const href = $(el).attr('href');
    const size = gz(readFileSync(join(dist, href)));
    if (href.includes('katex')) katexCss += size;
    else css += size;
  }
  for (const el of $('style').toArray()) css += gz(Buffer.from($(el).text()));
  const files = new Set();
  let inlineJs = 0;
  for (const el of $('script').toArray()) {
    const type = $(el).attr('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = $(el).attr('src');
    if (src) jsClosure(dist, src, files);
    else inlineJs += gz(Buffer.from($(el).text()));
  }
  const js = [...files].reduce((sum, file) => sum + gz(readFileSync(join(dist, file))), inlineJs);
  // Mermaid's library code, not our small loader that imports it on demand.
  const mermaid = [...files].some((file) => /mermaidAPI/.test(readFileSync(join(dist, file), 'utf8')));
  return { html: gz(html), css, katexCss, js, mermaidLoaded: mermaid, scripts: files.size };
}
