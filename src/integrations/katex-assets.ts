import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { cp, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const katexDist = join(dirname(require.resolve('katex/package.json')), 'dist');

/** Where pages link KaTeX's stylesheet; only pages with math do (see ArticleLayout). */
export const KATEX_CSS_PATH = '/katex/katex.min.css';

/**
 * Serves KaTeX's stylesheet and its woff2 fonts as static files from the one installed KaTeX,
 * so math pages link them and other pages never load them. Bundling the CSS through an import
 * would put it on every page that shares the layout.
 */
export function katexAssets(): AstroIntegration {
  return {
    name: 'katex-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/katex/', (req, res, next) => {
          const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
          if (!/^(katex\.min\.css|fonts\/[\w-]+\.woff2)$/.test(name)) return next();
          res.setHeader('Content-Type', name.endsWith('.css') ? 'text/css' : 'font/woff2');
          createReadStream(join(katexDist, name)).pipe(res);
        });
      },
      'astro:build:done': async ({ dir }) => {
        const out = join(fileURLToPath(dir), 'katex');
        await mkdir(join(out, 'fonts'), { recursive: true });
        await cp(join(katexDist, 'katex.min.css'), join(out, 'katex.min.css'));
        const fonts = (await readdir(join(katexDist, 'fonts'))).filter((f) => f.endsWith('.woff2'));
        await Promise.all(fonts.map((f) => cp(join(katexDist, 'fonts', f), join(out, 'fonts', f))));
      },
    },
  };
}
