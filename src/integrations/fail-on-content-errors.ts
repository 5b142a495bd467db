import type { AstroIntegration } from 'astro';
import { takeContentErrors } from '../markdown/content-errors.ts';

/** Fails the build on any error a Markdown plugin recorded (see src/markdown/content-errors.ts). */
export function contentErrors(): AstroIntegration {
  return {
    name: 'content-errors',
    hooks: {
      'astro:build:done': () => {
        const errors = takeContentErrors();
        if (errors.length) throw new Error(`${errors.length} 个内容错误：\n${errors.join('\n\n')}`);
      },
    },
  };
}
