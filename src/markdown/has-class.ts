import type { ElementContent, RootContent } from 'hast';

/** Whether a hast node is an element whose class list includes `name`. */
export function hasClass(node: ElementContent | RootContent, name: string): boolean {
  if (node.type !== 'element') return false;
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes(name);
}
