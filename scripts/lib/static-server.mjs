import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

/** Counts the body bytes that pass through `res.write`/`res.end` from here on. */
function countBody(res, onBytes) {
  const { write, end } = res;
  const size = (chunk) => (typeof chunk === 'string' ? Buffer.byteLength(chunk) : (chunk?.length ?? 0));
  res.write = function (chunk, ...rest) {
    onBytes(size(chunk));
    return write.call(this, chunk, ...rest);
  };
  res.end = function (chunk, ...rest) {
    if (typeof chunk !== 'function') onBytes(size(chunk));
    return end.call(this, chunk, ...rest);
  };
}

/**
 * Serves a built site the way a static host does: /path/ → path/index.html, unknown paths →
 * 404.html with status 404, and text (HTML, CSS, JS, JSON) gzip-compressed when the client
 * accepts it. Pagefind's index files are compressed already and go out as they are. Listens on
 * 127.0.0.1 only. `onResponse(url, { sent, body })` reports each response's body bytes as sent
 * and before compression.
 */
export function serveStatic(dir, port = 0, { onResponse } = {}) {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const compress = compression();
  const notFound = () => readFileSync(join(dir, '404.html'));
  const server = createServer((req, res) => {
    const bytes = { sent: 0, body: 0 };
    if (onResponse) {
      // Installed before the compression middleware wraps the response, this sees what it sends;
      // installed after, it sees what it is given.
      countBody(res, (n) => (bytes.sent += n));
      res.on('finish', () => onResponse(req.url, bytes));
    }
    compress(req, res, () => {
      if (onResponse) countBody(res, (n) => (bytes.body += n));
      files(req, res, () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(notFound());
      });
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
