import type { Root } from 'hast';
import rehypeKatex from 'rehype-katex';
import type { KatexOptions } from 'katex';
import type { VFile } from 'vfile';
import { reportContentError } from './content-errors.ts';
import { sourcePosition } from './source-position.ts';

/**
 * rehype-katex reports a formula KaTeX cannot parse as a warning and renders it as red text
 * (https://github.com/remarkjs/remark-math/issues/80). We want the build to stop instead, naming
 * the file, the line and KaTeX's reason, so no broken formula reaches a reader.
 */
export default function rehypeKatexStrict(options: KatexOptions = {}) {
  const render = rehypeKatex({ strict: 'error', ...options });
  return (tree: Root, file: VFile) => {
    const before = file.messages.length;
    render(tree, file);
    const failure = file.messages.slice(before).find((message) => message.source === 'rehype-katex');
    if (failure) {
      const reason = failure.cause instanceof Error ? failure.cause.message : failure.reason;
      const message = `公式无法渲染（KaTeX）：${sourcePosition(file, failure.line, failure.column)}\n${reason}`;
      reportContentError(message);
      throw new Error(message);
    }
  };
}
