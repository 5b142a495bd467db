// A worker thread that renders Markdown entries with the same pipeline as Astro's content layer
// (src/markdown/render-pool.ts starts it and sends it entries). Plain JavaScript, because Node
// loads it directly: Vite does not. Node strips the types of the TypeScript modules it imports,
// which name their relative imports with the .ts extension, as all of src/ does.
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';

const { markdownProcessor, shikiConfig } = await import('./config.ts');
const { withMermaid } = await import('./mermaid.ts');
const { takeContentErrors } = await import('./content-errors.ts');
const { pipelineOf } = await import('./render-pool.ts');

const quiet = { info() {}, warn() {}, error() {}, debug() {} };
const processor = await withMermaid(markdownProcessor, new URL(workerData.root), { ...quiet, fork: () => quiet });

const pipeline = pipelineOf(processor, shikiConfig);
if (pipeline !== workerData.pipeline) {
  throw new Error(`渲染线程的 Markdown 流程与 Astro 的不同：\n  线程：${pipeline}\n  Astro：${workerData.pipeline}`);
}

const renderer = await processor.createRenderer({
  image: workerData.image,
  syntaxHighlight: workerData.syntaxHighlight,
  shikiConfig: { ...workerData.shikiConfig, transformers: shikiConfig.transformers },
  gfm: workerData.gfm,
  smartypants: workerData.smartypants,
});

parentPort.on('message', async ({ job, body, frontmatter, filePath }) => {
  try {
    const result = await renderer.render(body, { frontmatter, fileURL: filePath ? pathToFileURL(filePath) : undefined });
    parentPort.postMessage({ job, code: result.code, metadata: result.metadata });
  } catch (error) {
    parentPort.postMessage({ job, error: String(error?.message ?? error), contentErrors: takeContentErrors() });
  }
});
parentPort.postMessage({ ready: true });
