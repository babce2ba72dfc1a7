import { medications as defaultMedications } from '../content/medications';
import { type Answers, answersSchemaFor } from '../schema/answers';
import { type Issue, toIssues } from '../schema/issues';
import type { Medication } from '../schema/medication';
import type { Pack } from '../schema/pack';
import { type Assessment, assess } from './assess';
import { memo } from './memo';

export type Evaluation =
  | ({ ok: true } & Assessment)
  | { ok: false; error: { code: 'invalid_answers'; issues: Issue[] } };

// One answers schema per pack and medication list.
const schemaFor = memo((pack: Pack) =>
  memo((list: readonly Medication[]) => answersSchemaFor(pack, new Set(list.map((m) => m.id)))),
);

/**
 * Which of the pack's caveats apply to a reader, from answers of any origin. Never throws on bad
 * answers: they come back as `{ ok: false }` with one issue per bad field. Deterministic: the same
 * answers, the same result.
 */
export function evaluate(
  pack: Pack,
  input: unknown,
  list: readonly Medication[] = defaultMedications,
): Evaluation {
  const parsed = schemaFor(pack)(list).safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_answers', issues: toIssues(parsed.error.issues, input) } };
  }
  return { ok: true, ...assess(pack, parsed.data as Answers, list) };
}
