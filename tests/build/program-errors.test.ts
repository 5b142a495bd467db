import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectBuildToFail, replaceIn } from '../helpers/build-site';

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
      [/talks\/panel\.yaml: start 的日期 2026-12-15 不在大会日程内（2026-12-12、2026-12-13）/],
    ));

  it('for two talks in one room at once', () =>
    expectBuildToFail(
      (dir) => replaceIn(join(dir, 'talks/loss-workshop.yaml'), /room: hall-a\nstart: "2026-12-12T10:00"/, 'room: main\nstart: "2026-12-12T09:30"'),
      [/talks\/loss-workshop\.yaml: 与 .*talks\/opening\.yaml 在同一会场“主会场”时间重叠（09:30–11:30 与 09:00–09:45）/],
    ));

  it('for a speaker in two overlapping talks', () =>
    expectBuildToFail(
      (dir) => replaceIn(join(dir, 'talks/loss-workshop.yaml'), /start: "2026-12-12T10:00"\nend: "2026-12-12T11:30"\nspeakers: \[bo\]/, 'start: "2026-12-12T09:30"\nend: "2026-12-12T11:30"\nspeakers: [bo, ada]'),
      [/talks\/loss-workshop\.yaml: 嘉宾“林测试”（ada）同时出现在时间重叠的 .*talks\/opening\.yaml 中/],
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
