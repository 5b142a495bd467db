/**
 * Astro renders .md entries while syncing content and only logs a plugin's error there, then
 * carries on with the entry unrendered. Plugins record such errors here as well, and the
 * content-errors integration fails the build with all of them at the end.
 */
const errors: string[] = [];

export function reportContentError(message: string): void {
  errors.push(message);
}

/** Returns and clears the recorded errors. */
export function takeContentErrors(): string[] {
  return errors.splice(0);
}
