import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../scripts/lib/check-content.mjs';

const article = (diagram: string) => `---\ntitle: 图\n---\n\n正文。\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`;
const GOOD = 'flowchart LR\n  A[数据] --> B[模型]';
const BROKEN = 'flowchart LR\n  A[数据 --> B[模型]';

describe('content check: Mermaid diagrams remembered between builds', () => {
  let dir: string;
  let content: string;
  let cache: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'check-content-'));
    content = join(dir, 'content');
    cache = join(dir, 'cache');
    await mkdir(join(content, 'articles'), { recursive: true });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const parsed = async () => JSON.parse(await readFile(join(cache, 'mermaid-parsed.json'), 'utf8')) as string[];

  it('remembers a diagram that parsed, and still reports one broken after it was remembered', async () => {
    const file = join(content, 'articles/flow.md');
    await writeFile(file, article(GOOD));
    await expect(checkContent(content, dir, cache)).resolves.toMatchObject({ diagrams: 1 });
    expect(await parsed()).toHaveLength(1);

    await writeFile(file, article(BROKEN));
    await expect(checkContent(content, dir, cache)).rejects.toThrow(/content\/articles\/flow\.md:7: Mermaid 图无法解析/);
    // A second build with the same broken diagram fails again: failures are never remembered.
    await expect(checkContent(content, dir, cache)).rejects.toThrow(/Mermaid 图无法解析/);
  }, 60_000);

  it('forgets diagrams that are no longer in the content', async () => {
    await writeFile(join(content, 'articles/a.md'), article(GOOD));
    await writeFile(join(content, 'articles/b.md'), article('flowchart TD\n  X --> Y'));
    await checkContent(content, dir, cache);
    expect(await parsed()).toHaveLength(2);
    await rm(join(content, 'articles/b.md'));
    await writeFile(join(content, 'articles/c.md'), article('flowchart TD\n  P --> Q'));
    await checkContent(content, dir, cache);
    expect(await parsed()).toHaveLength(2);
  }, 60_000);
});
