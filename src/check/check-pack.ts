import { medications as defaultMedications } from '../content/medications';
import { toIssues } from '../schema/issues';
import type { Medication } from '../schema/medication';
import { Pack } from '../schema/pack';
import { answerSpace } from './answer-space';
import { checkInvariants } from './invariants';
import { checkMedicationReferences } from './medication-references';
import { error, type Path, type Problem } from './problem';
import { checkReachability } from './reachability';
import { checkReviewDates, type ReviewOptions } from './review-dates';
import { unusedQuestions } from './unused-questions';

export type CheckOptions = ReviewOptions & { list?: readonly Medication[] };

export type CheckResult = {
  /** The pack as parsed, when its shape is valid. */
  pack?: Pack;
  problems: Problem[];
  /** How many combinations of answers the engine was asked to decide. */
  combinations: number;
};

/** Everything that can be wrong with a content pack, from its shape to what readers can be shown. */
export function checkPack(input: unknown, options: CheckOptions): CheckResult {
  const list = options.list ?? defaultMedications;
  const parsed = Pack.safeParse(input);
  if (!parsed.success) {
    const problems = toIssues(parsed.error.issues, input).map((issue) =>
      error(issue.path as Path, issue.message),
    );
    return { problems, combinations: 0 };
  }
  const pack = parsed.data;
  // The engine cannot evaluate answers for a pack with these, so they stop the check here.
  const blocking = checkMedicationReferences(pack, list);
  const advisory = [...unusedQuestions(pack), ...checkReviewDates(pack, options)];
  if (blocking.length) return { pack, problems: [...blocking, ...advisory], combinations: 0 };

  const space = {
    pack,
    list,
    values: answerSpace(pack, list),
    questions: new Map(pack.questions.map((q) => [q.id, q])),
  };
  const reachability = checkReachability(space);
  const invariants = checkInvariants(space);
  return {
    pack,
    problems: [...reachability.problems, ...invariants.problems, ...advisory],
    combinations: reachability.combinations + invariants.combinations,
  };
}
