import type { AnswerValue } from '../../src/schema/answers';
import type { Predicate } from '../../src/schema/condition';
import { predicatesOf } from '../../src/schema/condition';
import type { Medication } from '../../src/schema/medication';
import { NON_ANSWERS } from '../../src/schema/non-answers';
import type { Option, Pack, Question } from '../../src/schema/pack';
import { conditionsOf } from './condition-tree';
import { medicationValues } from './medication-space';
import { nonEmptySubsets } from './subsets';

/** One answer to try; `undefined` is a skipped question, a value of its own. */
export type Value = AnswerValue | undefined;

/** The answers worth trying, by question id. */
export type AnswerSpace = ReadonlyMap<string, readonly Value[]>;

const isNonAnswer = (id: string) => (NON_ANSWERS as readonly string[]).includes(id);

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
 * a predicate's truth depends only on the class (see each kind below).
 */
export function answerSpace(pack: Pack, list: readonly Medication[]): AnswerSpace {
  const predicates = predicatesByQuestion(pack);
  return new Map(
    pack.questions.map((question) => [
      question.id,
      valuesFor(question, predicates.get(question.id) ?? [], list),
    ]),
  );
}

function valuesFor(question: Question, predicates: Predicate[], list: readonly Medication[]): Value[] {
  switch (question.kind) {
    case 'single':
      // Every option: a handful each, and a counterexample then shows the reader's actual answer.
      return [undefined, ...question.options.map((o) => o.id)];
    case 'multi':
      return [undefined, ...multiValues(question.options, predicates)];
    case 'number':
      return [undefined, ...numberValues(question, predicates), ...question.options.map((o) => o.id)];
    case 'medications':
      return [undefined, ...medicationValues(question, predicates, list)];
  }
}

/**
 * A `choice` predicate on a multi question holds when a ticked option is named, and is unknown when
 * none is but a non-answer is ticked. Options named by exactly the same predicates (and alike in being
 * a non-answer or exclusive) are interchangeable, so one stands for each such group; then every
 * non-empty set of the groups that can be ticked together, and each exclusive group alone. An empty
 * list reads as skipped, so "skipped" covers it.
 */
function multiValues(options: Option[], predicates: Predicate[]): string[][] {
  const groups = new Map<string, Option>();
  for (const option of options) {
    const namedBy = predicates.flatMap((p, i) =>
      p.type === 'choice' && p.anyOf.includes(option.id) ? [i] : [],
    );
    const key = `${namedBy.join(',')}|${isNonAnswer(option.id)}|${Boolean(option.exclusive)}`;
    if (!groups.has(key)) groups.set(key, option);
  }
  const representatives = [...groups.values()];
  const combinable = representatives.filter((o) => !o.exclusive).map((o) => o.id);
  const alone = representatives.filter((o) => o.exclusive).map((o) => [o.id]);
  return [...nonEmptySubsets(combinable), ...alone];
}

/**
 * `atLeast v` and `below v` change their truth only at `v`, and answers are whole numbers, so the
 * thresholds (rounded up) cut the range into intervals that every predicate sees alike: the lowest
 * number of each interval stands for it.
 */
function numberValues(question: Extract<Question, { kind: 'number' }>, predicates: Predicate[]): number[] {
  const lowest = Math.ceil(question.min);
  const cuts = predicates.flatMap((p) =>
    p.type === 'atLeast' || p.type === 'below' ? [Math.ceil(p.value)] : [],
  );
  const starts = [lowest, ...cuts].filter((n) => n >= lowest && n <= question.max);
  return [...new Set(starts)].sort((a, b) => a - b);
}
