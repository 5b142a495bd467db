import { describe, expect, it } from 'vitest';
import { describeChange, diffSchedules, type ComparedSession } from '~/lib/program/schedule-diff';

const H = 3_600_000;
const session = (guid: string, start: number, room = 'A厅', title = guid): ComparedSession => ({ guid, title, start: start * H, end: start * H + H / 2, room });

describe('diffSchedules', () => {
  it('finds nothing between a schedule and itself', () => {
    const program = [session('a', 9), session('b', 10)];
    expect(diffSchedules(program, program.map((s) => ({ ...s })))).toEqual([]);
  });

  it('reports a session moved in time, to another room, or both', () => {
    const changes = diffSchedules([session('a', 9), session('b', 10), session('c', 11)], [session('a', 9.5), session('b', 10, 'B厅'), session('c', 12, 'C厅')]);
    expect(changes.map((c) => [c.kind, c.guid, c.kind === 'moved' && c.timeChanged, c.kind === 'moved' && c.roomChanged])).toEqual([
      ['moved', 'a', true, false],
      ['moved', 'b', false, true],
      ['moved', 'c', true, true],
    ]);
    expect(changes[1]).toMatchObject({ before: { room: 'A厅', start: 10 * H }, after: { room: 'B厅', start: 10 * H } });
  });

  it('counts a new end time as a move', () => {
    const longer = { ...session('a', 9), end: 10 * H };
    expect(diffSchedules([session('a', 9)], [longer])).toMatchObject([{ kind: 'moved', timeChanged: true, roomChanged: false }]);
  });

  it('reports cancelled and new sessions by guid, not by title', () => {
    const changes = diffSchedules([session('a', 9, 'A厅', '开幕'), session('gone', 10)], [session('a', 9, 'A厅', '开幕致辞'), session('new', 14), session('new2', 13)]);
    expect(changes.map((c) => [c.kind, c.guid])).toEqual([
      ['cancelled', 'gone'],
      ['added', 'new2'],
      ['added', 'new'],
    ]);
  });
});

describe('describeChange', () => {
  const at = (iso: string) => Date.parse(iso);
  const before = { start: at('2026-12-12T06:00:00Z'), end: at('2026-12-12T06:45:00Z'), room: 'A厅' };
  it.each([
    [{ kind: 'moved', guid: 'g', title: 't', before, after: { ...before, room: 'B厅' }, timeChanged: false, roomChanged: true }, '更换会场：原定 12月12日周六 14:00–14:45 · A厅，现为 12月12日周六 14:00–14:45 · B厅'],
    [{ kind: 'cancelled', guid: 'g', title: 't', before }, '已取消（原定 12月12日周六 14:00–14:45 · A厅）'],
    [{ kind: 'added', guid: 'g', title: 't', after: { ...before, start: at('2026-12-12T16:30:00Z'), end: at('2026-12-12T17:30:00Z') } }, '新增：12月13日周日 00:30–01:30 · A厅'],
  ] as const)('%#: %s', (change, text) => expect(describeChange(change, 'Asia/Shanghai')).toBe(text));
});
