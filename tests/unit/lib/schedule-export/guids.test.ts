import { v5, validate, version } from 'uuid';
import { describe, expect, it } from 'vitest';
import { GUID_NAMESPACE, numericId, scheduleGuid } from '~/lib/schedule-export/guids';

describe('scheduleGuid', () => {
  it('uses the namespace derived from the site URL', () => {
    expect(v5('https://devcon.example.com/', v5.URL)).toBe(GUID_NAMESPACE);
  });

  it.each(['talk', 'room', 'speaker'] as const)('gives %s ids the same UUID v5 every time', (kind) => {
    const guid = scheduleGuid(kind, 'main-hall');
    expect(validate(guid)).toBe(true);
    expect(version(guid)).toBe(5);
    expect(scheduleGuid(kind, 'main-hall')).toBe(guid);
  });

  it('keeps kinds apart: a room and a talk with the same id get different guids', () => {
    expect(new Set([scheduleGuid('talk', 'x'), scheduleGuid('room', 'x'), scheduleGuid('speaker', 'x')]).size).toBe(3);
  });

  it('pins the guid of a talk, so a change of scheme is a deliberate one', () => {
    expect(scheduleGuid('talk', 'ai-dev-next-five-years')).toMatchInlineSnapshot(`"55e99cdc-ba93-5822-933a-f057b29a92ee"`);
  });
});

describe('numericId', () => {
  it.each([
    ['00000000-0000-5000-8000-000000000000', 1],
    ['7ffffffe-0000-5000-8000-000000000000', 0x7fffffff],
    ['ffffffff-0000-5000-8000-000000000000', 2],
  ])('%s → %i, a positive 31-bit integer', (guid, id) => {
    expect(numericId(guid)).toBe(id);
  });
});
