/** The reader's starred talk ids, kept in this browser only. */
const KEY = 'devcon:starred';
const EVENT = 'starred-change';

export function starredIds(): Set<string> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function setStarred(id: string, starred: boolean): void {
  const ids = starredIds();
  if (starred) ids.add(id);
  else ids.delete(id);
  localStorage.setItem(KEY, JSON.stringify([...ids]));
  document.dispatchEvent(new CustomEvent(EVENT));
}

/** Calls `listener` when stars change in this page or in another tab. */
export function onStarredChange(listener: () => void): void {
  document.addEventListener(EVENT, listener);
  addEventListener('storage', (event) => {
    if (event.key === KEY) listener();
  });
}
