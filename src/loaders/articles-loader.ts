import type { AstroConfig } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needsMdx } from '../build/needs-mdx.ts';
import { sourceFingerprint } from '../build/source-fingerprint.ts';
import { renderPool, type Render } from '../markdown/render-pool.ts';

type GlobContext = LoaderContext & { entryTypes: Map<string, unknown> };
type MarkdownEntryType = { getRenderFunction(config: AstroConfig): Promise<Render> };

/** A view of the store in which `keys()` lists only one partition's entries, so each glob
 * instance below prunes only the entries it owns. */
function partition(store: LoaderContext['store'], owns: (filePath: string | undefined) => boolean): LoaderContext['store'] {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === 'keys') return () => target.keys().filter((id) => owns(target.get(id)?.filePath));
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * Articles are .md or .mdx. An .mdx file that uses no MDX feature (no import/export, JSX or
 * {expression} — see needs-mdx.ts) is rendered by the content layer's Markdown pipeline, with the
 * same remark/rehype plugins, and cached in its data store; only files that need MDX are
 * compiled into Vite modules. Compiling every article as a module was most of the build's time
 * and memory at 1,000 articles and made every rebuild start from nothing (scripts/bench-results.md).
 * A file that starts to need MDX while `astro dev` runs is picked up on restart.
 */
export function articlesLoader(base: string, { optional = false } = {}): Loader {
  return {
    name: 'articles-loader',
    async load(context) {
      const root = resolve(base);
      // A site without translations has no content/en/articles: an empty collection, not an error.
      if (optional && !existsSync(root)) {
        context.store.clear();
        return;
      }
      const entries = await readdir(root, { withFileTypes: true, recursive: true });
      const mdxFiles = new Set<string>();
      for (const entry of entries) {
        if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
        const full = join(entry.parentPath, entry.name);
        const text = await readFile(full, 'utf8');
        if (needsMdx(text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''))) mdxFiles.add(relative(root, full).split(sep).join('/'));
      }
      const projectPath = (file: string) => relative(context.config.root.pathname, join(root, file)).split(sep).join('/');
      const mdxPaths = new Set([...mdxFiles].map(projectPath));
      const isMdx = (filePath: string | undefined) => filePath !== undefined && mdxPaths.has(filePath);

      // Astro re-renders an entry only when its digest changes, which it takes from the file
      // alone: after a change to a remark/rehype plugin, or to a package the pipeline uses, the
      // store would keep the old rendering (and the page cache the old page, whose key holds the
      // digest). So the digest also covers the code articles are rendered with.
      const src = fileURLToPath(context.config.srcDir);
      // (Build tooling in src/build/ and the schedule importer are not: only needs-mdx.ts, which
      // chooses the pipeline, is.)
      const code = await sourceFingerprint(
        ['markdown', 'lib', 'integrations'].map((dir) => join(src, dir)),
        [join(src, 'build/needs-mdx.ts'), join(fileURLToPath(context.config.root), 'package-lock.json')],
      );
      const generateDigest: LoaderContext['generateDigest'] = (data) => context.generateDigest(typeof data === 'string' ? `${code}\0${data}` : { code, data });

      const { entryTypes } = context as GlobContext;
      // Markdown entries are rendered here and on a worker thread (render-pool.ts).
      const markdownType = entryTypes.get('.md') as MarkdownEntryType;
      let pool: ReturnType<typeof renderPool> | undefined;
      const pooled: MarkdownEntryType = {
        ...markdownType,
        async getRenderFunction(config) {
          pool = renderPool(await markdownType.getRenderFunction(config), config);
          return pool.render;
        },
      };
      const asMarkdown = new Map(entryTypes);
      asMarkdown.set('.md', pooled);
      asMarkdown.set('.mdx', pooled);
      const markdown = glob({ pattern: ['**/*.{md,mdx}', ...[...mdxFiles].map((file) => `!${file}`)], base });
      try {
        await markdown.load({ ...context, generateDigest, entryTypes: asMarkdown, store: partition(context.store, (path) => !isMdx(path)) } as GlobContext);
      } finally {
        const counts = pool?.close();
        if (counts?.onWorker) context.logger.info(`Markdown：${counts.rendered} 篇中 ${counts.onWorker} 篇由第二个线程渲染`);
      }
      if (mdxFiles.size > 0) {
        const mdx = glob({ pattern: [...mdxFiles], base });
        await mdx.load({ ...context, generateDigest, store: partition(context.store, isMdx) });
      }
    },
  };
}
