import type { MedicationBook } from '../../src/rules/medications';
import { type Problem, toIssues } from '../../src/schema/issues';
import { MedicationClasses } from '../../src/schema/medication';
import { Pack } from '../../src/schema/pack';
import { answerSpace } from './answer-space';
import { checkCriticalClass, criticalInvariants, samePromise } from './critical';
import { checkInvariants } from './invariants';
import { checkMedicationClasses } from './medication-classes';
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
export function checkPack(input: unknown, book: MedicationBook, options: CheckOptions): CheckResult {
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
  const blocking = [
    ...classSchemaProblems(book),
    ...checkMedicationClasses(book),
    ...checkCriticalClass(pack, book),
    ...checkMedicationReferences(pack, book),
  ];
  const advisory = [...unusedQuestions(pack), ...checkReviews(pack, options)];
  if (blocking.length) return { pack, problems: [...blocking, ...advisory], combinations: 0 };

  // What the critical declaration promises is proven with the pack's own invariants, unless one of
  // them already promises it; a failure points at the declaration.
  const declared = pack.invariants ?? [];
  const promised = criticalInvariants(pack).filter((p) => !declared.some((own) => samePromise(own, p)));
  const proving = { ...pack, invariants: [...declared, ...promised] };
  const space = {
    pack: proving,
    medications: book.medications,
    classes: book.classes,
    values: answerSpace(proving, book),
    questions: new Map(pack.questions.map((q) => [q.id, q])),
  };
  const reachability = checkReachability(space);
  const invariants = checkInvariants(space);
  const atDeclaration = (problem: Problem): Problem =>
    problem.path[0] === 'invariants' && Number(problem.path[1]) >= declared.length
      ? { ...problem, path: ['critical'] }
      : problem;
  return {
    pack,
    problems: [...reachability.problems, ...invariants.problems.map(atDeclaration), ...advisory],
    combinations: reachability.combinations + invariants.combinations,
  };
}

/** The list's classes against their schema: the checker reads stems and ranks from them. */
function classSchemaProblems(book: MedicationBook): Problem[] {
  const parsed = MedicationClasses.safeParse(book.classes);
  if (parsed.success) return [];
  return toIssues(parsed.error.issues, book.classes).map((issue) => ({
    ...issue,
    path: ['classes', ...issue.path],
    level: 'error' as const,
  }));
}
