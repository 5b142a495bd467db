import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ImportError, formatReport, importSchedule, type ImportReport } from '~/schedule-import/import-schedule';
import { FALLBACK_TRACK, PLACEHOLDER_BIO } from '~/schedule-import/plan-import';
import { ROOT } from '../../helpers/build-site.ts';

const SAMPLE = join(ROOT, 'tests/fixtures/interop/pretalx-sample.json');

interface SampleEvent {
  url: string;
  title: unknown;
  room: string;
  persons: { name?: string; public_name: string; biography: unknown }[];
}
interface Sample {
  schedule: { conference: { time_zone_name: string; days: { rooms: Record<string, SampleEvent[]> }[] } };
}

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pretalx-import-'));
  temps.push(dir);
  return dir;
}
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The sample export, to change before writing it out with `writeExport`. */
function sample(): Sample {
  return JSON.parse(readFileSync(SAMPLE, 'utf8')) as Sample;
}
function eventsOf(data: Sample): SampleEvent[] {
  return data.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
}
function eventOf(data: Sample, code: string): SampleEvent {
  return eventsOf(data).find((event) => event.url.endsWith(`/${code}/`))!;
}
async function writeExport(data: unknown): Promise<string> {
  const file = join(await tempDir(), 'schedule.json');
  await writeFile(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

const yamlOf = async <T = Record<string, unknown>>(dir: string, path: string) => parse(await readFile(join(dir, path), 'utf8')) as T;
const talkFiles = async (dir: string) => (await readdir(join(dir, 'talks'))).sort();

/** Every file under dir with its text, to show that nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(await Promise.all(files.sort().map(async (file) => [file.slice(dir.length), await readFile(file, 'utf8')])));
}

/** A content directory with the sample imported once. */
async function imported(): Promise<{ dir: string; report: ImportReport }> {
  const dir = await tempDir();
  return { dir, report: await importSchedule(SAMPLE, dir) };
}

const ADDED = [
  'aidev2026-11',
  'aidev2026-12',
  'aidev2026-13-build-an-eval-set',
  'aidev2026-14',
  'aidev2026-16-evaluating-rag',
  'aidev2026-17-gateway-demo',
  'aidev2026-18-lora-on-a-budget',
  'aidev2026-19-meetup',
];

describe('a fresh import of the sample export', () => {
  let dir: string;
  let report: ImportReport;
  let rooms: { id: string; name: string; capacity: number; floor: string }[];
  let tracks: { id: string; name: string; color: string; description: string }[];
  const roomId = (name: string) => rooms.find((room) => room.name === name)!.id;
  const trackId = (name: string) => tracks.find((track) => track.name === name)!.id;
  beforeAll(async () => {
    ({ dir, report } = await imported());
    rooms = await yamlOf(dir, 'rooms.yaml');
    tracks = await yamlOf(dir, 'tracks.yaml');
  });

  it('adds every talk that has a room, with ids from the pretalx slugs', async () => {
    expect(report.added.map((talk) => talk.id).sort()).toEqual(ADDED);
    expect(await talkFiles(dir)).toEqual(ADDED.map((id) => `${id}.yaml`));
    expect(report).toMatchObject({ changed: [], removed: [], unchanged: [], eventCreated: true });
  });

  it('writes a talk file in the site’s format, times in the event’s zone', async () => {
    expect(await yamlOf(dir, 'talks/aidev2026-12.yaml')).toEqual({
      title: '从十亿到千亿参数：在有限显存下部署长上下文大模型推理服务的 KV cache 分页、量化与连续批处理的完整工程实践与踩坑记录',
      abstract: '以一个真实规模的（虚构）客服场景为例，逐步讲解 KV cache 分页、INT4 权重量化与连续批处理的组合方式，以及它们各自对时延和吞吐的影响。',
      format: '技术研讨',
      level: '进阶',
      language: 'zh',
      track: trackId('推理与工程'),
      room: roomId('A厅'),
      start: '2026-12-12T10:00',
      end: '2026-12-12T10:40',
      speakers: ['kenji-sato'],
      moderators: [],
      articles: [],
      tags: [],
      pretalx: 'LNG9ZH',
      guid: '2b7e9f30-1c4d-5a8b-8e2f-3d6c0a9b1e12',
    });
    // Quoted like the hand-written files, so js-yaml in Astro never reads a time as a date.
    expect(await readFile(join(dir, 'talks/aidev2026-12.yaml'), 'utf8')).toContain('start: "2026-12-12T10:00"');
  });

  it('creates event.yaml from the conference block', async () => {
    const event = await yamlOf<Record<string, { name: string; timeZone: string; edition: string; days: { date: string }[] }>>(dir, 'event.yaml');
    expect(Object.keys(event)).toEqual(['aidev2026']);
    expect(event['aidev2026']).toMatchObject({ name: 'AI 应用开发者日 2026', edition: '2026', timeZone: 'Asia/Shanghai' });
    expect(event['aidev2026']!.days.map((day) => day.date)).toEqual(['2026-12-12', '2026-12-13']);
  });

  it('adds the rooms and tracks the talks use, with placeholders where pretalx says nothing', () => {
    expect(rooms.map((room) => [room.name, room.capacity, room.floor])).toEqual([
      ['主会场', 800, '待补充'],
      ['A厅', 100, '待补充'],
      ['Workshop Room', 40, '待补充'],
    ]);
    expect(rooms.map((room) => room.id)).toEqual([expect.stringMatching(/^room-[0-9a-f]{6}$/), expect.stringMatching(/^room-[0-9a-f]{6}$/), 'workshop-room']);
    expect(tracks.map((track) => [track.name, track.color])).toEqual([
      ['推理与工程', '#0f7b54'],
      ['评估与可信', '#7a3fb0'],
      [FALLBACK_TRACK.name, FALLBACK_TRACK.color],
    ]);
    expect(report.warnings).toContain(`新会场“A厅”（${roomId('A厅')}）：容量暂记 100，楼层待补充，请在 rooms.yaml 中核对`);
  });

  it('prefers the Chinese text of translated fields, then English', async () => {
    const rag = await yamlOf(dir, 'talks/aidev2026-16-evaluating-rag.yaml');
    expect(rag['title']).toBe('超越命中率：如何评估检索增强生成');
    expect(rag['abstract']).toBe('为什么只看检索命中率不够，以及还应该度量什么：忠实度、引用正确率与拒答率。\n\n结合一个完整的评测示例。');
    const demo = await yamlOf(dir, 'talks/aidev2026-17-gateway-demo.yaml');
    expect(demo['abstract']).toBe('A live demo of a fictional model gateway that routes, caches and meters requests across providers.');
  });

  it('takes slides and the recording from the talk’s links', async () => {
    expect(await yamlOf(dir, 'talks/aidev2026-16-evaluating-rag.yaml')).toMatchObject({
      slides: 'https://example.com/slides/evaluating-rag.pdf',
      video: 'https://example.com/video/evaluating-rag',
    });
  });

  it('maps session types to the five formats, defaulting to 技术研讨', async () => {
    const formats = await Promise.all(ADDED.map(async (id) => [id, (await yamlOf(dir, `talks/${id}.yaml`))['format']]));
    expect(Object.fromEntries(formats)).toEqual({
      'aidev2026-11': '主题演讲',
      'aidev2026-12': '技术研讨',
      'aidev2026-13-build-an-eval-set': '动手工作坊',
      'aidev2026-14': '圆桌讨论',
      'aidev2026-16-evaluating-rag': '技术研讨',
      'aidev2026-17-gateway-demo': '产品展示',
      'aidev2026-18-lora-on-a-budget': '技术研讨',
      'aidev2026-19-meetup': '技术研讨',
    });
    expect(report.warnings).toContain('“开发者交流：评测工具的选型”的类型“Meetup”没有对应的议程形式，记为技术研讨');
  });

  it('skips a talk without a room and says so', async () => {
    expect(report.skipped).toEqual([{ code: 'NRM6QD', title: '待定会场的闪电演讲：评测集的版本管理', reason: '没有会场（days[0].rooms[""][0]）' }]);
    const codes = await Promise.all((await talkFiles(dir)).map(async (file) => (await yamlOf(dir, `talks/${file}`))['pretalx']));
    expect(codes).not.toContain('NRM6QD');
  });

  it('puts a talk without a track into the fallback track', async () => {
    expect((await yamlOf(dir, 'talks/aidev2026-17-gateway-demo.yaml'))['track']).toBe(FALLBACK_TRACK.id);
  });

  it('writes a placeholder biography, saying so, for a speaker without one', async () => {
    const chen = await yamlOf(dir, 'speakers/m8tt3c.yaml');
    expect(chen).toEqual({ name: '陈一舟', title: '待补充', organisation: '待补充', bio: PLACEHOLDER_BIO });
    expect(PLACEHOLDER_BIO).toContain('没有这位嘉宾的简介');
    expect(report.warnings).toContain('嘉宾“陈一舟”（m8tt3c）在导出中没有简介，已写入占位简介');
  });

  it('names a speaker who has only frab’s public_name', async () => {
    expect(await yamlOf(dir, 'speakers/elena-novak.yaml')).toMatchObject({ name: 'Elena Novak' });
    expect(report.speakers.added).toHaveLength(6);
  });

  it('prints a summary of what it did', () => {
    const text = formatReport(report);
    expect(text).toMatch(/^议程：新增 8，更新 0，删除 0，未变 0，跳过 1$/m);
    expect(text).toContain('  + aidev2026-12  从十亿到千亿参数');
    expect(text).toContain('  ! NRM6QD  待定会场的闪电演讲：评测集的版本管理：没有会场（days[0].rooms[""][0]）');
    expect(text).toContain('已创建 event.yaml');
  });
});

describe('re-importing', () => {
  it('keeps hand-edited fields of matched talks and reports nothing changed', async () => {
    const { dir } = await imported();
    const file = join(dir, 'talks/aidev2026-12.yaml');
    const edited = (await readFile(file, 'utf8'))
      .replace('level: 进阶', 'level: 高级')
      .replace('articles: []', 'articles: [kv-cache]')
      .replace('tags: []', 'tags: [inference] # 编辑补充')
      .concat('slides: "https://example.com/slides/kv.pdf"\n');
    await writeFile(file, edited);

    const report = await importSchedule(SAMPLE, dir);
    expect(report).toMatchObject({ added: [], changed: [], removed: [] });
    expect(report.unchanged).toHaveLength(8);
    expect(await readFile(file, 'utf8')).toBe(edited);
  });

  it('reports a changed title and rewrites only that field', async () => {
    const { dir } = await imported();
    const file = join(dir, 'talks/aidev2026-12.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('tags: []', 'tags: [inference]'));
    const data = sample();
    eventOf(data, 'LNG9ZH').title = '长上下文推理服务的工程实践';

    const report = await importSchedule(await writeExport(data), dir);
    expect(report.changed).toEqual([{ id: 'aidev2026-12', title: '长上下文推理服务的工程实践', fields: ['title'] }]);
    expect(report.unchanged).toHaveLength(7);
    expect(await yamlOf(dir, 'talks/aidev2026-12.yaml')).toMatchObject({ title: '长上下文推理服务的工程实践', tags: ['inference'], pretalx: 'LNG9ZH' });
  });

  it('removes a talk pretalx no longer has, and only talks that came from pretalx', async () => {
    const { dir } = await imported();
    const handMade = 'title: 手写的议程\nabstract: 不是从 pretalx 导入的议程。\n';
    await writeFile(join(dir, 'talks/hand-made.yaml'), handMade);
    const data = sample();
    const day = data.schedule.conference.days[1]!;
    day.rooms['A厅'] = day.rooms['A厅']!.filter((event) => !event.url.endsWith('/RAG5EV/'));

    const report = await importSchedule(await writeExport(data), dir);
    expect(report.removed).toEqual([{ id: 'aidev2026-16-evaluating-rag', title: '超越命中率：如何评估检索增强生成' }]);
    expect(existsSync(join(dir, 'talks/aidev2026-16-evaluating-rag.yaml'))).toBe(false);
    expect(await readFile(join(dir, 'talks/hand-made.yaml'), 'utf8')).toBe(handMade);
    expect(formatReport(report)).toContain('  - aidev2026-16-evaluating-rag  超越命中率：如何评估检索增强生成（导出中已没有这场议程，文件已删除）');
  });

  it('leaves a known talk alone when it loses its room in pretalx', async () => {
    const { dir } = await imported();
    const before = await readFile(join(dir, 'talks/aidev2026-11.yaml'), 'utf8');
    const data = sample();
    const day = data.schedule.conference.days[0]!;
    day.rooms[''] = [...day.rooms['']!, { ...eventOf(data, 'ABC7KX'), room: '' }];
    day.rooms['主会场'] = day.rooms['主会场']!.filter((event) => !event.url.endsWith('/ABC7KX/'));

    const report = await importSchedule(await writeExport(data), dir);
    expect(report.skipped).toContainEqual({ code: 'ABC7KX', title: '开幕主题演讲：大模型推理的成本曲线', reason: '没有会场（days[0].rooms[""][1]）；talks/aidev2026-11.yaml 保持不变' });
    expect(report.removed).toEqual([]);
    expect(await readFile(join(dir, 'talks/aidev2026-11.yaml'), 'utf8')).toBe(before);
  });

  it('fills in a placeholder biography once pretalx has one', async () => {
    const { dir } = await imported();
    const data = sample();
    eventOf(data, 'PNL4RT').persons.find((person) => person.name === '陈一舟')!.biography = '陈一舟负责示例公司（虚构）的测试平台。';

    const report = await importSchedule(await writeExport(data), dir);
    expect(report.speakers).toEqual({ added: [], changed: ['m8tt3c'] });
    expect((await yamlOf(dir, 'speakers/m8tt3c.yaml'))['bio']).toBe('陈一舟负责示例公司（虚构）的测试平台。');
  });
});

describe('time zones', () => {
  it('keeps talks in place when the same instants come written with other offsets', async () => {
    const { dir } = await imported();
    const data = sample();
    const keynote = eventOf(data, 'ABC7KX') as SampleEvent & { date: string };
    // The same instant written with a Berlin offset: nothing moves.
    keynote.date = '2026-12-12T02:00:00+01:00';
    expect((await importSchedule(await writeExport(data), dir)).changed).toEqual([]);
    keynote.date = '2026-12-12T03:00:00+01:00';
    const moved = await importSchedule(await writeExport(data), dir);
    expect(moved.changed).toEqual([{ id: 'aidev2026-11', title: '开幕主题演讲：大模型推理的成本曲线', fields: ['start', 'end'] }]);
    expect(await yamlOf(dir, 'talks/aidev2026-11.yaml')).toMatchObject({ start: '2026-12-12T10:00', end: '2026-12-12T10:45' });
  });

  it('moves the event into the export’s zone, writing wall-clock times in it, and says so', async () => {
    const { dir } = await imported();
    const data = sample();
    data.schedule.conference.time_zone_name = 'Europe/Berlin';
    const report = await importSchedule(await writeExport(data), dir);
    expect(report.eventChanges).toContain('timeZone：Asia/Shanghai → Europe/Berlin');
    expect((await yamlOf<Record<string, { timeZone: string }>>(dir, 'event.yaml'))['aidev2026']!.timeZone).toBe('Europe/Berlin');
    // 09:00 in Shanghai is 02:00 in Berlin.
    expect(await yamlOf(dir, 'talks/aidev2026-11.yaml')).toMatchObject({ start: '2026-12-12T02:00', end: '2026-12-12T02:45' });
  });
});

describe('input that is not a schedule export', () => {
  it.each([
    ['invalid JSON', '{"schedule": {"conference": ', /^schedule\.json 不是有效的 JSON：/],
    ['JSON of something else', { name: 'ai-llm-devcon', scripts: {} }, /不是 c3voc 格式的日程导出[\s\S]*缺少 schedule（/],
    ['a day without a date', { schedule: { conference: { title: 'X', days: [{ rooms: {} }] } } }, /schedule\.conference\.days\[0\]\.date: 应是 YYYY-MM-DD，现在是 null/],
    [
      'a schedule whose only talk has no duration',
      { schedule: { conference: { title: 'X', days: [{ date: '2026-12-12', rooms: { A: [{ title: 'T', url: 'https://x/talk/AB/', date: '2026-12-12T09:00:00+08:00' }] } }] } } },
      /没有任何可导入的议程：1 场都无法安排（days\[0\]\.rooms\["A"\]\[0\] 没有时长/,
    ],
  ])('%s: a clear error, and nothing written', async (_, input, message) => {
    const { dir } = await imported();
    const before = await snapshot(dir);
    const file = await writeExport(input);
    await expect(importSchedule(file, dir)).rejects.toThrow(ImportError);
    await expect(importSchedule(file, dir)).rejects.toThrow(message);
    expect(await snapshot(dir)).toEqual(before);
  });

  it('a missing file: a clear error, and nothing written', async () => {
    const dir = await tempDir();
    await expect(importSchedule(join(dir, 'nope.json'), dir)).rejects.toThrow(/^读不到 .*nope\.json/);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a dry run reports without writing', async () => {
    const dir = await tempDir();
    const report = await importSchedule(SAMPLE, dir, { dryRun: true });
    expect(report.added).toHaveLength(8);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('other exporters: frab and the c3voc hub (schema2)', () => {
  const FRAB = join(ROOT, 'tests/fixtures/interop/frab-camp-sample.json');
  const HUB = join(ROOT, 'tests/fixtures/interop/hub-schedule2-sample.json');

  it('imports every frab session: past midnight, without speakers, in German', async () => {
    const dir = await tempDir();
    const report = await importSchedule(FRAB, dir);
    expect(report.added).toHaveLength(9);
    expect(report.skipped).toEqual([]);
    const late = await yamlOf(dir, 'talks/camp2025-2003-late-night-lightning-talks.yaml');
    expect(late).toMatchObject({ start: '2025-08-13T23:30', end: '2025-08-14T01:00', speakers: [], language: 'en', pretalx: '2003' });
    expect(await yamlOf(dir, 'talks/camp2025-2005-nachteulen-podium-offene-mode.yaml')).toMatchObject({ format: '圆桌讨论', language: 'de', start: '2025-08-14T00:30' });
    const event = Object.values(await yamlOf<Record<string, { name: string; timeZone: string; days: unknown[] }>>(dir, 'event.yaml'))[0]!;
    expect(event).toMatchObject({ name: 'Beispiel-Camp 2025', timeZone: 'Europe/Berlin' });
    expect(event.days).toEqual([
      { date: '2025-08-13', label: '第 1 天', start: '10:00', end: '2025-08-14T04:00' },
      { date: '2025-08-14', label: '第 2 天', start: '10:00', end: '2025-08-15T04:00' },
      { date: '2025-08-15', label: '第 3 天', start: '10:00', end: '2025-08-16T04:00' },
    ]);
  });

  it('brings an existing event.yaml in line with the export, keeping the venue and edited labels, and says so', async () => {
    const dir = await tempDir();
    await cp(join(ROOT, 'tests/fixtures/basic/event.yaml'), join(dir, 'event.yaml'));
    const before = await readFile(join(dir, 'event.yaml'), 'utf8');
    await writeFile(join(dir, 'event.yaml'), before.replace('{ date: "2026-12-12", label: 第一天 }', '{ date: "2025-08-14", label: 周四 · 工作坊日 }'));
    const report = await importSchedule(FRAB, dir);
    expect(report.eventChanges).toEqual([
      'name：夹具大会 → Beispiel-Camp 2025',
      'timeZone：Asia/Shanghai → Europe/Berlin',
      'days：2025-08-14、2026-12-13 → 2025-08-13（10:00–2025-08-14T04:00）、2025-08-14（10:00–2025-08-15T04:00）、2025-08-15（10:00–2025-08-16T04:00）',
      'breaks：删除 1 个不在新日程日内的休息时间',
    ]);
    const event = (await yamlOf<Record<string, { venue: { name: string }; days: { label: string }[]; breaks: unknown[] }>>(dir, 'event.yaml'))['fixture-con']!;
    expect(event.venue.name).toBe('夹具会场');
    expect(event.days.map((day) => day.label)).toEqual(['第 1 天', '周四 · 工作坊日', '第 3 天']);
    expect(event.breaks).toEqual([]);
    expect(formatReport(report)).toContain('event.yaml：\n  ~ name：夹具大会 → Beispiel-Camp 2025');
  });

  it('reads schema2: participants by guid with roles, ISO durations, the default language, and keeps guids', async () => {
    const dir = await tempDir();
    const report = await importSchedule(HUB, dir);
    expect(report.skipped).toEqual([{ code: 'NOROOM', title: 'Talk waiting for a room', reason: '没有会场（events[4]）' }]);
    const panel = await yamlOf(dir, 'talks/sample-late-panel.yaml');
    expect(panel).toMatchObject({ start: '2025-12-27T23:40', end: '2025-12-28T00:50', language: 'de', format: '圆桌讨论', moderators: ['bruno-keller'], guid: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(panel['speakers']).toEqual([expect.stringMatching(/^speaker-/)]);
    expect(panel['abstract']).toMatch(/^mit Publikumsfragen\n\nEin Panel/);
    expect(await yamlOf(dir, 'talks/sample-long-title.yaml')).toMatchObject({ language: 'en' });
    expect(report.warnings).toContainEqual(expect.stringMatching(/（LONGT3）的语言“xx”不是已知语言的 BCP 47 标签，记为 en/));
    expect(await yamlOf(dir, 'talks/sample-self-organised.yaml')).toMatchObject({ speakers: [], moderators: [] });
  });

  it('drops javascript: and data: links from sessions and people, saying so, and keeps https and mailto', async () => {
    const dir = await tempDir();
    const report = await importSchedule(HUB, dir);
    const hostile = await yamlOf(dir, 'talks/sample-hostile-markup.yaml');
    expect(hostile['slides']).toBeUndefined();
    expect(hostile['video']).toBe('https://media.example.org/hostile-1.mp4');
    expect((await yamlOf<{ links: { url: string }[] }>(dir, 'speakers/ada-b-bold-b-nakamura.yaml')).links.map((link) => link.url)).toEqual(['https://ada.example.org/', 'mailto:ada@example.org']);
    expect(report.warnings.filter((warning) => /已丢弃/.test(warning))).toHaveLength(4);
    expect(report.warnings).toContain('events[0] abstract 中有不可见的控制字符，已删除');
    expect(hostile['abstract']).toBe('Markup <img src=x onerror=alert(1)> stays text. A bell was here.\n\nSecond paragraph with </textarea> and ]]> and a backslash \\ .');
  });

  it('darkens a track colour too light for white text', async () => {
    const dir = await tempDir();
    await importSchedule(HUB, dir);
    const tracks = await yamlOf<{ id: string; color: string }[]>(dir, 'tracks.yaml');
    expect(tracks.find((track) => track.id === 'security')!.color).not.toBe('#F9B000');
  });
});
