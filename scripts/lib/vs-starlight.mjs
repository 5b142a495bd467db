// The same articles built by this site and by Starlight (its documented setup with KaTeX and
// astro-mermaid), cold builds and one-edit rebuilds alternated, measured from outside: wall
// time, CPU time of the whole process tree and peak RSS (largest process and tree).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processTree } from './process-tree.mjs';
import { toStarlightDoc } from './realistic-content.mjs';

/** Current RSS of each process in the tree and its own peak so far (VmHWM), in bytes. */
function sampleTree(pid) {
  const children = processTree();
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      const rss = /VmRSS:\s+(\d+) kB/.exec(status);
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      if (rss) out.push({ rss: Number(rss[1]) * 1024, hwm: Number(hwm[1]) * 1024 });
    } catch {}
    stack.push(...(children.get(p) ?? []));
  }
  return out;
}

const TICK = 1 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));

/**
 * Runs a command under a shell that, once the command has exited, reports its own children's
 * CPU time (cutime + cstime in /proc/<sh>/stat): the command's and every descendant's that was
 * waited for, which Node does for every child it spawns. Peak RSS is sampled every 100 ms: the
 * tree's sum, and the largest single process's own high-water mark.
 */
export function measure(command, args, { cwd, env, log }) {
  const stat = join(tmpdir(), `bench-stat-${process.pid}-${Date.now()}`);
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn('/bin/sh', ['-c', '"$@" > "$BENCH_LOG" 2>&1; s=$?; cat /proc/$$/stat > "$BENCH_STAT"; exit $s', 'sh', command, ...args], {
      cwd,
      env: { ...env, BENCH_STAT: stat, BENCH_LOG: log },
      stdio: 'ignore',
    });
    let treePeak = 0;
    let largest = 0;
    const poll = setInterval(() => {
      const sample = sampleTree(child.pid);
      treePeak = Math.max(treePeak, sample.reduce((s, p) => s + p.rss, 0));
      largest = Math.max(largest, ...sample.map((p) => p.hwm));
    }, 100);
    child.on('error', fail);
    child.on('close', async (code) => {
      clearInterval(poll);
      const wallMs = performance.now() - started;
      if (code !== 0) return fail(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}; log: ${log}\n${(await readFile(log, 'utf8')).slice(-3000)}`));
      const fields = (await readFile(stat, 'utf8')).split(') ')[1].split(' ');
      await rm(stat, { force: true });
      // Fields 16 and 17 of /proc/pid/stat (cutime, cstime), counted from after the name.
      const cpuMs = (Number(fields[13]) + Number(fields[14])) * TICK * 1000;
      done({ wallMs, cpuMs, treePeak, largest });
    });
  });
}

const run = (cmd, args, cwd) =>
  new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('close', (code) => (code === 0 ? done(out) : fail(new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${out.slice(-3000)}`))));
  });

/** Changing the installed packages' list bumps this, so a cached project is installed again. */
const SETUP = 4;

/**
 * A Starlight project outside this repository (so nothing resolves from our node_modules), set up
 * as Starlight's and astro-mermaid's docs describe: mermaid() before starlight(), remark-math and
 * rehype-katex in Astro's markdown config, KaTeX's CSS as custom CSS. Installed with npm once and
 * reused between runs (installation is not measured); STARLIGHT_VERSION picks another version.
 */
export async function starlightProject() {
  const dir = join(tmpdir(), 'ai-llm-devcon-bench-starlight');
  const version = process.env.STARLIGHT_VERSION ?? 'latest';
  const marker = join(dir, 'installed.json');
  const installed = existsSync(marker) ? JSON.parse(await readFile(marker, 'utf8')) : undefined;
  if (installed?.requested !== version || installed?.setup !== SETUP) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'bench-starlight', private: true, type: 'module' }, null, 2));
    // The Astro this site builds with, so both sides run the same Astro (and the same Node
    // requirements), if Starlight declares it supports it; otherwise the newest it supports.
    const peers = JSON.parse(await run('npm', ['view', `@astrojs/starlight@${version}`, 'peerDependencies', '--json'], dir));
    const ours = (name) => JSON.parse(readFileSync(join(import.meta.dirname, '../../node_modules', name, 'package.json'), 'utf8')).version;
    const satisfies = JSON.parse(await run('npm', ['view', `astro@${peers.astro}`, 'version', '--json'], dir));
    const astro = [satisfies].flat().includes(ours('astro')) ? ours('astro') : peers.astro;
    process.stdout.write(`Installing Starlight ${version} (astro@${astro}) into ${dir} …\n`);
    // KaTeX itself comes with rehype-katex, so its CSS matches the KaTeX that renders. Astro 7's
    // default Markdown processor is Sätteri; remark and rehype plugins need its unified one.
    await run('npm', ['install', '--no-audit', '--no-fund', `@astrojs/starlight@${version}`, `astro@${astro}`, `@astrojs/markdown-remark@${peers['@astrojs/markdown-remark']}`, 'remark-math', 'rehype-katex', 'astro-mermaid', 'mermaid'], dir);
    await writeFile(marker, JSON.stringify({ requested: version, setup: SETUP }));
  }
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mermaid from 'astro-mermaid';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';

export default defineConfig({
  site: 'https://bench.example',
  markdown: { remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] },
  integrations: [
    mermaid(),
    starlight({
      title: '基准测试',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      customCss: ['katex/dist/katex.min.css'],
      // A short sidebar like our site's header, not Starlight's default of every page on every
      // page (1,000 links each), which would make Starlight slower than a site of this kind is.
      sidebar: [{ label: '首页', link: '/' }, { label: '文章', link: '/articles/article-0/' }],
    }),
  ],
});
`,
  );
  await mkdir(join(dir, 'src'), { recursive: true });
  await writeFile(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const pkg = (name) => JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
  return { dir, versions: Object.fromEntries(['@astrojs/starlight', 'astro', 'astro-mermaid', 'mermaid', 'rehype-katex', 'katex'].map((n) => [n, pkg(n)])) };
}

/** Replaces the Starlight project's docs with these articles (Markdown: no MDX feature is used). */
export async function writeStarlightDocs(dir, generated) {
  const docs = join(dir, 'src/content/docs');
  await rm(docs, { recursive: true, force: true });
  await mkdir(join(docs, 'articles'), { recursive: true });
  await writeFile(join(docs, 'index.md'), '---\ntitle: 基准测试\ndescription: 与本站相同的合成文章。\n---\n\n基准测试站点。\n');
  await Promise.all(generated.map((a) => writeFile(join(docs, 'articles', `${a.id}.md`), toStarlightDoc(a))));
  return join(docs, 'articles');
}

/** An edit a reader would make: one more paragraph at the end of one article. */
export const editArticle = (file, pair) => appendFile(file, `\n\n第 ${pair + 1} 次修订：补充一段说明，指出上文推导中容易忽略的前提条件。\n`);
