import { type Problem, toIssues } from '../../src/schema/issues';
import type { Medication } from '../../src/schema/medication';
import { Pack } from '../../src/schema/pack';
import { answerSpace } from './answer-space';
import { checkInvariants } from './invariants';
import { checkMedicationReferences } from './medication-references';
import { checkReachability } from './reachability';
import { checkReviews, type ReviewOptions } from './review';
import { unusedQuestions } from './unused-questions';

export type CheckOptions = ReviewOptions;

export type CheckResult = {
  /** The pack as parsed, when its shape is valid. */
  pack?: Pack;
  problems: Problem[];
  /** How many combinations of answers the engine was asked to decide. */
  combinations: number;
};

/**
 * Everything that can be wrong with a content pack, from its shape to what readers can be shown, with
 * the medicines its readers may name.
 */
export function checkPack(
  input: unknown,
  medications: readonly Medication[],
  options: CheckOptions,
): CheckResult {
  const parsed = Pack.safeParse(input);
  if (!parsed.success) {
    const problems = toIssues(parsed.error.issues, input).map((issue) => ({
      ...issue,
      level: 'error' as const,
    }));
    return { problems, combinations: 0 };
  }
  const pack = parsed.data;
  // The engine cannot evaluate answers for a pack with these, so they stop the check here.
  const blocking = checkMedicationReferences(pack, medications);
  const advisory = [...unusedQuestions(pack), ...checkReviews(pack, options)];
  if (blocking.length) return { pack, problems: [...blocking, ...advisory], combinations: 0 };

  const space = {
    pack,
    medications,
    values: answerSpace(pack, medications),
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
