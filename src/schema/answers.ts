import * as z from 'zod/mini';
import { Id } from './ids';
import type { Pack, Question } from './pack';

/** The longest medicine entry, in characters: a label's name with its strength and form fits well within it. */
export const MEDICATION_TEXT_MAX = 120;

/** One medication as the reader gave it. */
export const MedicationEntry = z.strictObject({
  /** Exactly what the reader typed (or the label of the shortcut they chose); kept even when unrecognised. */
  typed: z
    .string()
    .check(z.trim(), z.minLength(1, 'Empty medication name'), z.maxLength(MEDICATION_TEXT_MAX, 'Too long')),
  /** The medication the reader picked from suggestions or a shortcut; the typed text is still re-read. */
  id: z.optional(Id),
});
export type MedicationEntry = z.infer<typeof MedicationEntry>;

/** An answer: an option id, a number, ticked option ids, or a medication list. */
export const AnswerValue = z.union([z.string(), z.number(), z.array(z.string()), z.array(MedicationEntry)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** A reader's answers by question id. A missing key means the question was skipped. */
export const Answers = z.record(Id, AnswerValue);
export type Answers = z.infer<typeof Answers>;

const optionIds = (q: { options: { id: string }[] }) => q.options.map((o) => o.id);
const oneOf = (ids: string[]) => z.enum(ids as [string, ...string[]], `Expected one of: ${ids.join(', ')}`);

function answerSchema(question: Question, medicationIds: ReadonlySet<string>) {
  switch (question.kind) {
    case 'single':
      return oneOf(optionIds(question));
    case 'multi': {
      const exclusive = question.options.filter((o) => o.exclusive).map((o) => o.id);
      return z.array(oneOf(optionIds(question))).check(
        z.refine((ids) => new Set(ids).size === ids.length, {
          message: 'An option is ticked twice',
          params: { code: 'repeated_option' },
        }),
        z.refine((ids) => ids.length < 2 || !ids.some((id) => exclusive.includes(id)), {
          message: `${exclusive.join(' / ')} cannot be combined with other options`,
          params: { code: 'exclusive_option' },
        }),
      );
    }
    case 'number': {
      const range = `a whole number from ${question.min} to ${question.max}`;
      const number = z
        .int(`Expected ${range}`)
        .check(z.gte(question.min, `Expected ${range}`), z.lte(question.max, `Expected ${range}`));
      const ids = optionIds(question);
      return ids.length
        ? z.union([number, oneOf(ids)], `Expected ${range} or one of: ${ids.join(', ')}`)
        : number;
    }
    case 'medications':
      return z
        .array(
          MedicationEntry.check(
            z.refine((entry) => entry.id === undefined || medicationIds.has(entry.id), {
              message: 'Unknown medication id',
              path: ['id'],
              params: { code: 'unknown_medication' },
            }),
          ),
        )
        .check(z.maxLength(30, 'At most 30 medications'));
  }
}

/** The answers schema for one pack: only its questions, each with its own kind and options. */
export function answersSchemaFor(pack: Pack, medicationIds: ReadonlySet<string>) {
  const shape = Object.fromEntries(
    pack.questions.map((q) => [q.id, z.optional(answerSchema(q, medicationIds))]),
  );
  return z.strictObject(shape);
}
