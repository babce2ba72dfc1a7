import type { Condition } from '../../schema/condition';
import type { MedicationClassId } from '../../schema/medication';

/** The answer to `question` (single), or any option ticked in it (multi), is one of `anyOf`. */
export const answered = (question: string, ...anyOf: string[]): Condition => ({
  type: 'choice',
  question,
  anyOf,
});

/** The reader ticked any of `supplements`. */
export const takes = (...supplements: string[]): Condition => answered('supplements', ...supplements);

/** Any medicine the reader listed belongs to class `c`. */
export const onClass = (c: MedicationClassId): Condition => ({
  type: 'medicationClass',
  question: 'medications',
  class: c,
});

/** The reader skipped `question`, or answered only "don't know" / "prefer not to say". */
export const unanswered = (question: string): Condition => ({ type: 'unanswered', question });

/** The reader listed a medicine we could not confirm (not in the list, a near miss or a stem; not picked). */
export const unconfirmedEntry: Condition = { type: 'unrecognisedMedication', question: 'medications' };

/** The reader is under 18: the article's research and caveats are about adults. */
export const UNDER_18: Condition = { type: 'below', question: 'age', value: 18 };

/** Not known to be under 18: aged 18 or more, or the age not given (readers who skip are not assumed young). */
export const notUnder18: Condition = {
  type: 'any',
  of: [unanswered('age'), { type: 'atLeast', question: 'age', value: 18 }],
};

/** `condition`, for readers not known to be under 18: a conclusion drawn from research in adults. */
export const forAdults = (condition: Condition): Condition => ({ type: 'all', of: [condition, notUnder18] });
