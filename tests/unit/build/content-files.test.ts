import { describe, expect, it } from 'vitest';
import { checkContentFiles, duplicateIds, mermaidSources } from '~/build/content-files';

const file = (path: string, text: string | Uint8Array) => ({ path, bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });

describe('checkContentFiles', () => {
  it('accepts ordinary files', () => {
    expect(checkContentFiles([file('content/articles/a.mdx', '---\ntitle: 甲\n---\n'), file('content/talks/t.yaml', 'title: x')])).toEqual([]);
  });

  it('names an empty file', () => {
    expect(checkContentFiles([file('content/talks/empty.yaml', ' \n')])).toEqual(['content/talks/empty.yaml: 文件为空']);
  });

  it('names a file that is not UTF-8', () => {
    const gbk = new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xd1, 0xb5, 0xc1, 0xb7]); // "title: 训练" in GBK
    expect(checkContentFiles([file('content/talks/gbk.yaml', gbk)])).toEqual(['content/talks/gbk.yaml: 文件不是 UTF-8 编码，请用 UTF-8 另存后再构建']);
  });

  it('names two files that become the same entry id', () => {
    expect(
      checkContentFiles([file('content/articles/lora.md', 'x'), file('content/articles/LoRA.mdx', 'y'), file('content/talks/lora.yaml', 'z')]),
    ).toEqual(['content/articles/LoRA.mdx: 与 content/articles/lora.md 的 id 相同（“lora”），一个 id 只能对应一个文件']);
  });
});

describe('duplicateIds', () => {
  it('names an id listed twice', () => {
    expect(duplicateIds('content/rooms.yaml', [{ id: 'a' }, { id: 'b' }, { id: 'a' }])).toEqual(['content/rooms.yaml: id “a” 出现了 2 次']);
  });
  it('ignores anything but a list', () => expect(duplicateIds('x.yaml', { a: 1 })).toEqual([]));
});

describe('mermaidSources', () => {
  it('finds each diagram with the line of its fence', () => {
    const text = '# t\n\n```mermaid\nflowchart LR\n  A --> B\n```\n\n```python\nx = 1\n```\n\n~~~mermaid\nsequenceDiagram\n~~~\n';
    expect(mermaidSources('a.md', text)).toEqual([
      { path: 'a.md', line: 3, source: 'flowchart LR\n  A --> B' },
      { path: 'a.md', line: 12, source: 'sequenceDiagram' },
    ]);
  });
});
