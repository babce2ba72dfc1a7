import * as z from 'zod/mini';
import { ID_PATTERN } from './id-pattern';

/** Ids of questions, options, caveats and sections: short, lowercase, stable across edits. */
export const Id = z
  .string()
  .check(z.regex(ID_PATTERN, 'Use lowercase letters, digits, "-" or "_", starting with a letter'));
