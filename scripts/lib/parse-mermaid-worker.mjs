import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { parseHTML } from 'linkedom';

// The check runs beside Astro, whose Markdown rendering uses the other core too (render-pool.ts):
// at the lowest priority (this thread only) it takes what the build leaves idle and is still
// done well before Astro, instead of slowing the rendering down by sharing a core with it.
try {
  setPriority(19);
} catch {
  // Not permitted on this system: the check runs at normal priority, as correct and a little slower.
}

const { window } = parseHTML('<!doctype html><html><body></body></html>');
globalThis.window = window;
globalThis.document = window.document;
const { default: mermaid } = await import('mermaid');

const failed = [];
for (const [index, diagram] of workerData.entries()) {
  try {
    await mermaid.parse(diagram.source);
  } catch (error) {
    const reason = String(error?.message ?? error).split('\n').filter(Boolean).slice(0, 3).join(' ');
    failed.push({ index, message: `${diagram.path}:${diagram.line}: Mermaid 图无法解析：${reason}` });
  }
}
parentPort.postMessage(failed);
