import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { ROOT, buildSite } from '../helpers/build-site';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
  }
}

/** Builds the small fixture site once for every build-output test. */
export default async function setup(project: TestProject) {
  const outDir = join(ROOT, '.build/fixtures/basic');
  const result = await buildSite(join(ROOT, 'tests/fixtures/basic'), outDir);
  if (result.code !== 0) throw new Error(`Fixture build failed:\n${result.output}`);
  project.provide('fixtureDist', outDir);
}
