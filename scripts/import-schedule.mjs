#!/usr/bin/env node
// npm run import:schedule -- path/to/schedule.json [--content dir] [--dry-run]
// Reads a c3voc schedule export (pretalx's or frab's …/schedule.json, the c3voc hub's schema2)
// into the content directory. `npm run import:pretalx` is the same command under its old name.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ImportError, formatReport, importSchedule } from '../src/schedule-import/import-schedule.ts';

const USAGE = '用法：npm run import:schedule -- <schedule.json> [--content <目录>] [--dry-run]';

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { content: { type: 'string', default: 'content' }, 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const file = resolve(positionals[0]);
  const contentDir = resolve(values.content);
  const dryRun = values['dry-run'];
  const report = await importSchedule(file, contentDir, { dryRun });
  console.log(`${dryRun ? '试运行（没有写入文件）' : '已导入'}：${file} → ${contentDir}\n${formatReport(report)}`);
}

main().catch((error) => {
  // An ImportError is the user's input; anything else is a bug and keeps its stack.
  console.error(error instanceof ImportError || error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `导入失败：${error.message}\n${USAGE}` : error);
  process.exit(1);
});
