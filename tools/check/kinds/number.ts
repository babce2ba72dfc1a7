import type { NumberQuestion } from '../../../src/schema/kinds/number';
import { code, em } from '../explain/markdown';
import type { CheckKind } from './kind';

export const number = {
  names: ['number'],
  /**
   * `atLeast v` and `below v` change their truth only at `v`, and answers are whole numbers, so the
   * thresholds (rounded up) cut the range into intervals that every predicate sees alike: the lowest
   * number of each interval stands for it; then each option beside the number.
   */
  values(question, predicates) {
    const lowest = Math.ceil(question.min);
    const cuts = predicates.flatMap((p) =>
      p.type === 'atLeast' || p.type === 'below' ? [Math.ceil(p.value)] : [],
    );
    const starts = [lowest, ...cuts].filter((n) => n >= lowest && n <= question.max);
    return [...[...new Set(starts)].sort((a, b) => a - b), ...question.options.map((o) => o.id)];
  },
  describeAnswers: (question) => [
    `- Answer: a whole number from ${question.min} to ${question.max}`,
    ...question.options.map((o) => `- ${em(o.label)} (${code(o.id)})`),
  ],
  describePredicate(predicate, question) {
    const answerTo = `the reader's answer to ${em(question.label)}`;
    if (predicate.type === 'atLeast') return `${answerTo} is ${predicate.value} or more`;
    return predicate.type === 'below' ? `${answerTo} is under ${predicate.value}` : answerTo;
  },
} satisfies CheckKind<NumberQuestion>;
