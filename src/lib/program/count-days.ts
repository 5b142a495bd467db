const DIGITS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** "两天", "五天", "12 天": how many days the program runs, as a heading says it. */
export function countDays(days: number): string {
  return days >= 1 && days <= 10 ? `${DIGITS[days]}天` : `${days} 天`;
}
