import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * Serves a built site the way a static host does: /path/ → path/index.html, unknown paths →
 * 404.html with status 404. Listens on 127.0.0.1 only.
 */
export function serveStatic(dir, port = 0) {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = () => readFileSync(join(dir, '404.html'));
  const server = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound());
    }),
  );
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
