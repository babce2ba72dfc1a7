import * as z from 'zod/mini';
import { Condition } from './condition';
import { DisplayTemplate, DisplayText } from './display-text';
import { Id } from './ids';

export const Option = z.strictObject({
  id: Id,
  label: DisplayText,
  /** Ticking this option in a multi-choice question clears the others ("None of these"). */
  exclusive: z.optional(z.boolean()),
});
export type Option = z.infer<typeof Option>;

/** "Why" line template for the results; `{answer}` becomes the reader's answer, e.g. "You are {answer} years old". */
export const Reason = DisplayTemplate;

/** What every question has, whatever its kind. */
export const questionBase = {
  id: Id,
  /** The step (screen) the question belongs to. */
  step: Id,
  label: DisplayText,
  hint: z.optional(DisplayText),
  /** Asked only when this holds; a hidden question counts as not applicable. */
  showIf: z.optional(Condition),
  /**
   * A note shown under the question while `when` holds for the answers so far, e.g. to a younger
   * reader at the age question that the results are written for adults.
   */
  notice: z.optional(z.strictObject({ when: Condition, text: DisplayText })),
  /** The "why" line when a rule holds because this question went unanswered ("You didn't say…"). */
  unansweredReason: z.optional(DisplayText),
};
