import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Deterministic pseudo-random numbers, so every run builds the same content. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SENTENCES = [
  '训练大模型时，交叉熵损失衡量模型预测分布与真实分布之间的差距。',
  '注意力机制让每个位置都能直接读取序列中其他位置的信息。',
  '反向传播沿计算图逐层应用链式法则，得到每个参数的梯度。',
  '学习率预热可以避免训练初期因梯度估计不稳定而发散。',
  '数据并行把批次切分到多张加速卡上，再通过全归约同步梯度。',
  '量化把权重从十六位浮点压缩到八位整数，显著降低显存占用。',
  '评估时应当区分训练集、验证集与测试集，避免信息泄漏。',
  '检索增强生成先从知识库召回相关段落，再交给模型组织答案。',
  '低秩适配只训练两个小矩阵，就能让大模型适应新的任务。',
  '混合精度训练用半精度计算、单精度保存主权重，兼顾速度与稳定。',
];
const WORDS = ['模型', '参数', '梯度', '样本', '批次', '显存', '吞吐', '延迟', '精度', '召回', '向量', '序列'];

function paragraph(rand, chars) {
  let text = '';
  while (text.length < chars) {
    text += SENTENCES[Math.floor(rand() * SENTENCES.length)];
    text += `其中${WORDS[Math.floor(rand() * WORDS.length)]}与${WORDS[Math.floor(rand() * WORDS.length)]}的关系需要结合实验观察。`;
  }
  return text;
}

function article(i, rand) {
  const day = String(1 + (i % 28)).padStart(2, '0');
  const month = String(1 + (i % 11)).padStart(2, '0');
  const body = [
    paragraph(rand, 250),
    `## 第一节：基本概念 ${i}`,
    paragraph(rand, 300),
    // Formulas, diagrams and code differ from article to article, as in a real library, so no
    // cache keyed on their source can make the benchmark look faster than a real site.
    `损失函数写作 $L(\\theta) = -\\sum_{i=1}^{${i + 2}} y_i \\log p_i$，其中 $p_i$ 是第 $i$ 类的概率。`,
    `$$\n\\nabla_{z} L^{(${i})} = \\mathrm{softmax}(z) - y\n$$`,
    `## 第二节：流程`,
    paragraph(rand, 300),
    `\`\`\`mermaid\nflowchart LR\n  A[数据集 ${i}] --> B[模型]\n  B --> C[损失]\n  C --> D[更新]\n\`\`\``,
    `### 代码示例`,
    `\`\`\`python\nimport numpy as np\n\nx = np.arange(${i + 10})\nprint(x.mean())\n\`\`\``,
    paragraph(rand, 300),
    '```bash\necho "训练完成"\n```',
    `## 第三节：小结`,
    paragraph(rand, 300),
  ];
  return `---\ntitle: "合成文章 ${i}：训练与评估笔记"\ndescription: "用于基准测试的合成文章，约一千五百字，包含公式、流程图与代码。"\npubDate: 2025-${month}-${day}\nauthors: ["基准测试"]\ntags: [optimization, evaluation]\n---\n\n${body.join('\n\n')}\n`;
}

/**
 * Writes a synthetic content directory from one template (`npm run bench -- --content template`,
 * the content of the tables before 2026-12-03): N articles of about 1,500 Chinese characters, 3
 * formulas, 1 flowchart and 2 code blocks each, plus the program (writeProgram).
 */
export async function writeSyntheticContent(dir, articles) {
  const rand = prng(42);
  await mkdir(join(dir, 'articles'), { recursive: true });
  await Promise.all(Array.from({ length: articles }, (_, i) => writeFile(join(dir, 'articles', `article-${i}.mdx`), article(i, rand))));
  return writeProgram(dir, articles);
}

/**
 * The rest of a benchmark site for N articles article-0 … article-(N-1): N/10 talks and N/20
 * speakers on a clash-free two-day program, an event, rooms, tracks and the about page.
 */
export async function writeProgram(dir, articles) {
  const talks = Math.max(2, Math.floor(articles / 10));
  const speakers = Math.max(1, Math.floor(articles / 20));
  const slotsPerDay = 8;
  const slots = slotsPerDay * 2;
  const rooms = Math.ceil(talks / slots);
  for (const sub of ['articles', 'talks', 'speakers', 'pages']) await mkdir(join(dir, sub), { recursive: true });
  await writeFile(join(dir, 'pages/about.mdx'), '---\ntitle: 关于\ndescription: 基准测试用的关于页面。\n---\n\n基准测试站点。\n');
  await writeFile(
    join(dir, 'event.yaml'),
    `bench:\n  name: 基准大会\n  edition: "2026"\n  tagline: 基准测试\n  description: 基准测试用的合成大会数据。\n  timeZone: Asia/Shanghai\n  days:\n    - { date: "2026-12-12", label: 第一天 }\n    - { date: "2026-12-13", label: 第二天 }\n  venue: { name: 基准会场, address: 基准路 1 号, city: 上海 }\n`,
  );
  await writeFile(join(dir, 'rooms.yaml'), Array.from({ length: rooms }, (_, r) => `- { id: room-${r}, name: 会场 ${r}, capacity: ${1000 - r}, floor: 1F }`).join('\n') + '\n');
  await writeFile(join(dir, 'tracks.yaml'), ['a', 'b', 'c', 'd'].map((t) => `- { id: track-${t}, name: 分论坛 ${t}, color: "#1f6feb", description: 基准测试用的分论坛 ${t}。 }`).join('\n') + '\n');
  const writes = [];
  for (let s = 0; s < speakers; s++) {
    writes.push(writeFile(join(dir, 'speakers', `speaker-${s}.yaml`), `name: 嘉宾 ${s}\ntitle: 工程师\norganisation: 基准机构（示例）\nbio: 基准测试用的虚构嘉宾。\nsample: true\n`));
  }
  // Talk t sits in slot t % 16 and room t / 16; speaker t % S gives talks t and t + S, which land
  // in different slots unless S is a multiple of 16 (then shift by one).
  const shift = speakers % slots === 0 ? 1 : 0;
  for (let t = 0; t < talks; t++) {
    const slot = t % slots;
    const date = slot < slotsPerDay ? '2026-12-12' : '2026-12-13';
    const hour = 9 + (slot % slotsPerDay) + (slot % slotsPerDay >= 3 ? 1 : 0);
    const hh = String(hour).padStart(2, '0');
    const speaker = (t + (t >= speakers ? shift : 0)) % speakers;
    writes.push(
      writeFile(
        join(dir, 'talks', `talk-${t}.yaml`),
        `title: 合成议程 ${t}\nabstract: 基准测试用的合成议程，讨论训练与评估。\nformat: 技术研讨\nlevel: 进阶\ntrack: track-${'abcd'[t % 4]}\nroom: room-${Math.floor(t / slots)}\nstart: "${date}T${hh}:00"\nend: "${date}T${hh}:45"\nspeakers: [speaker-${speaker}]\narticles: [article-${t % articles}]\ntags: [optimization]\n`,
      ),
    );
  }
  await Promise.all(writes);
  return { articles, talks, speakers, rooms };
}
