/** What a Mermaid diagram says about itself, for its accessible name and its caption. */
export interface DiagramLabel {
  /** The diagram's kind in Chinese (流程图, 时序图 …), from its first keyword. */
  kind: string;
  /** `accTitle:`, a `title` line or the front matter's `title:`; the kind when there is none. */
  title: string;
  /** `accDescr:` or `accDescr { … }`, when given. */
  description?: string | undefined;
}

const KINDS: [RegExp, string][] = [
  [/^(flowchart|graph)\b/, '流程图'],
  [/^sequenceDiagram\b/, '时序图'],
  [/^classDiagram/, '类图'],
  [/^stateDiagram/, '状态图'],
  [/^erDiagram\b/, '实体关系图'],
  [/^gantt\b/, '甘特图'],
  [/^pie\b/, '饼图'],
  [/^journey\b/, '用户旅程图'],
  [/^gitGraph\b/, 'Git 分支图'],
  [/^mindmap\b/, '思维导图'],
  [/^timeline\b/, '时间线'],
  [/^quadrantChart\b/, '象限图'],
  [/^xychart/, '坐标图'],
  [/^sankey/, '桑基图'],
  [/^block/, '方块图'],
  [/^architecture/, '架构图'],
];

/**
 * Reads a diagram's own title and description the way Mermaid does (accTitle / accDescr, which
 * Mermaid also writes into the SVG's <title> and <desc>), so the page can name the diagram before
 * and without Mermaid running.
 */
export function diagramLabel(source: string): DiagramLabel {
  let body = source.replace(/^\s*---\n([\s\S]*?)\n---\s*\n/, '');
  const frontTitle = source.length !== body.length ? /^title:\s*(.+)$/m.exec(source.slice(0, source.length - body.length))?.[1] : undefined;
  body = body.replace(/^\s*%%.*$/gm, '');
  const firstLine = body.split('\n').map((line) => line.trim()).find((line) => line !== '') ?? '';
  const kind = KINDS.find(([pattern]) => pattern.test(firstLine))?.[1] ?? '图表';
  const accTitle = /^\s*accTitle\s*:\s*(.+)$/m.exec(body)?.[1];
  const titleLine = /^\s*title\s+(.+)$/m.exec(body)?.[1];
  const description = /^\s*accDescr\s*:\s*(.+)$/m.exec(body)?.[1] ?? /^\s*accDescr\s*\{([\s\S]*?)\}/m.exec(body)?.[1]?.replace(/\s+/g, ' ');
  const title = [accTitle, titleLine, frontTitle].map((text) => text?.trim().replace(/^["']|["']$/g, '')).find((text) => text);
  return { kind, title: title ?? kind, description: description?.trim() || undefined };
}
