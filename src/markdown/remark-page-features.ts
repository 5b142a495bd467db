import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { readingMinutes } from '../lib/reading-time.ts';

export interface PageFeatures {
  hasMath: boolean;
  hasMermaid: boolean;
  hasCode: boolean;
  readingMinutes: number;
}

/**
 * Records what a page contains so its layout loads only what it needs: KaTeX's stylesheet when
 * there is math, the diagram script when there is a Mermaid block. Must run before the Mermaid
 * transform, which turns the code blocks into raw HTML.
 */
export default function remarkPageFeatures() {
  return (tree: Root, file: VFile) => {
    let hasMath = false;
    let hasMermaid = false;
    const prose: string[] = [];
    const code: string[] = [];
    visit(tree, (node) => {
      if (node.type === 'math' || node.type === 'inlineMath') hasMath = true;
      if (node.type === 'code') {
        if (node.lang === 'mermaid') hasMermaid = true;
        else code.push(node.value);
      }
      if (node.type === 'text') prose.push(node.value);
    });
    const features: PageFeatures = {
      hasMath,
      hasMermaid,
      hasCode: code.length > 0,
      readingMinutes: readingMinutes(prose.join('\n'), code.join('\n')),
    };
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    Object.assign(data.astro.frontmatter, features);
  };
}
