import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getProgram, type Talk } from './program.ts';
import { DEFAULT_LOCALE, type Locale } from '~/i18n/locales';
import { describeChange, diffSchedules, type ComparedSession, type ScheduleChange } from '~/lib/program/schedule-diff';
import { scheduleGuid } from '~/lib/schedule-export/guids';
import { readSchedule } from '~/schedule-import/read-schedule';

export type Change = ScheduleChange & {
  /** The talk's page, for a session that is still in the program. */
  talk: Talk | undefined;
  /** One line for readers, in the event's zone. */
  text: string;
};

export interface Changes {
  /** The published schedule compared against, relative to the project; undefined when there is none. */
  baseline: string | undefined;
  changes: Change[];
  byTalkId: Map<string, Change>;
}

/** The published schedule.json this build is compared with (refresh it after publishing, see README). */
export const BASELINE_FILE = 'schedule-baseline.json';

const cached = new Map<Locale, Promise<Changes>>();

/**
 * The program compared with the last published /schedule.json, kept in the content directory. A
 * build without one still works and publishes an empty change log that says so; a file that is
 * not a schedule export stops the build naming it.
 */
export function getChanges(locale: Locale = DEFAULT_LOCALE): Promise<Changes> {
  let changes = cached.get(locale);
  if (!changes) {
    changes = load(locale);
    cached.set(locale, changes);
  }
  return changes;
}

async function load(locale: Locale): Promise<Changes> {
  const program = await getProgram(locale);
  const file = join(process.env['CONTENT_DIR'] ?? './content', BASELINE_FILE);
  if (!existsSync(file)) return { baseline: undefined, changes: [], byTalkId: new Map() };
  const published = readSchedule(readFileSync(file, 'utf8'), relative(process.cwd(), file));
  const before: ComparedSession[] = published.talks.flatMap((talk) => (talk.guid ? [{ guid: talk.guid, title: talk.title, start: talk.start, end: talk.end, room: talk.room }] : []));
  const talkByGuid = new Map(program.talks.map((talk) => [talk.guid ?? scheduleGuid('talk', talk.id), talk]));
  const after: ComparedSession[] = [...talkByGuid].map(([guid, talk]) => ({ guid, title: talk.title, start: talk.start, end: talk.end, room: talk.room.name }));
  const changes = diffSchedules(before, after).map((change) => ({ ...change, talk: talkByGuid.get(change.guid), text: describeChange(change, program.timeZone, locale) }));
  return {
    baseline: relative(process.cwd(), file),
    changes,
    byTalkId: new Map(changes.flatMap((change) => (change.talk ? [[change.talk.id, change] as const] : []))),
  };
}
