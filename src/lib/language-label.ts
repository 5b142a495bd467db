const LABELS: Record<string, string> = {
  py: 'Python',
  python: 'Python',
  js: 'JavaScript',
  javascript: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  sh: 'Shell',
  bash: 'Bash',
  shell: 'Shell',
  console: '终端',
  json: 'JSON',
  yaml: 'YAML',
  yml: 'YAML',
  toml: 'TOML',
  cpp: 'C++',
  c: 'C',
  rust: 'Rust',
  go: 'Go',
  sql: 'SQL',
  html: 'HTML',
  css: 'CSS',
  diff: 'Diff',
  text: '文本',
  txt: '文本',
  plaintext: '文本',
};

/** The human name shown above a code block for a fence's language id. */
export function languageLabel(language: string): string {
  return LABELS[language.toLowerCase()] ?? language;
}
