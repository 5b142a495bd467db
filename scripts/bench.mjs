#!/usr/bin/env node
// npm run bench                      page weights of the built site (dist/) against the budgets
// npm run bench -- --articles 1000   also build N synthetic articles (+N/10 talks, N/20 speakers)
//                   [--runs 3]       and report medians: build and Pagefind time, peak RSS,
//                                    pages/s, sizes, a rebuild after editing one article, and
//                                    the time to the first search result
// npm run bench -- --search [--dist d]  the search timing alone, on an existing build
// npm run bench -- --agenda            builds a big event's program (5 days × 15 rooms × 500
//                                      sessions) and reports its build and agenda page weight
// npm run bench -- --vs starlight [--articles 1000] [--pairs 3]
//                                      the same articles built by this site and by Starlight,
//                                      alternated: medians and ratios (scripts/lib/vs-starlight.mjs)
// Articles are generated from the real ones' structure (scripts/lib/realistic-content.mjs);
// --content template uses the older one-template articles (scripts/lib/synthetic-content.mjs);
// --sections 0.25 makes them a quarter of the real ones' length (same kinds of blocks).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { pageWeight } from './lib/page-weight.mjs';
import { writeBigProgram } from './lib/big-program.mjs';
import { processTree } from './lib/process-tree.mjs';
import { writeSyntheticContent } from './lib/synthetic-content.mjs';
import { measureArticles, parseBlocks, writeRealisticContent } from './lib/realistic-content.mjs';
import { editArticle, measure, starlightProject, writeStarlightDocs } from './lib/vs-starlight.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { articles: { type: 'string' }, runs: { type: 'string', default: '3' }, vs: { type: 'string' }, pairs: { type: 'string', default: '3' }, content: { type: 'string', default: 'realistic' }, sections: { type: 'string', default: '1' }, dist: { type: 'string', default: 'dist' }, search: { type: 'boolean', default: false }, agenda: { type: 'boolean', default: false } },
});

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const table = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i]).length)));
  return rows.map((row, r) => `| ${row.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |${r === 0 ? `\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|` : ''}`).join('\n');
};

/** Bytes of a built site's files without the precompressed .br/.gz copies, comparable with the sizes in bench-results.md. */
function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && !/\.(br|gz)$/.test(entry.name)) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

/** Sum of RSS over a process and all its descendants, from /proc. */
function treeRss(pid) {
  const children = processTree();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {}
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

/** Runs the real build on a content directory; returns wall time, phase timings and peak RSS. */
function build(contentDir, outDir, cacheDir) {
  const timings = join(tmpdir(), `timings-${process.pid}-${Date.now()}.json`);
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'scripts/build.mjs')], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, BUILD_OUT_DIR: outDir, BUILD_CACHE_DIR: cacheDir, BUILD_TIMINGS: timings },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 100);
    child.on('error', fail);
    child.on('close', async (code) => {
      clearInterval(poll);
      if (code !== 0) return fail(new Error(`build failed:\n${stderr.slice(-3000)}`));
      const phases = JSON.parse(await readFile(timings, 'utf8'));
      await rm(timings, { force: true });
      done({ wallMs: performance.now() - started, peakRss: peak, ...phases });
    });
  });
}

function weights(dist, pages) {
  const rows = [['page', 'HTML gz', 'CSS gz', 'KaTeX CSS gz', 'JS gz (before interaction)', 'Mermaid code loaded']];
  for (const [label, path] of pages) {
    if (!existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path))) continue;
    const w = pageWeight(dist, path);
    rows.push([label, kb(w.html), kb(w.css), w.katexCss ? kb(w.katexCss) : '–', kb(w.js), w.mermaidLoaded ? 'yes' : 'no']);
  }
  return table(rows);
}

