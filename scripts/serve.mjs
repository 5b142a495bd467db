#!/usr/bin/env node
// Previews the built site: npm run preview [-- dir] (PORT to choose the port).
import { resolve } from 'node:path';
import { serveStatic } from './lib/static-server.mjs';

const dir = resolve(process.argv[2] ?? 'dist');
const server = await serveStatic(dir, Number(process.env.PORT ?? 4321));
const { port } = server.address();
console.log(`预览 ${dir} → http://127.0.0.1:${port}/`);
