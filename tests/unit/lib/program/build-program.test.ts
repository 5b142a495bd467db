import { describe, expect, it } from 'vitest';
import { buildProgram, ProgramError, talkPeople, type ProgramEntries, type TalkEntryData } from '~/lib/program/build-program';

type Article = { id: string; title: string };
type Entries = ProgramEntries<Article>;

const event: Entries['events'][number] = {
  id: 'camp',
  data: {
    name: 'Camp',
    edition: '2026',
    tagline: 'A camp',
    description: 'A camp by the lake, two days and one long night.',
    timeZone: 'Europe/Berlin',
    days: [
      { date: '2026-08-21', label: 'Day 1', start: '10:00', end: '2026-08-22T04:00' },
      { date: '2026-08-22', label: 'Day 2', start: '10:00' },
    ],
    venue: { name: 'Lakeside', address: 'Am See 1', city: 'Mildenberg' },
    breaks: [{ title: 'Lunch', start: '2026-08-21T12:00', end: '2026-08-21T13:00' }],
  },
};

const person = (id: string, name: string): Entries['speakers'][number] => ({
  id,
  data: { name, title: 'Engineer', organisation: 'Example', bio: 'Builds things.', links: [], sample: true },
});

function talk(id: string, fields: Partial<TalkEntryData> & Pick<TalkEntryData, 'start' | 'end'>): Entries['talks'][number] {
  return {
    id,
    file: `content/talks/${id}.yaml`,
    data: { title: id, abstract: 'What the talk is about.', format: '技术研讨', level: '入门', language: 'en', track: 'infra', room: 'tent', speakers: [], moderators: [], articles: [], tags: [], ...fields },
  };
}

function entries(talks: Entries['talks'], more: Partial<Entries> = {}): Entries {
  return {
    events: [event],
    rooms: [
      { id: 'tent', data: { name: 'Tent', capacity: 80, floor: 'ground' } },
      { id: 'hall', data: { name: 'Hall', capacity: 400, floor: '1' } },
      { id: 'barn', data: { name: 'Barn', capacity: 80, floor: 'ground' } },
    ],
    tracks: [
      { id: 'infra', data: { name: 'Infrastructure', description: 'Networks and power.', color: '#1d4ed8' } },
      { id: 'art', data: { name: 'Art', description: 'Things people made.', color: '#9d174d' } },
    ],
    speakers: [person('zoe', 'Zoe'), person('ada', 'Ada'), person('bo', 'Bo')],
    talks,
    articles: [{ id: 'lora', title: 'LoRA' }],
    ...more,
  };
}

