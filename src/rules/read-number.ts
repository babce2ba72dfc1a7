import type { Question } from '../schema/pack';

type NumberQuestion = Extract<Question, { kind: 'number' }>;

// Digits, optionally followed by the unit readers write after an age ("72 years", "72 yrs", "72 y.o.").
// Anything else (words, signs, decimals, exponents) is refused rather than guessed at.
const WHOLE_NUMBER = /^(\d+)\s*(?:years?(?: old)?|yrs?\.?|y\.?o\.?|y\.?)?$/i;

/** Reads what a reader typed into a number question: a number, nothing (skipped), or invalid. */
export function readNumber(text: string, question: NumberQuestion): { value?: number; invalid?: true } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const digits = WHOLE_NUMBER.exec(trimmed)?.[1];
  const value = digits === undefined ? Number.NaN : Number(digits);
  return value >= question.min && value <= question.max ? { value } : { invalid: true };
}
