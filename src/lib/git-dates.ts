import { execFileSync } from 'node:child_process';

/**
 * Reads `git log --format=%x00%cI --name-only` output (newest commit first) into each file's
 * latest commit date.
 */
export function parseGitDates(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').filter((line) => line.trim() !== '');
    if (!date) continue;
    for (const file of files) if (!dates.has(file)) dates.set(file, new Date(date));
  }
  return dates;
}

/**
 * The date each file under `dir` was last committed, by path relative to `root`, in one `git
 * log` for the whole directory. Empty when `root` is not a git checkout or git is missing (a
 * build from a tarball): pages then fall back to their `updatedDate`.
 */
export function lastCommitDates(root: string, dir: string): Map<string, Date> {
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--', dir], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    return parseGitDates(log);
  } catch {
    return new Map();
  }
}
