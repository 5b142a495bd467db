import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { countCjk } from '~/lib/reading-time';
import { ROOT } from '../helpers/build-site.ts';

const dir = join(ROOT, 'content/articles');
const articles = readdirSync(dir)
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const title = String(parse(front?.[1] ?? '')?.title ?? '');
    const body = text.slice(front?.[0].length ?? 0);
    const fences = [...body.matchAll(/^```(\w+)?([^\n]*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1] ?? '', meta: m[2]!, code: m[3]! }));
    const prose = body.replace(/^```[\s\S]*?^```$/gm, '');
    return { file, slug: file.replace(/\.mdx?$/, ''), title, body, prose, fences };
  });

/** Parses every snippet with Python's own parser; returns the failures. */
function parsePython(snippets: { name: string; code: string }[]): { name: string; error: string }[] {
  const script = `
import ast, json, sys
failures = []
for item in json.load(sys.stdin):
    try:
        ast.parse(item["code"], filename=item["name"])
    except SyntaxError as error:
        failures.append({"name": item["name"], "error": f"line {error.lineno}: {error.msg}"})
print(json.dumps(failures))
`;
  const result = spawnSync('python3', ['-c', script], { input: JSON.stringify(snippets), encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout);
}

/**
 * Links to another article whose text presents itself as that article's title but is not its
 * current title. A short name such as [分布式训练] is free wording; a text shaped like a title
 * (主标题：副标题) or quoted as one (《…》, “…”) tells the reader it is the title, so it drifts
 * when the target is renamed. Links to a #section are left alone: their text names the section.
 */
function staleTitleLinks(pages: { file: string; prose: string }[], titles: Map<string, string>): string[] {
  const stale: string[] = [];
  for (const { file, prose } of pages) {
    for (const match of prose.matchAll(/\[([^\]\n]+)\]\(\/articles\/([^/)#\s]+)\/?\)/g)) {
      const [link, text, slug] = [match[0], match[1]!, match[2]!];
      const title = titles.get(slug);
      if (title === undefined) continue; // an unknown target is the link check's to report
      const around = `${prose[match.index - 1] ?? ''}${prose[match.index + link.length] ?? ''}`;
      const name = text.replace(/^《(.*)》$|^“(.*)”$/, '$1$2');
      const presentedAsTitle = name !== text || around === '《》' || around === '“”' || name.includes('：');
      if (presentedAsTitle && name !== title) stale.push(`${file}: [${text}](/articles/${slug}/) but that article is titled “${title}”`);
    }
  }
  return stale;
}

describe('articles', () => {
  it('there are at least 18', () => expect(articles.length).toBeGreaterThanOrEqual(18));

  it.each(articles.map((a) => [a.file, a] as const))('%s has the substance an article needs', (_, article) => {
    expect(countCjk(article.prose)).toBeGreaterThanOrEqual(2500);
    const formulas = (article.prose.match(/\$\$[\s\S]+?\$\$/g) ?? []).length + (article.prose.replace(/\$\$[\s\S]+?\$\$/g, '').match(/\$[^$\n]+\$/g) ?? []).length;
    expect(formulas).toBeGreaterThanOrEqual(2);
    expect(article.fences.filter((fence) => fence.lang === 'mermaid').length).toBeGreaterThanOrEqual(1);
    expect(article.fences.filter((fence) => fence.lang && fence.lang !== 'mermaid' && fence.lang !== 'text').length).toBeGreaterThanOrEqual(1);
    expect(article.prose, "the page renders the title; the body starts at ##").not.toMatch(/^# /m);
  });

  it('every Python sample parses', () => {
    const snippets = articles.flatMap((article) =>
      article.fences.filter((fence) => fence.lang === 'python' || fence.lang === 'py').map((fence, index) => ({ name: `${article.file}#python-${index + 1}`, code: fence.code })),
    );
    expect(snippets.length).toBeGreaterThan(articles.length);
    expect(parsePython(snippets)).toEqual([]);
  });

  it('every Python sample that imports a library imports what it uses', () => {
    // A sample must be complete: a module alias used in the code is imported in the same block.
    const missing: string[] = [];
    for (const article of articles) {
      for (const fence of article.fences.filter((f) => f.lang === 'python')) {
        for (const alias of ['np', 'torch', 'nn', 'F', 'plt', 'pd', 'optuna']) {
          const used = new RegExp(`(^|[^\\w.])${alias}\\.`, 'm').test(fence.code);
          const imported = new RegExp(`import [\\w.]+ as ${alias}\\b|from [\\w.]+ import [^\\n]*\\b${alias}\\b|^import ${alias}\\b`, 'm').test(fence.code);
          if (used && !imported) missing.push(`${article.file}: ${alias}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('a link text written as another article\'s title is its current title', () => {
    expect(staleTitleLinks(articles, new Map(articles.map((a) => [a.slug, a.title])))).toEqual([]);
  });
});

describe('the title-link check itself', () => {
  const titles = new Map([['alignment', '对齐：从指令微调、RLHF 到 DPO']]);
  const check = (prose: string) => staleTitleLinks([{ file: 'a.mdx', prose }], titles);

  it.each([
    ['an old title', '见[对齐：RLHF 与 DPO](/articles/alignment/)。'],
    ['a quoted short name', '见《[RLHF 与 DPO](/articles/alignment/)》一文。'],
    ['a short name quoted inside the link', '见[“RLHF 与 DPO”](/articles/alignment)。'],
  ])('reports %s', (_, prose) => expect(check(prose)).toHaveLength(1));

  it.each([
    ['the current title', '见[对齐：从指令微调、RLHF 到 DPO](/articles/alignment/)。'],
    ['the current title in quotes', '见《[对齐：从指令微调、RLHF 到 DPO](/articles/alignment/)》。'],
    ['a short name', '见 [RLHF 与 DPO](/articles/alignment/) 一文。'],
    ['a section link', '见[奖励模型：Bradley–Terry](/articles/alignment/#reward)。'],
  ])('accepts %s', (_, prose) => expect(check(prose)).toEqual([]));
});

describe('the parser check itself', () => {
  it('reports a broken sample', () => {
    expect(parsePython([{ name: 'bad.py', code: 'def f(:\n  pass\n' }])).toEqual([{ name: 'bad.py', error: 'line 1: invalid syntax' }]);
  });
});
