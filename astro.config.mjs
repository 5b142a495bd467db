// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentErrors } from './src/integrations/fail-on-content-errors.ts';
import { dataStoreFromDisk } from './src/integrations/data-store-from-disk.ts';
import { vendorAssets } from './src/integrations/vendor-assets.ts';
import { mermaidMarkdown } from './src/integrations/mermaid.ts';
import { smallPreloadHelper } from './src/integrations/small-preload-helper.ts';
import { markdownProcessor, shikiConfig } from './src/markdown/config.ts';
import { DEFAULT_CACHE_DIR } from './scripts/lib/build-cache.mjs';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://devcon.example.com',
  // scripts/build.mjs builds into a temporary directory and swaps it in only on success.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // Fixture and benchmark builds read another content directory; each keeps its own content cache
  // (scripts/build.mjs sets it from scripts/lib/build-cache.mjs).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? DEFAULT_CACHE_DIR,
  trailingSlash: 'always',
  // Four pages render at once so one page's file writes overlap the next one's rendering:
  // generating 1,168 pages went from 3.2 to 2.2 s, with byte-identical output (scripts/bench-results.md).
  build: { format: 'directory', concurrency: 4 },
  security: {
    // A strict policy as a <meta> tag with hashes of every script and style Astro renders.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search module; nothing else needs more than hashes.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      // KaTeX and Shiki write style attributes, and Mermaid's SVG carries them too: allowed for
      // attributes only (style-src-attr), never for <style> elements.
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  markdown: {
    processor: markdownProcessor,
    shikiConfig,
  },
  integrations: [mermaidMarkdown(), mdx(), sitemap({
      filter: (page) => !page.includes('/404') && !page.endsWith('/offline/'),
      // Both editions, each URL with its alternate in the other language (xhtml:link hreflang).
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
    }), vendorAssets(), contentErrors(), dataStoreFromDisk()],
  experimental: {
    // Article pages carry a cacheKey (src/pages/articles/[...slug].astro): a rebuild copies the
    // unchanged ones from the previous build instead of rendering them again.
    incrementalBuild: true,
  },
  vite: {
    resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
    plugins: [smallPreloadHelper()],
  },
});
