// Benchmark articles shaped like the real library's (content/articles/*.mdx), not like a template
// we wrote: every synthetic article is a sequence of sections, each section's sequence of blocks
// (paragraphs, lists, tables, code, diagrams, display formulas, sub-headings) is that of a real
// section drawn at random, and every block is filled from the real blocks of the same kind:
//
// - a paragraph (or list item) gets the length of its real counterpart, filled with real
//   sentences drawn from all articles (their punctuation, inline formulas, inline code, bold and
//   links come with them);
// - code blocks, diagrams, tables and display formulas are real ones of that kind (so their
//   languages and diagram types keep the library's mix), with their numbers changed per article,
//   and diagrams and formulas made textually unique, so no cache keyed on a block's source can make
//   the benchmark faster than a library of different articles would be;
// - links to other articles point at other synthetic articles.
//
// The same real articles and seed give the same content. `measureArticles` reports the
// distributions both ways (tests/unit/realistic-content.test.ts compares them).
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeProgram } from './synthetic-content.mjs';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same content. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const pick = (rand, xs) => xs[Math.floor(rand() * xs.length)];

/**
 * Splits an article body into blocks: { kind, text, lang?, level? }. Kinds: heading, paragraph,
 * list, table, code, mermaid, math (display). Fenced code and $$ blocks may contain blank lines.
 */
export function parseBlocks(body) {
  const lines = body.split('\n');
  const blocks = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line.trim()) {
      i++;
      continue;
    }
    const fence = /^(```+|~~~+)\s*([\w-]*)(.*)$/.exec(line);
    if (fence) {
      let j = i + 1;
      while (j < lines.length && !lines[j].startsWith(fence[1])) j++;
      const text = lines.slice(i, j + 1).join('\n');
      blocks.push(fence[2] === 'mermaid' ? { kind: 'mermaid', text, type: lines[i + 1].trim().split(/\s+/)[0] } : { kind: 'code', text, lang: fence[2] || 'text' });
      i = j + 1;
      continue;
    }
    if (line.trim() === '$$') {
      let j = i + 1;
      while (j < lines.length && lines[j].trim() !== '$$') j++;
      blocks.push({ kind: 'math', text: lines.slice(i, j + 1).join('\n') });
      i = j + 1;
      continue;
    }
    const heading = /^(#{1,6})\s/.exec(line);
    if (heading) {
      blocks.push({ kind: 'heading', level: heading[1].length, text: line });
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].trim() && !/^(```|~~~|#{1,6}\s)/.test(lines[j]) && lines[j].trim() !== '$$') j++;
    const text = lines.slice(i, j).join('\n');
    const kind = /^\s*\|/.test(line) ? 'table' : /^\s*([-*+]|\d+\.)\s/.test(line) ? 'list' : 'paragraph';
    blocks.push({ kind, text });
    i = j;
  }
  return blocks;
}

/** Splits prose into sentences after 。！？, never inside a formula, code span or link. */
export function sentences(text) {
  const out = [];
  let start = 0;
  let math = false;
  let code = false;
  let link = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '`' && !math) code = !code;
    else if (c === '$' && !code && text[i - 1] !== '\\') math = !math;
    else if (!math && !code && c === '[') link++;
    else if (!math && !code && c === ')' && link) link--;
    else if (!math && !code && !link && '。！？'.includes(c)) {
      out.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  if (text.slice(start).trim()) out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

const frontmatterOf = (source) => /^---\n([\s\S]*?)\n---\n/.exec(source);

/** Reads the real articles into per-article block lists. */
export function readArticles(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))
    .sort()
    .map((file) => {
      const source = readFileSync(join(dir, file), 'utf8');
      const fm = frontmatterOf(source);
      return { file, blocks: parseBlocks(fm ? source.slice(fm[0].length) : source) };
    });
}