async function siteReport() {
  const dist = resolve(root, values.dist);
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first.`);
  const articles = readdirSync(join(dist, 'articles'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const withDiagram = articles.find((a) => readFileSync(join(dist, 'articles', a, 'index.html'), 'utf8').includes('<mermaid-diagram'));
  const withoutDiagram = articles.find((a) => !readFileSync(join(dist, 'articles', a, 'index.html'), 'utf8').includes('<mermaid-diagram'));
  const firstDay = readdirSync(join(dist, 'agenda'), { withFileTypes: true }).find((d) => d.isDirectory())?.name;
  const firstTalk = existsSync(join(dist, 'talks')) ? readdirSync(join(dist, 'talks'), { withFileTypes: true }).find((d) => d.isDirectory())?.name : undefined;
  const pages = [
    ['home', '/'],
    [`article with math + diagram (${withDiagram})`, `/articles/${withDiagram}/`],
    ...(withoutDiagram ? [[`article without diagram (${withoutDiagram})`, `/articles/${withoutDiagram}/`]] : []),
    ['articles index', '/articles/'],
    ...(firstDay ? [['agenda (one day)', `/agenda/${firstDay}/`]] : []),
    ...(firstTalk ? [['talk', `/talks/${firstTalk}/`]] : []),
    ['search', '/search/'],
  ];
  console.log(`\nPage weight of ${dist} (budgets: JS ≤ 3 KB gz on an article page and no Mermaid code before a diagram nears; CSS ≤ 12 KB gz without KaTeX)\n`);
  console.log(weights(dist, pages));
  const pagefindUi = join(dist, 'pagefind/pagefind-component-ui.js');
  const ownSearch = readdirSync(join(dist, '_astro')).filter((f) => /^search-(dialog|panel)/.test(f));
  console.log(
    `\nSearch code loaded on first use: ours ${kb(ownSearch.reduce((s, f) => s + gzipSize(join(dist, '_astro', f)), 0))} gz` +
      (existsSync(pagefindUi) ? ` (Pagefind Component UI would be ${kb(gzipSize(pagefindUi))} gz)` : '') +
      ` + pagefind.js ${kb(gzipSize(join(dist, 'pagefind/pagefind.js')))} gz`,
  );
}

function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

async function scaleReport(n, runs) {
  const content = await mkdtemp(join(tmpdir(), `bench-content-${n}-`));
  const out = join(root, '.build/bench', `dist-${n}`);
  const cache = join(root, '.build/bench', `cache-${n}`);
  try {
    const shape = values.content === 'template' ? await writeSyntheticContent(content, n) : await writeRealisticContent(content, n, { sections: Number(values.sections) });
    console.log(`\nSynthetic site (${values.content === 'template' ? 'one-template articles' : 'articles generated from the real ones'}): ${shape.articles} articles, ${shape.talks} talks, ${shape.speakers} speakers, ${shape.rooms} rooms; ${runs} run(s), medians`);
    const results = [];
    for (let r = 0; r < runs; r++) {
      // A cold build each run: no content cache, reused pages, remembered diagrams or previous
      // output (whose search index a build reuses). (The Mermaid bundle in node_modules/.cache is
      // kept: it depends only on the installed Mermaid.)
      await rm(cache, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
      results.push(await build(content, out, cache));
      process.stdout.write(`  run ${r + 1}: ${(results.at(-1).wallMs / 1000).toFixed(1)} s\n`);
    }
    const rebuilds = [];
    for (let r = 0; r < runs; r++) {
      const file = join(content, 'articles/article-0.mdx');
      await appendFile(file, `\n\n编辑 ${Date.now()}：补充一段说明。\n`);
      rebuilds.push(await build(content, out, cache));
    }
    const pages = results[0].pages;
    const wall = median(results.map((r) => r.wallMs));
    const rows = [
      ['N', 'build wall', 'astro', 'pagefind', 'peak RSS (tree)', 'pages/s', 'dist size', 'index size', 'rebuild after 1 edit', 'rebuild: astro / pagefind'],
      [
        n,
        `${(wall / 1000).toFixed(1)} s`,
        `${(median(results.map((r) => r.astroMs)) / 1000).toFixed(1)} s`,
        `${(median(results.map((r) => r.pagefindMs)) / 1000).toFixed(1)} s`,
        `${(median(results.map((r) => r.peakRss)) / 2 ** 30).toFixed(2)} GB`,
        (pages / (wall / 1000)).toFixed(0),
        `${(dirSize(out) / 2 ** 20).toFixed(0)} MB`,
        `${(dirSize(join(out, 'pagefind')) / 2 ** 20).toFixed(1)} MB`,
        `${(median(rebuilds.map((r) => r.wallMs)) / 1000).toFixed(1)} s`,
        `${(median(rebuilds.map((r) => r.astroMs)) / 1000).toFixed(1)} s / ${(median(rebuilds.map((r) => r.pagefindMs)) / 1000).toFixed(1)} s`,
      ],
    ];
    console.log(`\n${table(rows)}\n`);
    console.log(weights(out, [['home', '/'], ['article', '/articles/article-1/'], ['agenda (one day)', '/agenda/2026-12-12/']]));
    console.log(`\n${await searchReport(out, runs)}`);
  } finally {
    await rm(content, { recursive: true, force: true });
  }
}

/**
 * Time from typing a Chinese query into the search dialog to the first result on screen, with a
 * cold cache (a new browser context each run), and the bytes the search fetched: as sent by a
 * server that gzips text like any static host, and before compression. Counted at the server,
 * so requests from Pagefind's worker are included.
 */
async function searchReport(dist, runs) {
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('./lib/static-server.mjs');
  let counting = false;
  let sent = 0;
  let body = 0;
  const server = await serveStatic(dist, 0, {
    onResponse(url, bytes) {
      if (!counting || !/\/pagefind\/|search-(dialog|panel)/.test(url)) return;
      sent += bytes.sent;
      body += bytes.body;
    },
  });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const fromOpen = [];
  const fromTyping = [];
  const sentBytes = [];
  const bodyBytes = [];
  try {
    for (let r = 0; r < runs; r++) {
      // Without the offline worker: its download of the program after the page's load would be
      // counted as the search's bytes.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(`${base}/articles/`, { waitUntil: 'networkidle' });
      [sent, body, counting] = [0, 0, true];
      const started = await page.evaluate(() => performance.now());
      await page.keyboard.press('Control+k');
      const box = page.getByRole('combobox');
      await box.waitFor();
      // In the page's own clock: when the query went in, and when the first result appeared.
      await box.evaluate((input) => {
        const timing = (window.__searchTiming = { typed: 0, shown: 0 });
        input.addEventListener('input', () => (timing.typed ||= performance.now()));
        const list = document.getElementById(input.getAttribute('aria-controls'));
        new MutationObserver((_, observer) => {
          if (!list.querySelector('[role=option]')) return;
          observer.disconnect();
          timing.shown = performance.now();
        }).observe(list, { childList: true });
      });
      // An input method commits 交叉熵 as one insertion, as a reader's pinyin IME does.
      await page.keyboard.insertText('交叉熵');
      const { typed, shown: ended } = await (await page.waitForFunction(() => window.__searchTiming.shown && window.__searchTiming)).jsonValue();
      fromOpen.push(ended - started);
      fromTyping.push(ended - typed);
      await page.waitForLoadState('networkidle');
      counting = false;
      sentBytes.push(sent);
      bodyBytes.push(body);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return table([
    ['search (cold cache)', '交叉熵 typed → first result', 'Ctrl+K → dialog → typed → first result', 'bytes sent (gzip)', 'uncompressed'],
    ['median', `${median(fromTyping).toFixed(0)} ms`, `${median(fromOpen).toFixed(0)} ms`, kb(median(sentBytes)), kb(median(bodyBytes))],
  ]);
}

/** A big event's agenda: what one day's page costs a reader at 15 rooms and 100 sessions a day. */
async function agendaReport() {
  const content = await mkdtemp(join(tmpdir(), 'bench-agenda-'));
  const out = join(root, '.build/bench', 'dist-agenda');
  const cache = join(root, '.build/bench', 'cache-agenda');
  try {
    for (const sub of ['articles', 'pages']) await cp(join(root, 'tests/fixtures/basic', sub), join(content, sub), { recursive: true });
    const shape = await writeBigProgram(content);
    await rm(cache, { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
    const result = await build(content, out, cache);
    console.log(`\nBig program: ${shape.days} days × ${shape.rooms} rooms × ${shape.sessions} sessions, ${shape.speakers} speakers; cold build ${(result.wallMs / 1000).toFixed(1)} s, peak RSS ${(result.peakRss / 2 ** 30).toFixed(2)} GB\n`);
    const day = readdirSync(join(out, 'agenda'), { withFileTypes: true }).find((d) => d.isDirectory()).name;
    console.log(weights(out, [['agenda (one day, 100 sessions, 15 rooms)', `/agenda/${day}/`], ['agenda overview', '/agenda/'], ['my schedule', '/my-schedule/'], ['speakers', '/speakers/']]));
  } finally {
    await rm(content, { recursive: true, force: true });
  }
}

const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes) => `${(bytes / 2 ** 30).toFixed(2)} GB`;

/** "2m 33s", "17.06s", "494ms" → ms. */
const duration = (text) => {
  const m = /^(?:(\d+)m\s*)?(\d+(?:\.\d+)?)(ms|s)$/.exec(text ?? '');
  return m ? Number(m[1] ?? 0) * 60000 + Number(m[2]) * (m[3] === 'ms' ? 1 : 1000) : NaN;
};

/** Phases Astro reports in its own log (either site's): content sync, Vite's server build, page generation. */
function astroPhases(log) {
  const text = readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const d = '((?:\\d+m\\s*)?\\d+(?:\\.\\d+)?m?s)';
  return {
    sync: duration(new RegExp(`\\[types\\] Generated ${d}`).exec(text)?.[1]),
    vite: duration(new RegExp(`\\[vite\\] ✓ built in ${d}`).exec(text)?.[1]),
    // Not `pages`: our build's timings file has a `pages` count.
    render: duration(new RegExp(`generating static routes[\\s\\S]*?✓ Completed in ${d}`).exec(text)?.[1]),
    starlightPagefind: duration(new RegExp(`\\[starlight:pagefind\\] Finished building search index in ${d}`).exec(text)?.[1]),
  };
}

/**
 * `--vs starlight`: the same generated articles built by this site (as `npm run build` does, and
 * again with PRECOMPRESS=0, since Starlight writes no compressed copies) and by Starlight, in
 * alternating order, each cold (no caches, no previous output), then rebuilt after one edit.
 */
async function vsStarlight(n, pairs) {
  const work = join(root, '.build/bench/vs');
  const content = join(work, 'content');
  const logs = join(work, 'logs');
  await rm(work, { recursive: true, force: true });
  await mkdir(logs, { recursive: true });
  const { generated } = await writeRealisticContent(content, n, { sections: Number(values.sections) });
  const shape = measureArticles(generated.map((a) => ({ blocks: parseBlocks(a.body) })));
  const sl = await starlightProject();
  const slArticles = await writeStarlightDocs(sl.dir, generated);
  console.log(`\n${n} articles generated from the real ones (median ${shape.chars.median} characters, ${shape.inlineMath.median} inline + ${shape.displayMath.median} display formulas, ${shape.codeBlocks.median} code blocks, ${shape.diagrams.median} diagram(s); diagrams ${JSON.stringify(shape.diagramTypes)}), ${pairs} pair(s)`);
  console.log(`Starlight ${sl.versions['@astrojs/starlight']} on Astro ${sl.versions.astro}, astro-mermaid ${sl.versions['astro-mermaid']} (Mermaid ${sl.versions.mermaid}), rehype-katex ${sl.versions['rehype-katex']} (KaTeX ${sl.versions.katex}), in ${sl.dir}`);
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const sites = {
    ours: { out: join(work, 'dist'), cache: join(work, 'cache'), extra: {} },
    oursNoCompress: { out: join(work, 'dist-nc'), cache: join(work, 'cache-nc'), extra: { PRECOMPRESS: '0' } },
  };
  const buildOurs = async (key, label) => {
    const site = sites[key];
    const timings = join(work, `timings-${label}.json`);
    const log = join(logs, `${label}.log`);
    const result = await measure(process.execPath, [join(root, 'scripts/build.mjs')], {
      cwd: root,
      log,
      env: { ...env, ...site.extra, CONTENT_DIR: content, BUILD_OUT_DIR: site.out, BUILD_CACHE_DIR: site.cache, BUILD_TIMINGS: timings },
    });
    return { ...result, phases: { ...astroPhases(log), ...JSON.parse(await readFile(timings, 'utf8')) } };
  };
  const buildStarlight = async (label) => {
    const log = join(logs, `${label}.log`);
    const result = await measure(process.execPath, [join(sl.dir, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: sl.dir, env, log });
    return { ...result, phases: astroPhases(log) };
  };
  const cold = {
    ours: async () => (await rm(sites.ours.out, { recursive: true, force: true }), await rm(sites.ours.cache, { recursive: true, force: true })),
    oursNoCompress: async () => (await rm(sites.oursNoCompress.out, { recursive: true, force: true }), await rm(sites.oursNoCompress.cache, { recursive: true, force: true })),
    starlight: async () => {
      for (const d of ['dist', '.astro', 'node_modules/.astro']) await rm(join(sl.dir, d), { recursive: true, force: true });
    },
  };
  const results = { ours: { cold: [], rebuild: [] }, oursNoCompress: { cold: [], rebuild: [] }, starlight: { cold: [], rebuild: [] } };
  const build = (key, label) => (key === 'starlight' ? buildStarlight(label) : buildOurs(key, label));
  for (let p = 0; p < pairs; p++) {
    // Alternate who goes first, so a machine getting busier or quieter favours neither.
    const order = p % 2 === 0 ? ['ours', 'starlight', 'oursNoCompress'] : ['oursNoCompress', 'starlight', 'ours'];
    for (const key of order) {
      await cold[key]();
      const r = await build(key, `${key}-cold-${p}`);
      results[key].cold.push(r);
      console.log(`  pair ${p + 1} cold    ${key.padEnd(14)} ${secs(r.wallMs)} wall, ${secs(r.cpuMs)} CPU, ${gb(r.largest)} largest process, ${gb(r.treePeak)} tree`);
    }
    // One edit in each (our two builds read the same content directory, edited once).
    await editArticle(join(content, 'articles/article-0.mdx'), p);
    await editArticle(join(slArticles, 'article-0.md'), p);
    for (const key of order) {
      const r = await build(key, `${key}-rebuild-${p}`);
      results[key].rebuild.push(r);
      console.log(`  pair ${p + 1} rebuild ${key.padEnd(14)} ${secs(r.wallMs)} wall, ${secs(r.cpuMs)} CPU, ${gb(r.largest)} largest process, ${gb(r.treePeak)} tree`);
    }
    if (p === 0) sanity(sites.ours.out, join(sl.dir, 'dist'));
  }
  const med = (key, kind, field) => median(results[key][kind].map((r) => r[field]));
  const rows = [['median of ' + pairs, 'ours', 'ours, PRECOMPRESS=0', 'Starlight', 'ours / Starlight', 'ours (PRECOMPRESS=0) / Starlight']];
  for (const [kind, label] of [['cold', 'cold build'], ['rebuild', 'rebuild after editing one article']]) {
    for (const [field, what, fmt] of [['wallMs', 'wall', secs], ['cpuMs', 'CPU (user+sys, tree)', secs], ['largest', 'peak RSS, largest process', gb], ['treePeak', 'peak RSS, tree', gb]]) {
      const [a, b, c] = ['ours', 'oursNoCompress', 'starlight'].map((k) => med(k, kind, field));
      rows.push([`${label}: ${what}`, fmt(a), fmt(b), fmt(c), (a / c).toFixed(2), (b / c).toFixed(2)]);
    }
  }
  console.log(`\n${table(rows)}\n`);
  const phase = (key, kind, field) => median(results[key][kind].map((r) => r.phases[field] ?? NaN));
  const phaseRows = [['where the time goes (medians)', 'ours cold', 'ours rebuild', 'Starlight cold', 'Starlight rebuild']];
  for (const [field, label] of [
    ['contentMs', 'our content check incl. Mermaid parsing (beside Astro)'],
    ['sync', 'Astro: content sync + types (its log)'],
    ['vite', 'Astro: Vite server build (its log)'],
    ['render', 'Astro: generating pages (its log)'],
    ['starlightPagefind', 'Starlight: Pagefind, inside its Astro build (its log)'],
    ['astroMs', 'Astro build, whole (ours: until its process exits)'],
    ['checkMs', 'our link check (beside Pagefind)'],
    ['pagefindMs', 'our Pagefind (beside the link check)'],
    ['compressMs', 'our precompression (after both)'],
  ]) {
    const f = (key, kind) => (Number.isFinite(phase(key, kind, field)) ? secs(phase(key, kind, field)) : '–');
    phaseRows.push([label, f('ours', 'cold'), f('ours', 'rebuild'), f('starlight', 'cold'), f('starlight', 'rebuild')]);
  }
  console.log(`${table(phaseRows)}\n`);
  console.log(`Logs of every build: ${logs}`);
}

/** The comparison means nothing if either site dropped the formulas or diagrams. */
function sanity(ours, starlight) {
  for (const [name, file] of [['ours', join(ours, 'articles/article-0/index.html')], ['Starlight', join(starlight, 'articles/article-0/index.html')]]) {
    const html = readFileSync(file, 'utf8');
    const katex = (html.match(/class="katex"/g) ?? []).length;
    const errors = (html.match(/katex-error/g) ?? []).length;
    const mermaid = (html.match(/class="[^"]*\bmermaid\b|<mermaid-diagram/g) ?? []).length;
    console.log(`  check: ${name} article-0 has ${katex} KaTeX formulas (${errors} errors) and ${mermaid} diagram marker(s)`);
    if (!katex || errors) throw new Error(`${name}'s article-0 has no rendered formulas or has KaTeX errors: ${file}`);
  }
}

try {
  if (values.vs) {
    if (values.vs !== 'starlight') throw new Error(`--vs: only "starlight" is known, not "${values.vs}".`);
    await vsStarlight(Number(values.articles ?? 1000), Number(values.pairs));
    process.exit(0);
  }
  await siteReport();
  if (values.agenda) await agendaReport();
  if (values.search) console.log(`\n${await searchReport(resolve(root, values.dist), Number(values.runs))}`);
  if (values.articles) await scaleReport(Number(values.articles), Number(values.runs));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
