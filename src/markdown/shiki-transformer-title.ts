import type { ShikiTransformer } from 'shiki';

const TITLE = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)'|(\S+))/;

/** Reads the file name from a fence's meta (```python title="train.py") into data-title. */
export function parseTitle(meta: string | undefined): string | undefined {
  const match = meta ? TITLE.exec(meta) : null;
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export const shikiTransformerTitle: ShikiTransformer = {
  name: 'code-title',
  pre(node) {
    const title = parseTitle(this.options.meta?.__raw);
    if (title) node.properties['dataTitle'] = title;
  },
};
