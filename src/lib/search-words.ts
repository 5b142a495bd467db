/**
 * How the search splits Chinese text into words, the same way when the index is built (every
 * page, in Node) and when a reader types a query (in the browser).
 *
 * Pagefind's own segmentation cannot do both things the search needs. Its index splits Chinese
 * with jieba and also stores the shorter words inside each compound (向量化 is indexed as 向量化,
 * 向量 and 量化), while since 1.5 pagefind.js splits the query with the browser's
 * Intl.Segmenter: 量化 then matches inside 向量化 and 权重量化, and where the two segmenters
 * disagree a two-character query loses pages (Pagefind issue 1237). So the site splits both
 * sides itself: Intl.Segmenter (ICU's dictionary, the same in Node and Chromium), corrected by
 * SEARCH_WORDS, the technical terms ICU cuts apart (交叉|熵, 优|化|器) or cuts across (向|量化).
 * The index is built as a language without segmentation on text with spaces between the words,
 * and the query reaches Pagefind already split (see src/client/pagefind.ts).
 */

/**
 * The language the index is written as: one Pagefind neither segments nor stems, so its words
 * are exactly the space-separated words of the text, and pagefind.js, told this language, passes
 * the query on as split here instead of splitting it again with Intl.Segmenter.
 */
export const INDEX_LANGUAGE = 'und';

/**
 * Terms kept whole. A term here is only found as a whole word (交叉熵 is found by 交叉熵 and by
 * its beginning 交叉, not by 熵), so add the words readers search for, not every compound.
 */
export const SEARCH_WORDS: readonly string[] = [
  '向量化',
  '权重',
  '量化',
  '交叉熵',
  '困惑度',
  '优化器',
  '正则化',
  '超参数',
  '过拟合',
  '似然',
  '词元',
  '预热',
  '掩码',
  '点积',
  '缩放',
  '自注意力',
  '注意力',
  '注意',
  '反向传播',
  '梯度',
  '嵌入',
  '蒸馏',
  '分词',
  '分词器',
  '子词',
  '词表',
  '幂律',
  '算力',
  '显存',
  '微调',
  '召回',
  '召回率',
  '精确率',
  '准确率',
  '检索',
  '重排',
  '重排序',
  '批处理',
  '自回归',
  '预训练',
  '损失',
  '交叉验证',
  '宏平均',
  '微平均',
  '混淆矩阵',
  '余弦',
  '张量',
  '流水线',
  '激活',
  '检查点',
  '多模态',
  '可解释性',
  '公平性',
  '差分隐私',
  '对齐',
  '奖励',
  '解码',
  '编码器',
  '解码器',
  '多头',
  '泛化',
  '根号',
];

const HAN = /\p{Script=Han}/u;
/** Chinese punctuation: full-width forms, 、。「」 and curly quotes. */
const CJK_PUNCT = '[\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014]';
const CHINESE = new RegExp(`\\p{Script=Han}|${CJK_PUNCT}`, 'u');
const LONGEST = Math.max(...SEARCH_WORDS.map((word) => word.length));
const WORDS = new Set(SEARCH_WORDS);
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The length of the longest term from SEARCH_WORDS that starts at `start` of `run`, or 0. */
function termAt(run: string, start: number): number {
  for (let length = Math.min(LONGEST, run.length - start); length > 1; length--) {
    if (WORDS.has(run.slice(start, start + length))) return length;
  }
  return 0;
}

/**
 * The words of a run of Han characters: a term from SEARCH_WORDS where one starts, else ICU's
 * word, cut short where a term starts inside it and reaches its end (逐词|元 → 逐|词元, 要注意 →
 * 要|注意).
 */
