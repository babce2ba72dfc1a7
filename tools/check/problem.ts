import type { IssueCode, Problem } from '../../src/schema/issues';

/** Where in a pack, e.g. `["rules", 3, "when", "of", 1]`. */
export type Path = (string | number)[];

export const error = (code: IssueCode, path: Path, message: string): Problem => ({
  level: 'error',
  code,
  path,
  message,
});
export const warning = (code: IssueCode, path: Path, message: string): Problem => ({
  level: 'warning',
  code,
  path,
  message,
});
