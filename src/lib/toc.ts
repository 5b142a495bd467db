export interface Heading {
  depth: number;
  slug: string;
  text: string;
  /** The heading rendered, when plain text would lose a formula (rehype-heading-html.ts). */
  html?: string | undefined;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/**
 * Nests h2 and h3 headings into a two-level table of contents. An h3 before any h2 becomes a
 * top-level item rather than being dropped.
 */
export function buildToc(headings: readonly Heading[], maxDepth = 3): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < 2 || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, children: [] };
    const parent = toc.at(-1);
    if (heading.depth > 2 && parent) parent.children.push(item);
    else toc.push(item);
  }
  return toc;
}
