import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';

/**
 * "path:line:column" in the author's file. Astro hands .md plugins the body without its
 * frontmatter (and trimmed), so a line number there is short by the frontmatter's length; this
 * adds it back by finding the processed text in the file on disk.
 */
export function sourcePosition(file: VFile, line?: number, column?: number): string {
  if (!line) return file.path;
  let offset = 0;
  try {
    const raw = readFileSync(file.path, 'utf8');
    const text = String(file.value);
    const body = text.trim();
    const inRaw = raw.lastIndexOf(body);
    if (body && inRaw !== -1) offset = lines(raw.slice(0, inRaw)) - lines(text.slice(0, text.indexOf(body)));
  } catch {
    // Not on disk (a test's in-memory file): the line is already the file's own.
  }
  return `${file.path}:${line + offset}:${column ?? 1}`;
}

function lines(text: string): number {
  return text.split('\n').length - 1;
}
