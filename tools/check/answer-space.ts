import type { MedicationBook } from '../../src/rules/medications';
import type { AnswerValue } from '../../src/schema/answers';
import type { Predicate } from '../../src/schema/condition';
import { predicatesOf } from '../../src/schema/condition';
import type { Pack } from '../../src/schema/pack';
import { checkKindOf } from './check-kinds';
import { conditionsOf } from './condition-tree';

/** One answer to try; `undefined` is a skipped question, a value of its own. */
export type Value = AnswerValue | undefined;

/** The answers worth trying, by question id. */
export type AnswerSpace = ReadonlyMap<string, readonly Value[]>;

/** Every predicate in the pack (rules, visibility, invariants), grouped by the question it reads. */
function predicatesByQuestion(pack: Pack): Map<string, Predicate[]> {
  const byQuestion = new Map<string, Predicate[]>();
  for (const { condition } of conditionsOf(pack)) {
    for (const { predicate } of predicatesOf(condition)) {
      byQuestion.set(predicate.question, [...(byQuestion.get(predicate.question) ?? []), predicate]);
    }
  }
  return byQuestion;
}

/**
 * For each question, one answer from every class of answers that no predicate in the pack can tell
 * apart, plus "skipped". Trying these is as good as trying every answer a reader could give, because
 * a predicate's truth depends only on the class (see each kind's `values`, in ./kinds).
 */
export function answerSpace(pack: Pack, book: MedicationBook): AnswerSpace {
  const predicates = predicatesByQuestion(pack);
  return new Map(
    pack.questions.map((question) => [
      question.id,
      [undefined, ...checkKindOf(question).values(question, predicates.get(question.id) ?? [], book)],
    ]),
  );
}
