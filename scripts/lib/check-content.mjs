import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parse } from 'yaml';
import { checkContentFiles, duplicateIds, mermaidSources } from '../../src/lib/content-files.ts';

/**
 * Checks the content directory before Astro reads it: empty and non-UTF-8 files, duplicate ids,
 * and Mermaid diagrams that would not render (parsed by Mermaid itself, so a broken diagram never
 * reaches a reader). Throws with one line per problem, each naming the file.
 */
export async function checkContent(contentDir, root) {
  const entries = await readdir(contentDir, { withFileTypes: true, recursive: true });
  const files = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && /\.(mdx?|ya?ml)$/i.test(entry.name))
      .map(async (entry) => {
        const full = join(entry.parentPath, entry.name);
        return { path: relative(root, full).split(sep).join('/'), full, bytes: await readFile(full) };
      }),
  );
  const errors = checkContentFiles(files);
  const broken = new Set(errors.map((error) => error.slice(0, error.indexOf(':'))));
  const diagrams = [];
  for (const file of files) {
    if (broken.has(file.path)) continue;
    const text = file.bytes.toString('utf8');
    if (/(^|\/)(rooms|tracks)\.ya?ml$/.test(file.path)) {
      try {
        errors.push(...duplicateIds(file.path, parse(text)));
      } catch (error) {
        errors.push(`${file.path}: YAML 无法解析：${error.message.split('\n')[0]}`);
      }
    }
    if (/\.mdx?$/.test(file.path)) diagrams.push(...mermaidSources(file.path, text));
  }
  errors.push(...(await checkDiagrams(diagrams)));
  if (errors.length) throw new Error(`内容检查发现 ${errors.length} 个问题：\n  ${errors.join('\n  ')}`);
  return { files: files.length, diagrams: diagrams.length };
}

/**
 * Mermaid needs a DOM even to parse, so it runs in a worker with linkedom's window, keeping
 * those globals out of the build process.
 */
function checkDiagrams(diagrams) {
  if (diagrams.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parse-mermaid-worker.mjs', import.meta.url), { workerData: diagrams });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}
