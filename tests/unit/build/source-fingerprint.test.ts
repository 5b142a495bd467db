import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceFingerprint } from '~/build/source-fingerprint';

let root: string;
const fingerprint = () => sourceFingerprint([join(root, 'markdown'), join(root, 'lib')], [join(root, 'package-lock.json')]);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'fingerprint-'));
  await mkdir(join(root, 'markdown/nested'), { recursive: true });
  await mkdir(join(root, 'lib'));
  await writeFile(join(root, 'markdown/plugin.ts'), 'export default 1;');
  await writeFile(join(root, 'markdown/nested/helper.ts'), 'export const a = 1;');
  await writeFile(join(root, 'lib/reading-time.ts'), 'export const b = 2;');
  await writeFile(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('sourceFingerprint', () => {
  it('stays the same while nothing changes', async () => {
    expect(await fingerprint()).toBe(await fingerprint());
  });

  it('changes with a file in a nested directory, a renamed file, a new file and the lockfile', async () => {
    const before = await fingerprint();
    await writeFile(join(root, 'markdown/nested/helper.ts'), 'export const a = 2;');
    const edited = await fingerprint();
    expect(edited).not.toBe(before);
    await rm(join(root, 'lib/reading-time.ts'));
    await writeFile(join(root, 'lib/reading-minutes.ts'), 'export const b = 2;');
    const renamed = await fingerprint();
    expect(renamed).not.toBe(edited);
    await writeFile(join(root, 'lib/new.ts'), '');
    const added = await fingerprint();
    expect(added).not.toBe(renamed);
    await writeFile(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(await fingerprint()).not.toBe(added);
  });

  it('counts a missing extra file as empty instead of failing', async () => {
    await rm(join(root, 'package-lock.json'));
    await expect(fingerprint()).resolves.toMatch(/^[\w-]{43}$/);
  });
});
