import * as z from 'zod/mini';

/** Ids of questions, options, caveats and sections: short, lowercase, stable across edits. */
export const Id = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9_-]*$/, 'Use lowercase letters, digits, "-" or "_", starting with a letter'));
