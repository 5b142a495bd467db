import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/build-site.ts';
import { lastCommitDates, parseGitDates } from '~/lib/git-dates';

describe('parseGitDates', () => {
  it('keeps each file’s newest commit date', () => {
    const log = '\u00002026-11-02T10:00:00+08:00\n\ncontent/articles/a.mdx\n\u00002026-09-01T09:00:00+08:00\n\ncontent/articles/a.mdx\ncontent/articles/b.md\n';
    expect(parseGitDates(log)).toEqual(
      new Map([
        ['content/articles/a.mdx', new Date('2026-11-02T02:00:00Z')],
        ['content/articles/b.md', new Date('2026-09-01T01:00:00Z')],
      ]),
    );
  });

  it('reads nothing from empty output', () => {
    expect(parseGitDates('')).toEqual(new Map());
  });
});

describe('lastCommitDates', () => {
  it('is empty outside a git checkout, as in a build from a tarball', () => {
    expect(lastCommitDates(mkdtempSync(join(tmpdir(), 'no-git-')), '.')).toEqual(new Map());
  });

  it.skipIf(!existsSync(join(ROOT, '.git')))('dates the committed fixture articles in this repository', () => {
    const dates = lastCommitDates(ROOT, 'tests/fixtures/basic/articles');
    expect(dates.get('tests/fixtures/basic/articles/attention.mdx')).toBeInstanceOf(Date);
  });
});
