import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildSite, expectBuildToFail, replaceIn } from '../helpers/build-site.ts';

/**
 * Markdown entries are rendered on Astro's main thread and on a worker thread
 * (src/markdown/render-pool.ts). MARKDOWN_WORKER=off and =only make a build use one of the two
 * for every entry, so the two can be compared.
 */
let caches: string;
const outDir = (name: string) => join(ROOT, '.build/fixtures', `render-worker-${name}-${process.pid}`);
/** Entries rendered and, of those, rendered on the worker, summed over the article collections (Chinese and English); null when none was. */
const onWorker = (output: string) => {
  const counts = [...output.matchAll(/Markdown：(\d+) 篇中 (\d+) 篇由第二个线程渲染/g)];
  if (counts.length === 0) return null;
  return [output, String(counts.reduce((sum, match) => sum + Number(match[1]), 0)), String(counts.reduce((sum, match) => sum + Number(match[2]), 0))] as const;
};

async function htmlFiles(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
  return new Map(await Promise.all(files.map(async (file) => [file.slice(dir.length), await readFile(file, 'utf8')] as const)));
}

beforeAll(async () => {
  caches = await mkdtemp(join(tmpdir(), 'render-worker-'));
});

afterAll(async () => {
  await rm(caches, { recursive: true, force: true });
  for (const name of ['main', 'worker']) await rm(outDir(name), { recursive: true, force: true });
});

describe('the Markdown render worker', () => {
  // The site's own articles: between them they use every part of the pipeline (formulas, code
  // with titles, diagrams, tables, headings with formulas).
  it('renders every page of the site exactly as the main thread does', async () => {
    const build = (name: string, mode: string) => buildSite(join(ROOT, 'content'), outDir(name), { MARKDOWN_WORKER: mode, BUILD_CACHE_DIR: join(caches, name) });
    const [main, worker] = await Promise.all([build('main', 'off'), build('worker', 'only')]);
    expect(main.code, main.output).toBe(0);
    expect(worker.code, worker.output).toBe(0);
    expect(onWorker(main.output)).toBeNull();
    // Every Markdown entry went to the worker.
    const [, rendered, workerRendered] = onWorker(worker.output) ?? [];
    expect(Number(workerRendered)).toBeGreaterThanOrEqual(27);
    expect(workerRendered).toBe(rendered);

    const [expected, actual] = await Promise.all([htmlFiles(outDir('main')), htmlFiles(outDir('worker'))]);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(expected.size).toBeGreaterThan(100);
    for (const [name, html] of expected) expect(actual.get(name) === html, name).toBe(true);
    // The pages compared do carry what the pipeline adds: formulas, code with titles, diagrams.
    const article = expected.get('/articles/transformer-self-attention/index.html') ?? '';
    for (const mark of ['class="katex"', '--shiki-dark:', 'data-title=', '<mermaid-diagram']) expect(article).toContain(mark);
  }, 300_000);

  it('stops the build on a formula KaTeX cannot parse, naming the file and line', () =>
    expectBuildToFail(
      (dir) => replaceIn(join(dir, 'articles/loss.md'), '$p-y$', '$\\frac{p-y$'),
      // Without the worker's errors relayed to the main thread this build passes (tried).
      [/公式无法渲染（KaTeX）：.*articles\/loss\.md:13:\d+/, /expected '\}'/],
      { MARKDOWN_WORKER: 'only' },
    ));
});
