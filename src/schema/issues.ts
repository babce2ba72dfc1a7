import type * as z from 'zod/mini';

/** One problem with some input, at `path` (e.g. `["age"]` or `["medications", 2, "typed"]`). */
export type Issue = { path: PropertyKey[]; message: string };

// zod/mini ships without its English messages (they cost bytes), so an issue's message is either
// our schema's own or a bare "Invalid input". For the bare ones we say what was expected, from the
// issue's own data, so no reader, partner or editor ever sees "Invalid input".
const BARE = 'Invalid input';

const list = (values: readonly unknown[]) => values.map((v) => String(v)).join(', ');

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const bound = issue.inclusive === false ? (small ? limit + 1 : limit - 1) : limit;
  switch (issue.origin) {
    case 'string':
      if (small && bound === 1) return 'Must not be empty';
      return `Expected ${small ? 'at least' : 'at most'} ${bound} characters`;
    case 'array':
    case 'set':
      return `Expected ${small ? 'at least' : 'at most'} ${bound} item${bound === 1 ? '' : 's'}`;
    default:
      return `Expected ${small ? 'at least' : 'at most'} ${bound}`;
  }
}

/** The value at `path` inside `input`, to tell a missing field from a wrong one. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describe(issue: z.core.$ZodIssue, input: unknown): Issue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...issue.path, key], message: `Unknown field "${key}"` }));
  }
  if (issue.message && issue.message !== BARE) return [{ path: issue.path, message: issue.message }];
  const at = (message: string): Issue[] => [{ path: issue.path, message }];
  switch (issue.code) {
    case 'invalid_type': {
      const field = issue.path.at(-1);
      const missing = input !== undefined && valueAt(input, issue.path) === undefined;
      if (missing && typeof field === 'string') return at(`Missing required field "${field}"`);
      return at(`Expected ${issue.expected}`);
    }
    case 'too_small':
    case 'too_big':
      return at(sizeMessage(issue));
    case 'invalid_value':
      return at(`Expected one of: ${list(issue.values)}`);
    case 'invalid_format':
      return at(issue.format === 'regex' ? `Does not match ${issue.pattern}` : `Expected a ${issue.format}`);
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options) {
        return at(`Expected one of: ${list(issue.options)}`);
      }
      return closestBranch(issue.errors, input, issue.path) ?? at('Matches none of the allowed forms');
    default:
      return at(`Invalid value (${issue.code})`);
  }
}

// A value that fits no branch of a union: the branch with the fewest problems is most likely the one
// meant, so its problems are the useful ones to show.
function closestBranch(
  branches: readonly z.core.$ZodIssue[][],
  input: unknown,
  path: readonly PropertyKey[],
): Issue[] | undefined {
  const [fewest] = [...branches].sort((a, b) => a.length - b.length);
  if (!fewest?.length) return undefined;
  return fewest.flatMap((inner) => describe({ ...inner, path: [...path, ...inner.path] }, input));
}

/**
 * zod issues as plain data a person can read, one per problem. Pass the parsed `input` too and a
 * field that is absent is reported as missing rather than as the wrong type.
 */
export function toIssues(issues: readonly z.core.$ZodIssue[], input?: unknown): Issue[] {
  return issues.flatMap((issue) => describe(issue, input));
}
