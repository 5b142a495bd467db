import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toC3voc, type C3vocEvent, type C3vocSchedule } from '~/lib/schedule-export/to-c3voc';
import { importSchedule, type ImportReport } from '~/schedule-import/import-schedule';
import { ROOT } from '../../helpers/build-site.ts';
import { loadProgram } from './load-program.ts';

const site = new URL('https://devcon.example.com');

/** What a schedule app sees of a talk; article links stay behind, articles are edited here. */
function talksOf(schedule: C3vocSchedule) {
  return schedule.schedule.conference.days.flatMap((day) =>
    Object.values(day.rooms)
      .flat()
      .map((event: C3vocEvent) => ({
        day: day.date,
        ...event,
        links: event.links.filter((link) => link.type !== 'article'),
      })),
  );
}

describe('export → import → export', () => {
  let dir: string;
  let first: C3vocSchedule;
  let second: C3vocSchedule;
  let report: ImportReport;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'round-trip-'));
    first = toC3voc(loadProgram(join(ROOT, 'content')), site);
    await writeFile(join(dir, 'schedule.json'), JSON.stringify(first));
    await cp(join(ROOT, 'content/articles'), join(dir, 'content/articles'), { recursive: true });
    report = await importSchedule(join(dir, 'schedule.json'), join(dir, 'content'));
    second = toC3voc(loadProgram(join(dir, 'content')), site);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('imports every talk of the real program', () => {
    expect(report.added).toHaveLength(talksOf(first).length);
    expect(report.skipped).toEqual([]);
    expect(talksOf(first).length).toBeGreaterThan(30);
  });

  it('gives the same talks: guids, titles, times, rooms, tracks, formats and persons', () => {
    expect(talksOf(second)).toEqual(talksOf(first));
  });

  it('keeps the conference: days, zone, rooms and tracks', () => {
    const { days, ...conference } = first.schedule.conference;
    const { days: again, ...conferenceAgain } = second.schedule.conference;
    expect(conferenceAgain).toEqual(conference);
    expect(again.map((day) => [day.date, day.day_start, day.day_end])).toEqual(days.map((day) => [day.date, day.day_start, day.day_end]));
  });
});
