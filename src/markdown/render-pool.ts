import type { AstroConfig } from 'astro';
import { Worker } from 'node:worker_threads';
import { reportContentError } from './content-errors.ts';

/** What Astro's Markdown entry type passes its render function, and what that returns. */
export interface RenderEntry {
  body?: string;
  data: Record<string, unknown>;
  filePath?: string;
}
export interface Rendered {
  html: string;
  metadata: Record<string, unknown> & { localImagePaths: string[]; remoteImagePaths: string[] };
}
export type Render = (entry: RenderEntry) => Promise<Rendered>;

type Processor = AstroConfig['markdown']['processor'] & { options?: { remarkPlugins?: unknown[]; rehypePlugins?: unknown[] } };

/** The plugins of a processor and Shiki transformers, by name: the worker checks it builds the same. */
export function pipelineOf(processor: Processor, shikiConfig: { transformers?: { name?: string }[] }): string {
  const names = (plugins: unknown[] = []) => plugins.map((plugin) => (Array.isArray(plugin) ? plugin[0] : plugin)?.name ?? '?').join(',');
  const options = processor.options ?? {};
  return `remark[${names(options.remarkPlugins)}] rehype[${names(options.rehypePlugins)}] shiki[${(shikiConfig.transformers ?? []).map((t) => t.name ?? '?').join(',')}]`;
}

/** Renders begin on the main thread; the worker starts once this many have been asked for. */
const WORKER_AFTER = 16;
/** Entries sent to the worker and not yet back: enough to keep it busy, few enough to share. */
const WORKER_QUEUE = 6;

/**
 * Astro renders every Markdown entry of a collection on its main thread while syncing content,
 * and at 1,000 articles that is most of a cold build while the machine's other core is idle.
 * This wraps Astro's render function so that, once a sync has more than a handful of entries to
 * render, a worker thread (render-worker.mjs) with the same pipeline renders some of them: an
 * entry goes to the worker when it has fewer than WORKER_QUEUE waiting, otherwise it is rendered
 * here. Each entry is rendered by one of the two, with the same plugins and settings, so the
 * output is the same whichever did it. close() ends the worker; renders after that (astro dev's
 * edits) are done here.
 */
export function renderPool(local: Render, config: AstroConfig): { render: Render; close(): { rendered: number; onWorker: number } } {
  // MARKDOWN_WORKER=off renders every entry here, =only every entry on the worker: the build
  // tests use them to compare the two and to check errors raised on the worker.
  const mode = process.env.MARKDOWN_WORKER;
  let requested = 0;
  let worker: Worker | undefined;
  /** Settles true once the worker can take entries, false if it never will. */
  let ready: Promise<boolean> | undefined;
  let isReady = false;
  let closed = false;
  let nextJob = 0;
  let onWorker = 0;
  const waiting = new Map<number, { entry: RenderEntry; resolve: (rendered: Rendered) => void; reject: (error: Error) => void }>();

  /** The worker is gone: what it had not finished is rendered here. */
  function stop() {
    isReady = false;
    worker = undefined;
    for (const { entry, resolve, reject } of waiting.values()) local(entry).then(resolve, reject);
    waiting.clear();
  }

  function start(): Promise<boolean> {
    const processor = config.markdown.processor as Processor;
    const thread = new Worker(new URL('./render-worker.mjs', import.meta.url), {
      workerData: {
        root: config.root.href,
        pipeline: pipelineOf(processor, config.markdown.shikiConfig),
        image: { domains: config.image.domains, remotePatterns: config.image.remotePatterns },
        syntaxHighlight: config.markdown.syntaxHighlight,
        shikiConfig: { ...config.markdown.shikiConfig, transformers: [] },
        gfm: config.markdown.gfm,
        smartypants: config.markdown.smartypants,
      },
    });
    worker = thread;
    return new Promise((settle) => {
      thread.on('message', (message: { ready?: true; job: number; code: string; metadata: Rendered['metadata']; error?: string; contentErrors?: string[] }) => {
        if (message.ready) {
          isReady = !closed;
          settle(isReady);
          return;
        }
        const job = waiting.get(message.job);
        waiting.delete(message.job);
        if (message.error !== undefined) {
          message.contentErrors?.forEach(reportContentError);
          job?.reject(new Error(message.error));
        } else {
          onWorker++;
          const { metadata } = message;
          job?.resolve({ html: message.code, metadata: { ...metadata, imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths) } });
        }
      });
      // A worker that cannot start (or dies) must not lose entries: they are rendered here instead.
      thread.on('error', (error: Error) => {
        console.error(`Markdown 渲染线程出错，改在主线程渲染：${error.message}`);
        stop();
        settle(false);
      });
      thread.on('exit', () => {
        stop();
        settle(false);
      });
    });
  }

  async function render(entry: RenderEntry): Promise<Rendered> {
    requested++;
    if (!ready && !closed && mode !== 'off' && (mode === 'only' || requested > WORKER_AFTER)) ready = start();
    if (mode === 'only' && !(await ready)) return local(entry);
    if (!worker || !isReady || (mode !== 'only' && waiting.size >= WORKER_QUEUE)) return local(entry);
    const job = nextJob++;
    const sent = new Promise<Rendered>((resolve, reject) => waiting.set(job, { entry, resolve, reject }));
    worker.postMessage({ job, body: entry.body ?? '', frontmatter: entry.data, filePath: entry.filePath });
    return sent;
  }

  return {
    render,
    close() {
      closed = true;
      void worker?.terminate();
      stop();
      return { rendered: requested, onWorker };
    },
  };
}
