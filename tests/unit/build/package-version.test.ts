import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedVersion, packageDir } from '~/build/package-version';

const manifest = (name: string) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string };

describe('installedVersion', () => {
  it.each(['mermaid', 'katex', 'pagefind'])('reads %s from its own package.json, exported or not', (name) => {
    expect(installedVersion(name)).toBe(manifest(name).version);
  });

  it('names the package it cannot resolve', () => {
    expect(() => installedVersion('no-such-package-here')).toThrow(/no-such-package-here/);
  });
});

describe('packageDir', () => {
  it('is the directory that holds the package.json', () => {
    expect(packageDir('katex')).toBe(resolve('node_modules/katex'));
  });
});
