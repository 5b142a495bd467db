import type { Format } from '../lib/program/vocabulary.ts';

/**
 * What each format is called in pretalx session types, English or Chinese. Checked in this order,
 * so "Keynote talk" is a keynote before it is a talk; a Record so a new format in the schema
 * fails the type check until it is mapped here.
 */
const PATTERNS: Record<Format, RegExp> = {
  主题演讲: /主题演讲|主旨|keynote/i,
  动手工作坊: /工作坊|workshop|hands[- ]?on|tutorial/i,
  圆桌讨论: /圆桌|panel|podium|round ?table|discussion|fireside/i,
  产品展示: /产品展示|展示|demo|showcase/i,
  技术研讨: /技术研讨|演讲|报告|分享|talk|lecture|presentation|session/i,
};

/** The site's format for an export's session type (Talk → 技术研讨), or undefined when none fits. */
export function mapFormat(type: string | undefined): Format | undefined {
  if (!type) return undefined;
  return (Object.keys(PATTERNS) as Format[]).find((format) => PATTERNS[format].test(type));
}
