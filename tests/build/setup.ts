import type { TestProject } from 'vitest/node';
import { join } from 'node:path';
import { ROOT, buildSite } from '../helpers/build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureDist: string;
  }
}

/** Builds the small fixture site once for every build-output test. */
export default async function setup(project: TestProject) {
  const outDir = join(ROOT, '.build/fixtures/basic');
  // With a repository URL, so the "编辑此页" links are built (the real site is built without one).
  const result = await buildSite(join(ROOT, 'tests/fixtures/basic'), outDir, { EDIT_BASE_URL: 'https://git.example.com/devcon/edit/main/' });
  if (result.code !== 0) throw new Error(`Fixture build failed:\n${result.output}`);
  project.provide('fixtureDist', outDir);
}
