/**
 * The shared tag vocabulary. Articles and talks may only use these ids, so a typo fails the
 * build instead of creating a tag page with one entry.
 */
export const TAGS = {
  architecture: '模型架构',
  pretraining: '预训练',
  optimization: '优化与训练',
  'fine-tuning': '微调与对齐',
  evaluation: '评估',
  inference: '推理与部署',
  distributed: '分布式训练',
  rag: '检索增强',
  multimodal: '多模态',
  'responsible-ai': '负责任 AI',
  ecosystem: '生态与学习',
  math: '数学基础',
} as const;

export type TagId = keyof typeof TAGS;

export const TAG_IDS = Object.keys(TAGS) as [TagId, ...TagId[]];
