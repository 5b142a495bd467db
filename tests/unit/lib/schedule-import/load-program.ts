import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dayBounds, type DayInput } from '~/lib/program/conference-day';
import { toEpochMs } from '~/lib/program/time';
import type { ExportProgram, ExportTalk } from '~/lib/schedule-export/to-c3voc';

interface TalkFile {
  title: string;
  abstract: string;
  format: string;
  language?: string;
  track: string;
  room: string;
  start: string;
  end: string;
  speakers?: string[];
  moderators?: string[];
  articles?: string[];
  slides?: string;
  video?: string;
  pretalx?: string;
  guid?: string;
}

const read = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;
const entries = <T>(dir: string): [string, T][] =>
  existsSync(dir) ? readdirSync(dir).sort().map((file) => [file.replace(/\.(ya?ml|mdx?)$/, ''), read<T>(join(dir, file))]) : [];
const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as { title: string };

/**
 * A content directory's program as the schedule export reads it, straight from the YAML files:
 * what getProgram() gives the endpoints, without Astro, for tests on the content the importer wrote.
 */
export function loadProgram(dir: string): ExportProgram {
  const events = read<Record<string, Omit<ExportProgram['event'], 'id'> & { days: DayInput[] }>>(join(dir, 'event.yaml'));
  const [id, { days, ...eventData }] = Object.entries(events)[0]!;
  const event = { ...eventData, id };
  const rooms = read<{ id: string; name: string; capacity: number }[]>(join(dir, 'rooms.yaml'));
  const tracks = read<{ id: string; name: string; color: string }[]>(join(dir, 'tracks.yaml'));
  const speakers = new Map(
    entries<{ name: string; bio: string }>(join(dir, 'speakers')).map(([speakerId, data]) => [speakerId, { id: speakerId, url: `/speakers/${speakerId}/`, ...data }]),
  );
  const articleDir = join(dir, 'articles');
  const articles = new Map(
    existsSync(articleDir) ? readdirSync(articleDir).map((file) => [file.replace(/\.mdx?$/, ''), frontmatter(join(articleDir, file)).title]) : [],
  );
  const talks = entries<TalkFile>(join(dir, 'talks')).map(([talkId, data]): ExportTalk => ({
    ...data,
    id: talkId,
    url: `/talks/${talkId}/`,
    language: data.language ?? 'zh',
    start: toEpochMs(data.start, event.timeZone),
    end: toEpochMs(data.end, event.timeZone),
    room: rooms.find((room) => room.id === data.room)!,
    track: tracks.find((track) => track.id === data.track)!,
    speakers: (data.speakers ?? []).map((ref) => speakers.get(ref)!),
    moderators: (data.moderators ?? []).map((ref) => speakers.get(ref)!),
    articles: (data.articles ?? []).map((ref) => ({ id: ref, data: { title: articles.get(ref)! } })),
  }));
  return { event, days: days.map((day) => dayBounds(day, event.timeZone)), rooms: [...rooms].sort((a, b) => b.capacity - a.capacity || a.id.localeCompare(b.id)), tracks, talks };
}
