import * as pagefind from 'pagefind';
import { join } from 'node:path';

/**
 * What never goes into the index or its excerpts: KaTeX's MathML and its visual markup (both read
 * as noise such as "QK⊤dk​​"), diagram sources, heading self-links, and the controls and time
 * lines of program pages (a talk result shows its time and room from its "when" meta instead).
 */
export const EXCLUDE_SELECTORS = [
  '.katex',
  'mermaid-diagram',
  '.mermaid-source',
  '.heading-anchor',
  '.copy-button',
  'zone-toggle',
  'star-toggle',
  '.talk-actions',
  '.talk-facts',
  '.talk-when',
  '.talk-badges',
  '.calendar-links',
];

/** Indexes the built site with Pagefind's extended (CJK-segmenting) binary into <dir>/pagefind. */
export async function indexSite(dir) {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind 索引出错：${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind 写出索引出错：${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
