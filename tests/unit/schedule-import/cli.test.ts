import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/build-site.ts';

const run = promisify(execFile);

// The importer is run by Node itself (type stripping, no bundler), not by Vite as in the other
// tests here: an import Node cannot resolve broke `npm run import:schedule` while every test passed.
describe('npm run import:schedule, as Node runs it', { timeout: 60_000 }, () => {
  it('reads a real frab export and reports what it would write', async () => {
    const { stdout } = await run(process.execPath, [join(ROOT, 'scripts/import-schedule.mjs'), '--dry-run', '--content', join(ROOT, 'tests/fixtures/basic'), join(ROOT, 'tests/fixtures/interop/frab-camp-sample.json')], { cwd: ROOT });
    expect(stdout).toMatch(/^试运行（没有写入文件）：/);
    expect(stdout).toMatch(/\n议程：新增 9，/);
    expect(stdout).toContain('Late-night lightning talks');
  });

  it('names the file and what is wrong when the input is not a schedule', async () => {
    const failure = await run(process.execPath, [join(ROOT, 'scripts/import-schedule.mjs'), '--dry-run', join(ROOT, 'package.json')], { cwd: ROOT }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringMatching(/^导入失败：package\.json 不是 c3voc 格式的日程导出/) });
  });
});
