import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, talkUid, type CalendarTalk } from '~/lib/ics/build-calendar';
import { toEpochMs } from '~/lib/program/time';

const longAbstract = '本场技术研讨从注意力机制的计算复杂度出发，讨论长上下文推理中的显存瓶颈、KV cache 的分页管理与量化，以及连续批处理如何在吞吐与时延之间取得平衡；最后给出一套可复现的压测方法。'.repeat(2);
const talk: CalendarTalk = {
  id: 'long-context',
  title: '长上下文注意力的工程实践：从 KV cache 分页到连续批处理，一场关于显存、吞吐与时延的深入讨论',
  abstract: `${longAbstract}\n第二段; 含有分号, 逗号和反斜杠 \\ 。`,
  start: toEpochMs('2026-12-12T14:00', 'Asia/Shanghai'),
  end: toEpochMs('2026-12-12T14:45', 'Asia/Shanghai'),
  room: 'A厅',
  track: '推理与工程',
  format: '技术研讨',
  speakers: ['林秋月', '王示例'],
  url: 'https://devcon.example.com/talks/long-context/',
};
const options = { name: 'AI大模型应用开发者大会', host: 'devcon.example.com', venue: '上海示例国际会议中心' };
const ics = buildCalendar([talk], options, new Date('2026-11-01T00:00:00Z'));

describe('buildCalendar', () => {
  it('writes CRLF lines of at most 75 octets, folded between UTF-8 characters', () => {
    const lines = ics.split('\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
  });

  it('parses back with ical.js to the same talk, field by field', () => {
    const component = new ICAL.Component(ICAL.parse(ics));
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(component.getFirstPropertyValue('prodid')).toContain('devcon.example.com');
    const vevent = component.getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe(talkUid('long-context', 'devcon.example.com'));
    expect(event.summary).toBe(talk.title);
    expect(event.location).toBe('A厅，上海示例国际会议中心');
    expect(event.startDate.toJSDate().getTime()).toBe(talk.start);
    expect(event.endDate.toJSDate().getTime()).toBe(talk.end);
    expect(event.description).toBe(`${talk.abstract}\n\n讲者：林秋月、王示例\n\n${talk.url}`);
    expect(vevent.getFirstPropertyValue('url')).toBe(talk.url);
    expect(vevent.getFirstProperty('categories')!.getValues()).toEqual(['推理与工程', '技术研讨']);
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-01T00:00:00Z');
  });

  it('escapes TEXT values', () => {
    expect(ics.replace(/\r\n /g, '')).toContain('第二段\\; 含有分号\\, 逗号和反斜杠 \\\\ 。');
  });

  it('keeps UIDs stable across builds', () => {
    const again = buildCalendar([talk], options, new Date('2027-01-01T00:00:00Z'));
    const uid = (text: string) => /UID:(.*)\r\n/.exec(text)![1];
    expect(uid(again)).toBe(uid(ics));
  });
});
