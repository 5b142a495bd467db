/** A problem with the input that stops the import before any file is written. */
export class ImportError extends Error {
  override name = 'ImportError';
}
