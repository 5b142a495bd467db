/** A content file as read from disk: its path relative to the project and its bytes. */
export interface ContentFile {
  path: string;
  bytes: Uint8Array;
}

export interface DiagramSource {
  path: string;
  /** 1-based line of the opening ``` fence in the file. */
  line: number;
  source: string;
}

const ENTRY_DIRS = ['articles', 'pages', 'talks', 'speakers'];
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The collection and entry id Astro derives from a path: content/talks/Opening.yaml →
 * content/talks + opening. The English edition's content/en/articles is a collection of its own.
 */
function entryKey(path: string): string | undefined {
  const parts = path.split('/');
  const at = parts.findIndex((part) => ENTRY_DIRS.includes(part));
  if (at === -1 || at === parts.length - 1) return undefined;
  const id = parts.slice(at + 1).join('/').replace(/\.(?:mdx?|ya?ml)$/i, '');
  return `${parts.slice(0, at + 1).join('/')}\0${id.toLowerCase()}`;
}

/**
 * Problems Astro would not report or would report without the file's name: empty files, files
 * that are not UTF-8 (Astro would silently show replacement characters), and two files that
 * become the same entry id (Astro keeps one and drops the other).
 */
export function checkContentFiles(files: readonly ContentFile[]): string[] {
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    let text: string;
    try {
      text = utf8.decode(file.bytes);
    } catch {
      errors.push(`${file.path}: 文件不是 UTF-8 编码，请用 UTF-8 另存后再构建`);
      continue;
    }
    if (text.trim() === '') errors.push(`${file.path}: 文件为空`);
    const key = entryKey(file.path);
    if (!key) continue;
    const other = seen.get(key);
    if (other) errors.push(`${file.path}: 与 ${other} 的 id 相同（“${key.split('\0')[1]}”），一个 id 只能对应一个文件`);
    else seen.set(key, file.path);
  }
  return errors;
}

/** Ids listed twice in a file() collection such as rooms.yaml. */
export function duplicateIds(path: string, items: unknown): string[] {
  if (!Array.isArray(items)) return [];
  const counts = new Map<string, number>();
  for (const item of items) {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === 'string') counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([id, n]) => `${path}: id “${id}” 出现了 ${n} 次`);
}

/** Every ```mermaid fence of a Markdown/MDX file, with the line it starts on. */
export function mermaidSources(path: string, text: string): DiagramSource[] {
  const diagrams: DiagramSource[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*mermaid\b/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(fence); j++) body.push(lines[j]!);
    diagrams.push({ path, line: i + 1, source: body.join('\n') });
    i = j;
  }
  return diagrams;
}