describe('buildProgram', () => {
  const { program, warnings } = buildProgram(
    entries([
      talk('night', { start: '2026-08-21T23:30', end: '2026-08-22T01:00', track: 'art', room: 'barn', speakers: ['zoe'] }),
      talk('opening', { start: '2026-08-21T10:00', end: '2026-08-21T10:30', track: 'art', room: 'hall', speakers: [], moderators: ['ada'] }),
      talk('panel', { start: '2026-08-21T14:00', end: '2026-08-21T15:00', speakers: ['ada', 'bo'], moderators: ['ada'], articles: ['lora'], tags: ['fine-tuning'] }),
      talk('morning', { start: '2026-08-22T10:00', end: '2026-08-22T11:00', articles: ['lora'] }),
    ]),
  );

  it('resolves references to the objects the pages show', () => {
    const panel = program.talkById.get('panel')!;
    expect(panel.room.name).toBe('Tent');
    expect(panel.track.name).toBe('Infrastructure');
    expect(panel.speakers.map((s) => s.name)).toEqual(['Ada', 'Bo']);
    expect(panel.articles).toEqual([{ id: 'lora', title: 'LoRA' }]);
    expect(panel.url).toBe('/talks/panel/');
    expect(panel.startIso).toBe('2026-08-21T14:00:00+02:00');
    expect(panel.timeLabel).toBe('14:00–15:00');
  });

  it('orders talks by time, rooms by size, speakers by name and tracks by their first talk', () => {
    expect(program.talks.map((t) => t.id)).toEqual(['opening', 'panel', 'night', 'morning']);
    expect(program.rooms.map((r) => r.id)).toEqual(['hall', 'barn', 'tent']);
    expect(program.speakers.map((s) => s.id)).toEqual(['ada', 'bo', 'zoe']);
    expect(program.tracks.map((t) => t.id)).toEqual(['art', 'infra']);
  });

  it('keeps a session past midnight on the day it started, with that day’s title', () => {
    const night = program.talkById.get('night')!;
    expect(night.day).toBe('2026-08-21');
    expect(night.dayTitle).toBe(program.days[0]!.title);
    expect(program.days[0]!.talks.map((t) => t.id)).toEqual(['opening', 'panel', 'night']);
    expect(program.days[1]!.talks.map((t) => t.id)).toEqual(['morning']);
    expect(program.days[1]!.url).toBe('/agenda/2026-08-22/');
  });

  it('indexes talks by track, person, article and tag, each person once per talk', () => {
    expect(program.tracks.find((t) => t.id === 'infra')!.talks.map((t) => t.id)).toEqual(['panel', 'morning']);
    expect(program.speakers.find((s) => s.id === 'ada')!.talks.map((t) => t.id)).toEqual(['opening', 'panel']);
    expect(program.talksByArticle.get('lora')!.map((t) => t.id)).toEqual(['panel', 'morning']);
    expect(program.talksByTag.get('fine-tuning')!.map((t) => t.id)).toEqual(['panel']);
  });

  it('labels the event’s zone and places breaks on their day', () => {
    expect(program.offsetLabel).toBe('UTC+2');
    expect(program.breaks).toEqual([expect.objectContaining({ title: 'Lunch', day: '2026-08-21', timeLabel: '12:00–13:00' })]);
    expect(warnings).toEqual([]);
  });

  it('changes its fingerprint when any entry changes, and only then', () => {
    const again = buildProgram(entries(program.talks.map((t) => talk(t.id, { start: '2026-08-22T10:00', end: '2026-08-22T11:00' })).slice(3)));
    const same = buildProgram(entries(program.talks.map((t) => talk(t.id, { start: '2026-08-22T10:00', end: '2026-08-22T11:00' })).slice(3)));
    expect(same.program.fingerprint).toBe(again.program.fingerprint);
    expect(again.program.fingerprint).not.toBe(program.fingerprint);
  });

  it('lists every impossible thing, naming the file and field', () => {
    const broken = entries([
      talk('a', { start: '2026-08-21T14:00', end: '2026-08-21T15:00', room: 'pool', speakers: ['nobody'] }),
      talk('b', { start: '2026-08-21T11:30', end: '2026-08-21T12:30' }),
      talk('c', { start: '2026-08-21T08:00', end: '2026-08-21T09:00' }),
    ]);
    let error: unknown;
    try {
      buildProgram(broken);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ProgramError);
    const { problems, message } = error as ProgramError;
    expect(message).toMatch(/^议程有 4 处问题/);
    expect(problems).toEqual([
      expect.stringMatching(/^content\/talks\/a\.yaml: room 引用了不存在的会场“pool”/),
      expect.stringMatching(/^content\/talks\/a\.yaml: speakers 引用了不存在的嘉宾“nobody”/),
      expect.stringMatching(/^content\/talks\/b\.yaml: 时间 11:30–12:30 与休息时间“Lunch”/),
      expect.stringMatching(/^content\/talks\/c\.yaml: start 2026-08-21T08:00 不在任何一个大会日内/),
    ]);
  });

  it('warns, and builds, when one person is in two overlapping sessions', () => {
    const { program: busy, warnings: found } = buildProgram(
      entries([
        talk('one', { start: '2026-08-21T14:00', end: '2026-08-21T15:00', speakers: ['bo'] }),
        talk('two', { start: '2026-08-21T14:30', end: '2026-08-21T15:30', room: 'hall', moderators: ['bo'] }),
      ]),
    );
    expect(busy.talks).toHaveLength(2);
    expect(found).toEqual([expect.stringMatching(/嘉宾“Bo”（bo）同时出现在时间重叠的/)]);
  });

  it('wants exactly one event', () => {
    expect(() => buildProgram(entries([], { events: [] }))).toThrow(/应当恰好描述一场大会，现在有 0 场/);
    expect(() => buildProgram(entries([], { events: [event, { ...event, id: 'other' }] }))).toThrow(/现在有 2 场/);
  });
});

describe('talkPeople', () => {
  it('lists speakers, then moderators, each with the role (a label key) shown beside the name', () => {
    expect(talkPeople({ speakers: [{ name: 'Ada' }, { name: 'Bo' }], moderators: [{ name: 'Zoe' }] })).toEqual([
      { name: 'Ada', role: 'speaker' },
      { name: 'Bo', role: 'speaker' },
      { name: 'Zoe', role: 'moderator' },
    ]);
  });
});
