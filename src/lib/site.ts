/** Site-wide facts shown in the shell and the feeds. */
export const SITE = {
  name: 'AI大模型应用开发者大会',
  shortName: '大模型开发者大会',
  description: 'AI大模型应用开发者大会的技术文章库与大会议程：Transformer、预训练、优化、微调、评估、推理部署与负责任 AI。',
  lang: 'zh-CN',
  /** The palette's accent and light background (--accent, --bg in src/styles/global.css): the installed app's bar and splash. */
  themeColor: '#1d4ed8',
  backgroundColor: '#ffffff',
  /** The repository's edit URL for "编辑此页" links (EDIT_BASE_URL at build time); none when unset. */
  editBaseUrl: process.env['EDIT_BASE_URL'] || undefined,
} as const;
