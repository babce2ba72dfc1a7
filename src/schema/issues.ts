import type * as z from 'zod/mini';

/**
 * What kind of problem an issue is, for code to match on (messages are for people and may change).
 * The first group comes from the shape of the input; the rest name what our own checks found.
 */
export type IssueCode =
  // Shape (answers, packs, options): zod's own codes, and the two we tell apart.
  | 'missing' // a required field is absent
  | 'unknown_field'
  | 'invalid_type'
  | 'invalid_value' // not one of the allowed values
  | 'invalid_format' // text of the wrong form (a date, an id, a link template)
  | 'too_small'
  | 'too_big'
  | 'no_match' // fits none of the allowed forms
  | 'invalid' // any other check on one value
  // A pack's own checks (the Pack schema).
  | 'dosing_language'
  | 'no_dosing_patterns'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'wrong_question_kind'
  | 'showif_loop'
  | 'rule_conflict'
  // Answers.
  | 'unknown_medication'
  | 'repeated_option'
  | 'exclusive_option'
  // Options (attributes or the iframe's query).
  | 'locale_unavailable'
  // The content checker.
  | 'unreadable_pack'
  | 'locale_mismatch'
  | 'missing_text'
  | 'unknown_text'
  | 'placeholder_mismatch'
  | 'unrecognised_name'
  | 'never_shown'
  | 'shown_to_everyone'
  | 'never_holds'
  | 'never_asked'
  | 'proves_nothing'
  | 'invariant_fails'
  | 'too_many_combinations'
  | 'unused_question'
  | 'awaiting_review'
  | 'review_due'
  | 'review_in_future'
  | 'source_unread';

/** One problem with some input, at `path` (e.g. `["age"]` or `["medications", 2, "typed"]`). */
export type Issue = { code: IssueCode; path: (string | number)[]; message: string };

/** An issue from the content checker: an error fails the check, a warning is reported and lets it pass. */
export type Problem = Issue & { level: 'error' | 'warning' };

/** A path as a person would write it to find the spot: `rules[3].when.of[1]`, or `(the input)` for none. */
export function formatPath(path: readonly PropertyKey[], whole = '(the input)'): string {
  const text = path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
  return text || whole;
}

/** The issue's code from a custom check's `params.code`, so our own checks need no second mapping. */
const customCode = (issue: z.core.$ZodIssue): IssueCode =>
  ((issue as { params?: { code?: IssueCode } }).params?.code ?? 'invalid') as IssueCode;

const pathOf = (path: readonly PropertyKey[]) =>
  path.map((key) => (typeof key === 'number' ? key : String(key)));

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

/** Our code for a zod issue: the same name where zod has one, `missing` apart from a wrong type. */
function codeOf(issue: z.core.$ZodIssue, input: unknown): IssueCode {
  switch (issue.code) {
    case 'custom':
      return customCode(issue);
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'invalid_type':
      return input !== undefined && valueAt(input, issue.path) === undefined ? 'missing' : 'invalid_type';
    case 'invalid_union':
      return issue.discriminator ? 'invalid_value' : 'no_match';
    case 'too_small':
    case 'too_big':
    case 'invalid_value':
    case 'invalid_format':
      return issue.code;
    default:
      return 'invalid';
  }
}

function describe(issue: z.core.$ZodIssue, input: unknown): Issue[] {
  const path = pathOf(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      code: 'unknown_field',
      path: [...path, key],
      message: `Unknown field "${key}"`,
    }));
  }
  const code = codeOf(issue, input);
  const at = (message: string): Issue[] => [{ code, path, message }];
  if (issue.message && issue.message !== BARE) return at(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      const field = path.at(-1);
      if (code === 'missing' && typeof field === 'string') return at(`Missing required field "${field}"`);
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
