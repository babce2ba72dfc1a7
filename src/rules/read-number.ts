import type { Question } from '../schema/pack';

type NumberQuestion = Extract<Question, { kind: 'number' }>;

/** Reads what a reader typed into a number question: a number, nothing (skipped), or invalid. */
export function readNumber(text: string, question: NumberQuestion): { value?: number; invalid?: true } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  return value >= question.min && value <= question.max ? { value } : { invalid: true };
}
