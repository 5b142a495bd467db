import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, buildSite, copyFixture, expectBuildToFail, replaceIn } from '../helpers/build-site.ts';

describe('the build stops on an impossible program, naming the talk file', () => {
  it('for a speaker that does not exist', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'talks/opening.yaml'), 'speakers: [ada]', 'speakers: [ada, nobody]'), [
      /talks\/opening\.yaml/,
      /speakers/,
      /nobody/,
    ]));

  it('for an article that does not exist', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'talks/panel.yaml'), 'articles: [loss]', 'articles: [lost]'), [/talks\/panel\.yaml/, /articles/, /lost/]));

  it('for a room that does not exist', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'talks/panel.yaml'), 'room: main', 'room: hall-z'), [/talks\/panel\.yaml/, /room/, /hall-z/]));

  it('for a track that does not exist', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'talks/panel.yaml'), 'track: apps', 'track: infra'), [/talks\/panel\.yaml/, /track/, /infra/]));

  it('for a talk that ends before it starts', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'talks/opening.yaml'), 'end: "2026-12-12T09:45"', 'end: "2026-12-12T08:30"'), [
      /talks\/opening\.yaml/,
      /end: 议程结束时间不晚于开始时间：09:00 → 08:30/,
    ]));

  it('for a talk outside the event days', () =>
    expectBuildToFail(
      async (dir) => {
        await replaceIn(join(dir, 'talks/panel.yaml'), 'start: "2026-12-13T09:00"', 'start: "2026-12-15T09:00"');
        await replaceIn(join(dir, 'talks/panel.yaml'), 'end: "2026-12-13T09:50"', 'end: "2026-12-15T09:50"');
      },
      [/talks\/panel\.yaml: start 2026-12-15T09:00 不在任何一个大会日内（event\.yaml 的 days：2026-12-12T00:00 – 2026-12-13T00:00、2026-12-13T00:00 – 2026-12-14T00:00）/],
    ));

  it('for a day whose end is before its start', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'event.yaml'), '{ date: "2026-12-13", label: 第二天 }', '{ date: "2026-12-13", label: 第二天, start: "10:00", end: "04:00" }'), [
      /event\.yaml/,
      /days\.1\.end: 这一天的结束不晚于开始：10:00 → 04:00（次日凌晨结束请写完整时间，例如 2026-12-14T04:00）/,
    ]));

  it('for a talk that starts before its conference day does', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'event.yaml'), '{ date: "2026-12-13", label: 第二天 }', '{ date: "2026-12-13", label: 第二天, start: "10:00", end: "2026-12-14T02:00" }'), [
      /talks\/panel\.yaml: start 2026-12-13T09:00 不在任何一个大会日内/,
    ]));

  it('for a language tag that names no language', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'talks/panel.yaml'), 'title:', 'language: klingonisch\ntitle:'), [/talks\/panel\.yaml/, /language: “klingonisch”不是已知语言的 BCP 47 标签/]));

  it('for a slides link that is not http(s)', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'talks/panel.yaml'), 'title:', 'slides: "javascript:alert(1)"\ntitle:'), [/talks\/panel\.yaml/, /slides: 链接须是 http:\/\/ 或 https:\/\/ 开头的完整地址/]));

  it('for a control character in a title', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'talks/panel.yaml'), /^title: (.*)$/m, 'title: "$1\\a"'), [/talks\/panel\.yaml/, /title: 含有不可见的控制字符 U\+0007，请删除/]));

  it('for two talks in one room at once', () =>
    expectBuildToFail(
      (dir) => replaceIn(join(dir, 'talks/loss-workshop.yaml'), /room: hall-a\nstart: "2026-12-12T10:00"/, 'room: main\nstart: "2026-12-12T09:30"'),
      [/talks\/loss-workshop\.yaml: 与 .*talks\/opening\.yaml 在同一会场“主会场”时间重叠（09:30–11:30 与 09:00–09:45）/],
    ));

  it('for a talk during a break', () =>
    expectBuildToFail(
      (dir) => replaceIn(join(dir, 'talks/loss-workshop.yaml'), /start: "2026-12-12T10:00"\nend: "2026-12-12T11:30"/, 'start: "2026-12-12T11:30"\nend: "2026-12-12T12:30"'),
      [/talks\/loss-workshop\.yaml: 时间 11:30–12:30 与休息时间“午餐”（12:00–13:00）重叠/],
    ));

  it('for an invalid time zone', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'event.yaml'), 'timeZone: Asia/Shanghai', 'timeZone: Asia/Beijing'), [/event\.yaml/, /timeZone/, /不是有效的 IANA 时区名/]));

  it('for an impossible date', () =>
    expectBuildToFail((dir) => replaceIn(join(dir, 'talks/opening.yaml'), 'start: "2026-12-12T09:00"', 'start: "2026-12-32T09:00"'), [/talks\/opening\.yaml/, /start: 时间格式应为/]));
});

describe('a program that is odd but real', () => {
  it('builds with a speaker in two overlapping talks, and says so', async () => {
    const content = await copyFixture('basic');
    const outDir = join(ROOT, '.build/fixtures', `double-booked-${process.pid}`);
    try {
      await replaceIn(join(content, 'talks/loss-workshop.yaml'), /start: "2026-12-12T10:00"\nend: "2026-12-12T11:30"\nspeakers: \[bo\]/, 'start: "2026-12-12T09:30"\nend: "2026-12-12T11:30"\nspeakers: [bo, ada]');
      const result = await buildSite(content, outDir);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/talks\/loss-workshop\.yaml: 嘉宾“林测试”（ada）同时出现在时间重叠的 .*talks\/opening\.yaml 中/);
    } finally {
      await rm(outDir, { recursive: true, force: true });
      await rm(content, { recursive: true, force: true });
    }
  });
});
