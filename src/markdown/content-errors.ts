/**
 * Astro renders .md entries while syncing content and only logs a plugin's error there, then
 * carries on with the entry unrendered. Plugins record such errors here as well, and the
 * content-errors integration fails the build with all of them at the end.
 */
// Kept on globalThis: Astro loads this module more than once (with the config, and again with the
// content config that renders entries), and all of them must report to the one list.
const key = Symbol.for('ai-llm-devcon.content-errors');
const errors: string[] = ((globalThis as Record<symbol, string[]>)[key] ??= []);

export function reportContentError(message: string): void {
  errors.push(message);
}

/** Returns and clears the recorded errors. */
export function takeContentErrors(): string[] {
  return errors.splice(0);
}