function splitHan(run: string, icuEnds: Set<number>): string[] {
  const words: string[] = [];
  let start = 0;
  while (start < run.length) {
    let end = start + termAt(run, start);
    if (end === start) {
      end = start + 1;
      while (end < run.length && !icuEnds.has(end)) end++;
      for (let inner = start + 1; inner < end; inner++) {
        if (inner + termAt(run, inner) >= end) {
          end = inner;
          break;
        }
      }
    }
    words.push(run.slice(start, end));
    start = end;
  }
  return words;
}

/**
 * The text with a space at every word boundary next to a Chinese character (between Chinese
 * words, and between a Chinese word and punctuation or a Latin word), so that splitting it at
 * spaces gives the search's words: Pagefind, indexing a language it does not segment, splits at
 * spaces only. Text without Chinese comes back unchanged.
 */
export function spaceWords(text: string): string {
  if (!HAN.test(text)) return text;
  const pieces: string[] = [];
  let run = '';
  let runEnds = new Set<number>();
  const flush = () => {
    if (run) pieces.push(...splitHan(run, runEnds));
    run = '';
    runEnds = new Set();
  };
  for (const { segment } of segmenter.segment(text)) {
    if ([...segment].every((char) => HAN.test(char))) {
      run += segment;
      runEnds.add(run.length);
    } else {
      flush();
      pieces.push(segment);
    }
  }
  flush();
  let out = '';
  for (const piece of pieces) {
    const before = out.at(-1);
    const after = piece[0]!;
    if (before && !/\s/.test(before) && !/\s/.test(after) && (CHINESE.test(before) || CHINESE.test(after))) out += ' ';
    out += piece;
  }
  return out;
}

/** Whether a character is Chinese or Chinese punctuation (a word boundary needs a space next to it). */
export function isChinese(char: string | undefined): boolean {
  return char !== undefined && CHINESE.test(char);
}

/**
 * Undoes spaceWords for display, in plain text or in an excerpt with <mark>: removes a space
 * between two Chinese characters and next to Chinese punctuation. A space between Chinese and a
 * Latin word, a number or ASCII punctuation stays ("KV 缓存", "10^{-15} 量级"): authors write
 * those, and they cannot be told from the ones spaceWords added.
 */
export function joinWords(text: string): string {
  return text.replace(JOINED_SPACE, '');
}

const MARK = '(?:</?mark>)?';
const JOINED_SPACE = new RegExp(
  [
    `(?<=\\p{Script=Han}${MARK}) +(?=${MARK}\\p{Script=Han})`,
    // Full-width punctuation carries its own spacing; nobody types a space next to it.
    `(?<=${CJK_PUNCT}${MARK}) +`,
    ` +(?=${MARK}${CJK_PUNCT})`,
  ].join('|'),
  'gu',
);

/**
 * Words of a question rather than of its topic: interrogatives, particles and the function words
 * around them (为什么要除以根号 d, 什么是困惑度, LoRA 是什么), and the verbs a question frames a
 * topic with (如何防止过拟合: the article on overfitting says 缓解 and 正则化, never 防止). Pagefind
 * requires every word of a query, so one of these that the page does not say hides the page.
 */
const QUESTION_WORDS = new Set([
  '为什么', '为何', '如何', '怎么', '怎样', '怎么样', '什么', '哪些', '哪个', '多少',
  '吗', '呢', '吧', '啊', '的', '了', '是', '要', '也', '和', '与', '或',
  '防止', '避免',
]);

/** How readers write a symbol the text shows (rehype-math-search-text writes √ for \sqrt). */
const QUERY_ALIASES: ReadonlyMap<string, string> = new Map([['根号', '√']]);

/**
 * The query as Pagefind should receive it: split like the index (spaceWords), without the words
 * that only make it a question, and with aliases replaced. A query of nothing but such words
 * (是什么) is searched as typed.
 */
export function queryWords(query: string): string {
  const words = spaceWords(query).split(/\s+/).filter(Boolean);
  const topic = words.filter((word) => !QUESTION_WORDS.has(word)).map((word) => QUERY_ALIASES.get(word) ?? word);
  return (topic.length ? topic : words).join(' ');
}
