import { type Answers, answersSchemaFor, overBoundsIssues } from '../schema/answers';
import type { Content } from '../schema/article';
import { type Issue, toIssues } from '../schema/issues';
import type { Medication } from '../schema/medication';
import type { Pack } from '../schema/pack';
import { type Assessment, assess } from './assess';
import { memo } from './memo';

/**
 * `ok: true` carries the assessment and `issues`: empty, or the medicine answers that were out of
 * bounds (an entry too long, too many entries), read in full all the same. `ok: false`: the answers
 * could not be read, one issue per bad field.
 */
export type Evaluation = ({ ok: true; issues: Issue[] } & Assessment) | { ok: false; issues: Issue[] };

// The answers schemas per pack and medication list: with the medicine limits, and without them.
const schemasFor = memo((pack: Pack) =>
  memo((list: readonly Medication[]) => {
    const ids = new Set(list.map((m) => m.id));
    return {
      bounded: answersSchemaFor(pack, ids),
      unbounded: answersSchemaFor(pack, ids, { bounded: false }),
    };
  }),
);

/**
 * Which of the pack's caveats apply to a reader, from answers of any origin. Never throws on bad
 * answers: they come back as `{ ok: false, issues }`, one issue per bad field. Medicine answers out of
 * bounds never void the warning: every entry is still searched in full, and the result is `ok` with
 * an issue naming each field out of bounds. Deterministic: the same answers, the same result.
 */
export function evaluate(content: Content, input: unknown): Evaluation {
  const { bounded, unbounded } = schemasFor(content.pack)(content.medications);
  const parsed = bounded.safeParse(input);
  if (parsed.success) return { ok: true, issues: [], ...assess(content, parsed.data as Answers) };
  // The two schemas differ only in the medicine limits: if the unbounded one reads the answers, they
  // were out of bounds and nothing else, so they are read in full and the fields named.
  const whole = unbounded.safeParse(input);
  if (!whole.success) return { ok: false, issues: toIssues(parsed.error.issues, input) };
  const answers = whole.data as Answers;
  return { ok: true, issues: overBoundsIssues(content.pack, answers), ...assess(content, answers) };
}
