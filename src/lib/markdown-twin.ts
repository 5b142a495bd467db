export interface TwinSource {
  title: string;
  description: string;
  /** The article's body as written (Markdown or MDX, without front matter). */
  body: string;
  /** The page's absolute URL, named at the top so the copy says where it came from. */
  url: string;
}

const FENCE = /^\s*(`{3,}|~{3,})/;
/** MDX-only lines: ESM statements and lines that are nothing but a JSX element or {expression}. */
const MDX_ONLY = /^(?:(?:import|export)\s.*|\s*<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>\s*|\s*\{[^}]*\}\s*)$/;

/**
 * The Markdown twin of an article (served at `<url>index.md` and listed in /llms.txt): title,
 * summary and the body as written, without the lines only MDX understands (imports, exports,
 * components, expressions). Lines inside fenced code are kept as they are, since `import numpy`
 * there is code.
 */
export function markdownTwin({ title, description, body, url }: TwinSource): string {
  let fence: string | undefined;
  let dropped = false;
  const lines: string[] = [];
  for (const line of body.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker;
    else if (!fence && MDX_ONLY.test(line)) {
      dropped = true;
      continue;
    }
    // A dropped line leaves no double blank line behind.
    if (dropped && line.trim() === '' && lines.at(-1)?.trim() === '') continue;
    dropped = false;
    lines.push(line);
  }
  return `# ${title}\n\n> ${description}\n\n原文：${url}\n\n${lines.join('\n').trim()}\n`;
}
