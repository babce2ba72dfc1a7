import type * as z from 'zod/mini';

/** One problem with some input, at `path` (e.g. `["age"]` or `["medications", 2, "typed"]`). */
export type Issue = { path: PropertyKey[]; message: string };

// zod/mini ships without its English messages (they cost bytes); our schemas carry their own, and
// these cover the generic codes so no reader or partner ever sees a bare "Invalid input".
function describe(issue: z.core.$ZodIssue): Issue[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...issue.path, key], message: `Unknown field "${key}"` }));
    case 'invalid_type':
      if (issue.message === 'Invalid input' || !issue.message) {
        return [{ path: issue.path, message: `Expected ${issue.expected}` }];
      }
      break;
  }
  return [{ path: issue.path, message: issue.message }];
}

/** zod issues as plain data a person can read, one per problem. */
export function toIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.flatMap(describe);
}
