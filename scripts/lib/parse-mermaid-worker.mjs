import { parentPort, workerData } from 'node:worker_threads';
import { parseHTML } from 'linkedom';

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
