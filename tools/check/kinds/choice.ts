import type { Predicate } from '../../../src/schema/condition';
import type { ChoiceQuestion } from '../../../src/schema/kinds/choice';
import { NON_ANSWERS } from '../../../src/schema/non-answers';
import type { Option } from '../../../src/schema/pack';
import { code, either, em } from '../explain/markdown';
import { nonEmptySubsets } from '../subsets';
import type { CheckKind } from './kind';

const isNonAnswer = (id: string) => (NON_ANSWERS as readonly string[]).includes(id);

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

export const choice = {
  names: ['single', 'multi'],
  // Single: every option, a handful each, so a counterexample shows the reader's actual answer.
  values: (question, predicates) =>
    question.kind === 'single'
      ? question.options.map((o) => o.id)
      : multiValues(question.options, predicates),
  describeAnswers: (question) => [
    ...(question.kind === 'multi' ? ['- Answer: any number of these options'] : []),
    ...question.options.map(
      (o) => `- ${em(o.label)} (${code(o.id)})${o.exclusive ? ', which clears the others' : ''}`,
    ),
  ],
  describePredicate(predicate, question) {
    const anyOf = predicate.type === 'choice' ? predicate.anyOf : [];
    const answerTo = `the reader's answer to ${em(question.label)}`;
    const labels = anyOf.map((id) => em(question.options.find((o) => o.id === id)?.label ?? id));
    return question.kind === 'multi'
      ? `${answerTo} includes ${anyOf.length > 1 ? 'any of ' : ''}${either(labels)}`
      : `${answerTo} is ${either(labels)}`;
  },
} satisfies CheckKind<ChoiceQuestion>;
