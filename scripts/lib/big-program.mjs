import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const LANGUAGES = ['zh', 'zh', 'zh', 'en', 'en', 'de', 'ja', 'fr'];
const FORMATS = ['技术研讨', '技术研讨', '技术研讨', '主题演讲', '圆桌讨论', '产品展示', '动手工作坊'];
const LEVELS = ['入门', '进阶', '高级'];
/** Lengths in minutes: real programs mix lightning slots, talks and long workshops. */
const LENGTHS = [15, 30, 30, 45, 45, 45, 60, 90, 120];
const TRACKS = ['models', 'engineering', 'applications', 'trust', 'community', 'hardware'];
const COLORS = ['#1f6feb', '#0f7b54', '#9a5b00', '#7a3fb0', '#b4233c', '#57606a'];

/** A small deterministic generator, so a failing test can be rebuilt exactly. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pad = (n) => String(n).padStart(2, '0');
/** Minutes from the day's 09:00 → wall-clock time on the day or the next (a day runs to 02:00). */
function wallClock(date, minutes) {
  const total = 9 * 60 + minutes;
  const next = total >= 24 * 60;
  const day = new Date(`${date}T00:00:00Z`);
  if (next) day.setUTCDate(day.getUTCDate() + 1);
  return `${day.toISOString().slice(0, 10)}T${pad(Math.floor(total / 60) % 24)}:${pad(total % 60)}`;
}

/**
 * Writes the program of a big event into `dir` (event.yaml, rooms, tracks, speakers, talks): by
 * default 5 days × 15 rooms × 500 sessions, each day from 09:00 to 02:00 the next morning. Rooms
 * fill unevenly (the main halls are busy, the small rooms sparse), lengths run from 15 minutes
 * to two hours, some sessions run past midnight, one in twelve has no speaker, and languages are
 * mixed. Used by the big-agenda build test and `npm run bench -- --agenda`.
 */
export async function writeBigProgram(dir, { days = 5, rooms = 15, sessions = 500, seed = 7 } = {}) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  for (const sub of ['talks', 'speakers']) await mkdir(join(dir, sub), { recursive: true });
  const dates = Array.from({ length: days }, (_, d) => {
    const date = new Date(Date.UTC(2026, 11, 10 + d));
    return date.toISOString().slice(0, 10);
  });
  const dayLines = dates.map((date, d) => `    - { date: "${date}", label: 第 ${d + 1} 天, start: "09:00", end: "${wallClock(date, 17 * 60)}" }`);
  await writeFile(
    join(dir, 'event.yaml'),
    `big:\n  name: 大型示例大会\n  edition: "2026"\n  tagline: 十五个会场、五天、五百场的示例议程\n  description: 为测试大型议程生成的示例数据，所有会场与嘉宾均为虚构。\n  timeZone: Asia/Shanghai\n  days:\n${dayLines.join('\n')}\n  venue: { name: 示例会展中心, address: 示例大道 1 号（虚构）, city: 上海 }\n  breaks: []\n`,
  );
  await writeFile(join(dir, 'rooms.yaml'), Array.from({ length: rooms }, (_, r) => `- { id: room-${pad(r)}, name: ${r === 0 ? '主会场' : `${String.fromCharCode(64 + r)} 厅`}, capacity: ${2000 - r * 100}, floor: ${1 + (r % 4)}F }`).join('\n') + '\n');
  await writeFile(join(dir, 'tracks.yaml'), TRACKS.map((id, t) => `- { id: ${id}, name: 分论坛 ${id}, color: "${COLORS[t]}", description: 生成的示例分论坛（${id}）。 }`).join('\n') + '\n');

  const speakers = Math.ceil(sessions * 0.8);
  for (let s = 0; s < speakers; s++) {
    await writeFile(join(dir, 'speakers', `speaker-${s}.yaml`), `name: 示例嘉宾 ${s}\ntitle: 工程师\norganisation: 示例机构（虚构）\nbio: 为大型议程测试生成的虚构嘉宾。\nsample: true\n`);
  }

  // Sessions go to rooms with a skewed preference; each room fills its day back to back from
  // 09:00 with a gap of 0–30 minutes, and a room whose day is full passes the session on.
  const free = new Map();
  const busy = new Map();
  let written = 0;
  for (let n = 0; written < sessions && n < sessions * 20; n++) {
    const d = written % days;
    const r = Math.min(rooms - 1, Math.floor(rooms * next() ** 1.6));
    const key = `${d}/${r}`;
    const length = pick(LENGTHS);
    const start = (free.get(key) ?? 0) + pick([0, 0, 5, 10, 15, 30]);
    if (start + length > 17 * 60) continue;
    free.set(key, start + length);
    const id = `big-${pad(d)}-${pad(r)}-${String(written).padStart(3, '0')}`;
    // A speaker is free at this time if their previous session ended before it starts.
    const people = [];
    if (written % 12 !== 5) {
      for (let tries = 0; tries < 20 && people.length === 0; tries++) {
        const s = Math.floor(next() * speakers);
        const until = busy.get(`${d}/${s}`) ?? -1;
        if (until <= start) {
          people.push(`speaker-${s}`);
          busy.set(`${d}/${s}`, start + length);
        }
      }
    }
    const language = pick(LANGUAGES);
    await writeFile(
      join(dir, 'talks', `${id}.yaml`),
      [
        `title: 生成议程 ${written}：${pick(['长上下文推理', '分布式训练', '检索增强生成', '模型评估', '对齐与安全', '多模态理解', '推理加速'])}的实践`,
        `abstract: 为大型议程测试生成的示例议程摘要，第 ${written} 场。`,
        `format: ${pick(FORMATS)}`,
        `level: ${pick(LEVELS)}`,
        `language: ${language}`,
        `track: ${pick(TRACKS)}`,
        `room: room-${pad(r)}`,
        `start: "${wallClock(dates[d], start)}"`,
        `end: "${wallClock(dates[d], start + length)}"`,
        `speakers: [${people.join(', ')}]`,
        `tags: [${pick(['inference', 'distributed', 'rag', 'evaluation', 'responsible-ai', 'multimodal'])}]`,
        '',
      ].join('\n'),
    );
    written++;
  }
  if (written < sessions) throw new Error(`big program: only ${written} of ${sessions} sessions fit`);
  return { days, rooms, sessions: written, speakers };
}
