import { type Answers, answersSchemaFor } from '../schema/answers';
import type { Content } from '../schema/article';
import { type Issue, toIssues } from '../schema/issues';
import type { Medication } from '../schema/medication';
import type { Pack } from '../schema/pack';
import { type Assessment, assess } from './assess';
import { memo } from './memo';

export type Evaluation = ({ ok: true } & Assessment) | { ok: false; issues: Issue[] };

// One answers schema per pack and medication list.
const schemaFor = memo((pack: Pack) =>
  memo((list: readonly Medication[]) => answersSchemaFor(pack, new Set(list.map((m) => m.id)))),
);

/**
 * Which of the pack's caveats apply to a reader, from answers of any origin. Never throws on bad
 * answers: they come back as `{ ok: false, issues }`, one issue per bad field. Deterministic: the same
 * answers, the same result.
 */
export function evaluate(content: Content, input: unknown): Evaluation {
  const parsed = schemaFor(content.pack)(content.medications).safeParse(input);
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error.issues, input) };
  return { ok: true, ...assess(content, parsed.data as Answers) };
}
