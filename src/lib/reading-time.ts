/** Characters a reader of technical Chinese gets through in a minute. */
const CJK_PER_MINUTE = 400;
/** Latin-script words per minute in running text. */
const WORDS_PER_MINUTE = 200;
/** Code is read slowly: lines per minute. */
const CODE_LINES_PER_MINUTE = 20;

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const WORD = /[A-Za-z0-9][A-Za-z0-9'’_-]*/g;

/** Counts CJK characters, the unit Chinese length is measured in. */
export function countCjk(text: string): number {
  return text.match(CJK)?.length ?? 0;
}

/** Estimated reading time in whole minutes (at least 1) of prose plus code. */
export function readingMinutes(prose: string, code = ''): number {
  const cjk = countCjk(prose);
  const words = prose.replace(CJK, ' ').match(WORD)?.length ?? 0;
  const codeLines = code.split('\n').filter((line) => line.trim() !== '').length;
  const minutes = cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE + codeLines / CODE_LINES_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
