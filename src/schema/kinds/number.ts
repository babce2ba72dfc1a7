import * as z from 'zod/mini';
import { Option, questionBase, Reason } from '../question-base';
import { oneOf, optionIds } from './choice';
import type { QuestionKind } from './kind';

export const NumberQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('number'),
  reason: Reason,
  min: z.number(),
  max: z.number(),
  /** Answers offered beside the number, e.g. "Prefer not to say". */
  options: z.array(Option),
});
export type NumberQuestion = z.infer<typeof NumberQuestion>;

/** A whole number from `min` to `max`, or one of the options beside it ("Prefer not to say"). */
export const number = {
  names: ['number'],
  question: NumberQuestion,
  predicates: ['atLeast', 'below', 'unanswered'],
  answer(question) {
    const range = `a whole number from ${question.min} to ${question.max}`;
    const whole = z
      .int(`Expected ${range}`)
      .check(z.gte(question.min, `Expected ${range}`), z.lte(question.max, `Expected ${range}`));
    const ids = optionIds(question);
    return ids.length
      ? z.union([whole, oneOf(ids)], `Expected ${range} or one of: ${ids.join(', ')}`)
      : whole;
  },
} satisfies QuestionKind<NumberQuestion>;
