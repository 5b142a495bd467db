import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../helpers/build-site.ts';
import { serveStatic } from '../../scripts/lib/static-server.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site (dist/, made by `npm run build`) on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject) {
  const dist = process.env['E2E_DIST'] ?? join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first.`);
  const server: Server = await serveStatic(dist);
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}`);
  return () => new Promise<void>((done) => server.close(() => done()));
}
