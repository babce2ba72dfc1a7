import type { Condition } from '../../schema/condition';
import type { MedicationClass } from '../../schema/medication';

/** The answer to `question` (single), or any option ticked in it (multi), is one of `anyOf`. */
export const answered = (question: string, ...anyOf: string[]): Condition => ({
  type: 'choice',
  question,
  anyOf,
});

/** The reader ticked any of `supplements`. */
export const takes = (...supplements: string[]): Condition => answered('supplements', ...supplements);

/** Any medicine the reader listed belongs to class `c`. */
export const onClass = (c: MedicationClass): Condition => ({
  type: 'medicationClass',
  question: 'medications',
  class: c,
});

/** The reader skipped `question`, or answered only "don't know" / "prefer not to say". */
export const unanswered = (question: string): Condition => ({ type: 'unanswered', question });

/** The reader listed a medicine we could not confirm (not in the list, a near miss or a stem; not picked). */
export const unconfirmedMedicine: Condition = { type: 'unrecognisedMedication', question: 'medications' };
