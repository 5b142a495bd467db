/**
 * Whether an .mdx body uses anything only MDX can render: ESM (import/export), JSX or HTML tags,
 * or {expressions}. Fenced code, inline code and math are skipped, since braces and angle
 * brackets are ordinary text there. When in doubt the answer is yes: such a file keeps the MDX path.
 */
export function needsMdx(body: string): boolean {
  const prose = body
    .replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, '')
    .replace(/\$\$[\s\S]*?\$\$/g, '')
    .replace(/`+[^`\n]*`+/g, '')
    .replace(/\$[^$\n]+\$/g, '');
  // An indented line is code in Markdown but a paragraph in MDX; such files keep the MDX path.
  return /^(?:import|export)\s/m.test(prose) || /<\/?[A-Za-z]/.test(prose) || /[{}]/.test(prose) || /^(?: {4,}|\t)\S/m.test(prose);
}
