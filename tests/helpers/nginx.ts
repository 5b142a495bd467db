import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-site.ts';

export const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const SITE_CONF = join(ROOT, 'deploy/nginx.conf');

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * deploy/nginx.conf as shipped, with only its listen lines and its root replaced. Throws when the
 * file no longer has exactly the lines this replaces, so the test never runs a different shape.
 */
export function siteConf(dist: string, port: number): string {
  const shipped = readFileSync(SITE_CONF, 'utf8');
  const listens = shipped.match(/^\s*listen\s[^;]*;$/gm) ?? [];
  const roots = shipped.match(/^\s*root\s[^;]*;$/gm) ?? [];
  if (listens.length === 0 || roots.length !== 1) throw new Error(`${SITE_CONF}: expected listen lines and one root line in its server block`);
  let first = true;
  return shipped
    .replace(/^(\s*)listen\s[^;]*;\n/gm, (_, indent: string) => {
      const line = first ? `${indent}listen 127.0.0.1:${port};\n` : '';
      first = false;
      return line;
    })
    .replace(/^(\s*)root\s[^;]*;$/m, (_, indent: string) => `${indent}root ${dist};`);
}

export interface Nginx {
  base: string;
  stop(): Promise<void>;
}

/**
 * Runs Debian's nginx in the foreground (one process, so it keeps root's read access to the
 * worktree) with a top-level configuration of its own — pid, logs and temporary files in a
 * temporary directory — that loads the brotli_static module and includes deploy/nginx.conf.
 */
export async function startNginx(dist: string): Promise<Nginx> {
  if (!existsSync(NGINX) || !existsSync(BROTLI_MODULE)) {
    throw new Error(`nginx or its brotli_static module is missing; npm test installs them as root: apt-get install -y nginx libnginx-mod-http-brotli-static`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'devcon-nginx-'));
  const port = await freePort();
  writeFileSync(join(dir, 'site.conf'), siteConf(dist, port));
  writeFileSync(
    join(dir, 'nginx.conf'),
    `load_module ${BROTLI_MODULE};
daemon off;
master_process off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`,
  );
  const output: string[] = [];
  const child: ChildProcess = spawn(NGINX, ['-p', `${dir}/`, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 50) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${output.join('')}${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    if (await get(base + '/').then(() => true, () => false)) break;
    if (waited > 10_000) throw new Error(`nginx did not answer on ${base}: ${output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    base,
    async stop() {
      child.kill('SIGQUIT');
      await exited;
      const log = readFileSync(join(dir, 'error.log'), 'utf8');
      rmSync(dir, { recursive: true, force: true });
      // A warning here (a duplicate MIME type, a directive nginx ignores) means the file does not
      // do what it says.
      if (/\[(warn|error|crit|alert|emerg)\]/.test(log)) throw new Error(`nginx logged:\n${log}`);
    },
  };
}

export interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as sent, not decoded. */
  body: Buffer;
}

/** A plain HTTP request that sends exactly the given headers and does not decode the body. */
export function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
