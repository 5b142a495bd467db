// Run by scripts/import-schedule.mjs on Node's own type stripping, so imports between these files
// name their .ts extension and the code uses only erasable TypeScript.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ImportError } from './import-error.ts';
import { planImport, type ImportPlan, type ImportReport } from './plan-import.ts';
import { readContent } from './read-content.ts';
import { readSchedule } from './read-schedule.ts';

export { ImportError } from './import-error.ts';
export type { ImportReport } from './plan-import.ts';

export interface ImportOptions {
  /** Report what would change without writing. Default false. */
  dryRun?: boolean;
}

/**
 * Every file is first written to a directory beside the content and moved into place only once
 * all of them are written, so a failure part-way (disk full, permissions) leaves the content as it was.
 */
async function applyPlan(contentDir: string, plan: ImportPlan): Promise<void> {
  if (plan.writes.size === 0 && plan.deletes.length === 0) return;
  const staging = await mkdtemp(`${resolve(contentDir)}.import-`);
  try {
    for (const [path, text] of plan.writes) {
      await mkdir(dirname(join(staging, path)), { recursive: true });
      await writeFile(join(staging, path), text);
    }
    for (const path of plan.writes.keys()) {
      await mkdir(dirname(join(contentDir, path)), { recursive: true });
      await rename(join(staging, path), join(contentDir, path));
    }
    for (const path of plan.deletes) await rm(join(contentDir, path), { force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Imports a schedule export in the c3voc format (pretalx, frab, the c3voc hub; classic or schema2)
 * into a content directory: rooms, tracks, speakers and talks, and the event's name, zone and days
 * in event.yaml. Throws an ImportError, having written nothing, when the file is not such an
 * export or the content cannot be read.
 */
export async function importSchedule(scheduleFile: string, contentDir: string, options: ImportOptions = {}): Promise<ImportReport> {
  let text: string;
  try {
    text = await readFile(scheduleFile, 'utf8');
  } catch (error) {
    throw new ImportError(`读不到 ${scheduleFile}：${(error as Error).message}`);
  }
  const schedule = readSchedule(text, basename(scheduleFile));
  if (!existsSync(contentDir)) throw new ImportError(`内容目录 ${contentDir} 不存在`);
  const plan = planImport(schedule, await readContent(contentDir));
  if (!options.dryRun) await applyPlan(contentDir, plan);
  return plan.report;
}

/** The report as the command prints it. */
export function formatReport(report: ImportReport): string {
  const lines = [
    `议程：新增 ${report.added.length}，更新 ${report.changed.length}，删除 ${report.removed.length}，未变 ${report.unchanged.length}，跳过 ${report.skipped.length}`,
    ...report.added.map((talk) => `  + ${talk.id}  ${talk.title}`),
    ...report.changed.map((talk) => `  ~ ${talk.id}  ${talk.title}（${talk.fields.join('、')}）`),
    ...report.removed.map((talk) => `  - ${talk.id}  ${talk.title}（导出中已没有这场议程，文件已删除）`),
    ...report.skipped.map((talk) => `  ! ${talk.code}  ${talk.title}：${talk.reason}`),
    `嘉宾：新增 ${report.speakers.added.length}，更新 ${report.speakers.changed.length}`,
    ...report.speakers.added.map((id) => `  + ${id}`),
    ...report.speakers.changed.map((id) => `  ~ ${id}（补上简介）`),
  ];
  if (report.eventChanges.length) lines.push('event.yaml：', ...report.eventChanges.map((change) => `  ~ ${change}`));
  if (report.rooms.length) lines.push(`会场：新增 ${report.rooms.join('、')}`);
  if (report.tracks.length) lines.push(`分论坛：新增 ${report.tracks.join('、')}`);
  if (report.eventCreated) lines.push('已创建 event.yaml');
  if (report.warnings.length) lines.push('请注意：', ...report.warnings.map((warning) => `  · ${warning}`));
  return lines.join('\n');
}