const inlineMath = (text) => text.replace(/`[^`]*`/g, '').match(/(?<![\\$])\$(?!\$)[^$\n]+?\$/g) ?? [];
const chars = (text) => text.replace(/\s/g, '').length;

/**
 * What the benchmark claims to imitate, per article: characters, paragraphs and their lengths,
 * headings, formulas (inline and display), code blocks by language, diagrams by type (and how many
 * flowcharts have a decision and labelled edges), lists, tables, and Chinese punctuation per 1,000
 * characters of prose.
 */
export function measureArticles(articles) {
  const per = articles.map(({ blocks }) => {
    const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'list').map((b) => b.text).join('');
    const diagrams = blocks.filter((b) => b.kind === 'mermaid');
    return {
      chars: blocks.reduce((s, b) => s + chars(b.text), 0),
      paragraphs: blocks.filter((b) => b.kind === 'paragraph').length,
      paragraphChars: blocks.filter((b) => b.kind === 'paragraph').map((b) => chars(b.text)),
      headings: blocks.filter((b) => b.kind === 'heading').length,
      inlineMath: blocks.filter((b) => b.kind !== 'code' && b.kind !== 'mermaid' && b.kind !== 'math').reduce((s, b) => s + inlineMath(b.text).length, 0),
      displayMath: blocks.filter((b) => b.kind === 'math').length,
      code: blocks.filter((b) => b.kind === 'code').map((b) => b.lang),
      diagrams: diagrams.map((b) => b.type),
      decisionFlowcharts: diagrams.filter((b) => b.type === 'flowchart' && /\{[^}]*\}/.test(b.text) && /--\s*[^->]|\|[^|]+\|/.test(b.text)).length,
      lists: blocks.filter((b) => b.kind === 'list').length,
      tables: blocks.filter((b) => b.kind === 'table').length,
      punctuationPer1000: (1000 * (prose.match(/[，。、；：？！“”（）—]/g) ?? []).length) / Math.max(1, chars(prose)),
    };
  });
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return { min: s[0], median: s[Math.floor(s.length / 2)], max: s.at(-1), mean: xs.reduce((a, b) => a + b, 0) / xs.length };
  };
  const counts = (xs) => Object.fromEntries([...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1]));
  return {
    articles: per.length,
    chars: stats(per.map((p) => p.chars)),
    paragraphs: stats(per.map((p) => p.paragraphs)),
    paragraphChars: stats(per.flatMap((p) => p.paragraphChars)),
    headings: stats(per.map((p) => p.headings)),
    inlineMath: stats(per.map((p) => p.inlineMath)),
    displayMath: stats(per.map((p) => p.displayMath)),
    codeBlocks: stats(per.map((p) => p.code.length)),
    codeLanguages: counts(per.flatMap((p) => p.code)),
    diagrams: stats(per.map((p) => p.diagrams.length)),
    diagramTypes: counts(per.flatMap((p) => p.diagrams)),
    decisionFlowcharts: per.reduce((s, p) => s + p.decisionFlowcharts, 0),
    lists: stats(per.map((p) => p.lists)),
    tables: stats(per.map((p) => p.tables)),
    punctuationPer1000: stats(per.map((p) => p.punctuationPer1000)),
  };
}

/** Everything the generator draws from, gathered once from the real articles. */
function pools(articles) {
  const byKind = new Map();
  const sections = [];
  const intros = [];
  const sentencePool = [];
  const headings = new Map();
  const sectionCounts = [];
  for (const { blocks } of articles) {
    let current = [];
    const mine = [current];
    for (const block of blocks) {
      if (block.kind === 'heading' && block.level === 2) mine.push((current = []));
      current.push(block);
      if (block.kind === 'heading') headings.set(block.level, [...(headings.get(block.level) ?? []), block.text]);
      else byKind.set(block.kind === 'code' ? `code` : block.kind, [...(byKind.get(block.kind) ?? []), block]);
      if (block.kind === 'paragraph') sentencePool.push(...sentences(block.text));
    }
    intros.push(mine[0]);
    sections.push(...mine.slice(1));
    sectionCounts.push(mine.length - 1);
  }
  return { byKind, sections, intros, sentencePool, headings, sectionCounts };
}

/** Other numbers, same number of digits, so code, tables and formulas stay well-formed. */
const renumber = (rand, text) => text.replace(/\d/g, () => String(Math.floor(rand() * 10)));
/** Links to real articles point at synthetic ones (the link check must find them). */
const relink = (rand, text, n) => text.replace(/\]\(\/articles\/[^)]*\)/g, () => `](/articles/article-${Math.floor(rand() * n)}/)`);
/** Renumbers inline formulas only, leaving the prose's own numbers (dates, citations) alone. */
const renumberMath = (rand, text) => text.replace(/(?<![\\$])\$(?!\$)[^$\n]+?\$/g, (math) => renumber(rand, math));

function fill(rand, block, ctx) {
  const { pool, n, i } = ctx;
  switch (block.kind) {
    case 'heading': {
      const text = pick(rand, pool.headings.get(block.level) ?? pool.headings.get(2));
      return renumberMath(rand, text);
    }
    case 'paragraph': {
      // As long as the real paragraph it stands for, in real sentences from anywhere.
      const target = chars(block.text);
      let text = '';
      for (;;) {
        const next = pick(rand, pool.sentencePool);
        const [now, then] = [chars(text), chars(text) + chars(next)];
        // Stop at whichever of now and then is nearer the target (at least one sentence).
        if (now && then - target > target - now) break;
        text += next;
        if (then >= target) break;
      }
      return relink(rand, renumberMath(rand, text), n);
    }
    case 'mermaid': {
      // A real diagram of this type, renumbered and with a comment that makes its source unique.
      const same = pool.byKind.get('mermaid').filter((b) => b.type === block.type);
      // Not the fence and type line (stateDiagram-v2 must stay v2).
      const [fence, type, ...rest] = pick(rand, same).text.split('\n');
      const lines = [fence, type, ...renumber(rand, rest.join('\n')).split('\n')];
      lines.splice(2, 0, `    %% article-${i} diagram ${Math.floor(rand() * 1e9)}`);
      return lines.join('\n');
    }
    case 'code': {
      const same = pool.byKind.get('code').filter((b) => b.lang === block.lang);
      return renumber(rand, pick(rand, same).text).replace(/title="([^"]+?)(\.\w+)?"/, (_, name, ext = '') => `title="${name}_${i}${ext}"`);
    }
    case 'math': {
      // Renumbered, and a trailing spacing command with a number keeps even digit-free formulas
      // from repeating.
      const text = renumber(rand, pick(rand, pool.byKind.get('math')).text);
      return text.replace(/\n\$\$$/, () => ` \\quad (${i}.${Math.floor(rand() * 1000)})\n$$`);
    }
    case 'table':
      return relink(rand, renumber(rand, pick(rand, pool.byKind.get('table')).text), n);
    default:
      // A real list, its formulas renumbered (not its item numbers) and relinked.
      return relink(rand, renumberMath(rand, pick(rand, pool.byKind.get(block.kind)).text), n);
  }
}

function frontmatter(rand, i, real) {
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  return { title: `${real.title}（合成 ${i}）`, description: real.description, pubDate: `2025-${month}-${day}`, tags: real.tags };
}

/**
 * Generates N articles as { id, title, description, pubDate, tags, body } from the real articles
 * in `realDir`, deterministically for a seed. `sections` scales the number of sections drawn
 * (1: as long as the real articles, about 12,800 characters).
 */
export function generateArticles(realDir, n, { seed = 19, sections = 1 } = {}) {
  const articles = readArticles(realDir);
  const pool = pools(articles);
  const meta = articles.map(({ file }) => {
    const fm = frontmatterOf(readFileSync(join(realDir, file), 'utf8'))[1];
    const field = (name) => new RegExp(`^${name}:\\s*"?(.*?)"?\\s*$`, 'm').exec(fm)?.[1];
    return { title: field('title'), description: field('description'), tags: field('tags') };
  });
  const rand = prng(seed);
  const out = [];
  for (let i = 0; i < n; i++) {
    const ctx = { pool, n, i };
    const template = [pick(rand, pool.intros)];
    // `sections` < 1 makes shorter articles of the same kind (fewer real-shaped sections).
    const count = Math.max(1, Math.round(pick(rand, pool.sectionCounts) * sections));
    for (let s = 0; s < count; s++) template.push(pick(rand, pool.sections));
    const body = template.flat().map((block) => fill(rand, block, ctx));
    out.push({ id: `article-${i}`, ...frontmatter(rand, i, pick(rand, meta)), body: body.join('\n\n') });
  }
  return out;
}

/** The article as this site reads it (content/articles/<id>.mdx). */
export const toSiteArticle = (a) =>
  `---\ntitle: ${JSON.stringify(a.title)}\ndescription: ${JSON.stringify(a.description)}\npubDate: ${a.pubDate}\nauthors: ["基准测试"]\ntags: ${a.tags}\n---\n\n${a.body}\n`;

/** The same article as a Starlight docs page: only the frontmatter Starlight knows. */
export const toStarlightDoc = (a) => `---\ntitle: ${JSON.stringify(a.title)}\ndescription: ${JSON.stringify(a.description)}\n---\n\n${a.body}\n`;

/**
 * Writes a benchmark content directory: N articles generated from the real ones (generateArticles)
 * plus the program of writeProgram. Returns the generated articles too, so the same can be given
 * to another site.
 */
export async function writeRealisticContent(dir, n, { realDir, seed, sections } = {}) {
  const generated = generateArticles(realDir ?? join(import.meta.dirname, '../../content/articles'), n, { seed, sections });
  await mkdir(join(dir, 'articles'), { recursive: true });
  await Promise.all(generated.map((a) => writeFile(join(dir, 'articles', `${a.id}.mdx`), toSiteArticle(a))));
  return { ...(await writeProgram(dir, n)), generated };
}
