import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, version as viteVersion } from 'vite';
import { SHARED_CACHES } from '../../scripts/lib/build-cache.mjs';
import { installedVersion, packageDir } from '../build/package-version.ts';
import { KATEX_PREFIX, MERMAID_PREFIX } from '../build/vendor-paths.ts';

const mermaidVersion = installedVersion('mermaid');
// Rebuilt when Mermaid or the bundler changes.
const mermaidBundle = join(SHARED_CACHES.vendor, `mermaid-${mermaidVersion}-vite-${viteVersion}/`);

/**
 * Mermaid, bundled and minified for the browser once per installed version (and bundler) and kept in
 * node_modules/.cache: bundling its hundred modules was nearly all of the client build's time
 * (1.2 s of 1.3 s, on every build). Its own published browser build would need no bundling but
 * is 16 % heavier for a reader (235 vs 202 KB gzip to draw one flowchart). Returns the entry's
 * file name.
 */
async function bundleMermaid(): Promise<string> {
  const entry = async () => (await readdir(mermaidBundle).catch(() => [] as string[])).find((name) => /^mermaid\.[\w-]+\.js$/.test(name));
  const existing = await entry();
  if (existing) return existing;
  // Built beside the cache and renamed into place, so builds running at once never see half of it.
  const tmp = `${mermaidBundle.replace(/\/$/, '')}.tmp-${process.pid}`;
  await build({
    configFile: false,
    logLevel: 'error',
    root: dirname(tmp),
    build: {
      outDir: tmp,
      emptyOutDir: true,
      copyPublicDir: false,
      modulePreload: false,
      chunkSizeWarningLimit: 2048,
      rolldownOptions: {
        input: { mermaid: fileURLToPath(import.meta.resolve('mermaid')) },
        preserveEntrySignatures: 'strict',
        output: { entryFileNames: '[name].[hash].js', chunkFileNames: '[name].[hash].js' },
      },
    },
  });
  await rename(tmp, mermaidBundle).catch(() => rm(tmp, { recursive: true, force: true }));
  const built = await entry();
  if (!built) throw new Error(`Mermaid 打包失败：${mermaidBundle} 中没有入口文件。`);
  return built;
}

interface VendorFiles {
  /** URL prefix the files are served under, e.g. "/katex/0.16.22/". */
  prefix: string;
  /** The package's directory they come from. */
  dir: string;
  /** Which files, as paths relative to `dir`. */
  files: RegExp;
}

const VENDORED: VendorFiles[] = [
  { prefix: KATEX_PREFIX, dir: join(packageDir('katex'), 'dist'), files: /^(katex\.min\.css|fonts\/[\w-]+\.woff2)$/ },
  { prefix: MERMAID_PREFIX, dir: mermaidBundle, files: /^[\w.-]+\.js$/ },
];

const CONTENT_TYPES: Record<string, string> = { '.css': 'text/css', '.woff2': 'font/woff2', '.js': 'text/javascript' };

/**
 * Serves files of installed packages as static files under fixed paths, in dev and in the build:
 * KaTeX's stylesheet and woff2 fonts (so math pages link them and other pages never load them;
 * bundling the CSS through an import would put it on every page that shares the layout) and
 * Mermaid's bundle, which <mermaid-diagram> imports when a diagram nears the viewport.
 */
export function vendorAssets(): AstroIntegration {
  return {
    name: 'vendor-assets',
    hooks: {
      'astro:config:setup': async ({ updateConfig }) => {
        const entry = await bundleMermaid();
        updateConfig({ vite: { define: { __MERMAID_MODULE__: JSON.stringify(`${MERMAID_PREFIX}${entry}`) } } });
      },
      'astro:server:setup': ({ server }) => {
        for (const { prefix, dir, files } of VENDORED) {
          server.middlewares.use(prefix, (req, res, next) => {
            const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
            if (!files.test(name)) return next();
            res.setHeader('Content-Type', CONTENT_TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
            createReadStream(join(dir, name)).pipe(res);
          });
        }
      },
      'astro:build:done': async ({ dir: outDir }) => {
        for (const { prefix, dir, files } of VENDORED) {
          const out = join(fileURLToPath(outDir), prefix);
          const names = (await readdir(dir, { recursive: true })).map((name) => name.split('\\').join('/')).filter((name) => files.test(name));
          await Promise.all(names.map(async (name) => {
            await mkdir(dirname(join(out, name)), { recursive: true });
            await cp(join(dir, name), join(out, name));
          }));
        }
      },
    },
  };
}
