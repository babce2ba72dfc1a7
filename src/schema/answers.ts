import * as z from 'zod/mini';
import { Id } from './ids';
import type { Issue } from './issues';
import type { Pack, Question } from './pack';

/** The longest medicine entry, in characters: a label's name with its strength and form fits well within it. */
export const MEDICATION_TEXT_MAX = 120;
/** The most medicine entries in one answer. */
export const MEDICATIONS_MAX = 30;

const TOO_LONG = `Longer than ${MEDICATION_TEXT_MAX} characters`;
const TOO_MANY = `More than ${MEDICATIONS_MAX} medications`;

/** One medication as the reader gave it; `bounded: false` drops the length limit (see `answersSchemaFor`). */
function medicationEntry(bounded: boolean) {
  const text = z.string().check(z.trim(), z.minLength(1, 'Empty medication name'));
  return z.strictObject({
    /** Exactly what the reader typed (or the label of the shortcut they chose); kept even when unrecognised. */
    typed: bounded ? text.check(z.maxLength(MEDICATION_TEXT_MAX, TOO_LONG)) : text,
    /** The medication the reader picked from suggestions or a shortcut; the typed text is still re-read. */
    id: z.optional(Id),
  });
}

/** One medication as the reader gave it. */
export const MedicationEntry = medicationEntry(true);
export type MedicationEntry = z.infer<typeof MedicationEntry>;

/** An answer: an option id, a number, ticked option ids, or a medication list. */
export const AnswerValue = z.union([z.string(), z.number(), z.array(z.string()), z.array(MedicationEntry)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** A reader's answers by question id. A missing key means the question was skipped. */
export const Answers = z.record(Id, AnswerValue);
export type Answers = z.infer<typeof Answers>;

const optionIds = (q: { options: { id: string }[] }) => q.options.map((o) => o.id);
const oneOf = (ids: string[]) => z.enum(ids as [string, ...string[]], `Expected one of: ${ids.join(', ')}`);

function answerSchema(question: Question, medicationIds: ReadonlySet<string>, bounded: boolean) {
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
    case 'medications': {
      const entries = z.array(
        medicationEntry(bounded).check(
          z.refine((entry) => entry.id === undefined || medicationIds.has(entry.id), {
            message: 'Unknown medication id',
            path: ['id'],
            params: { code: 'unknown_medication' },
          }),
        ),
      );
      return bounded ? entries.check(z.maxLength(MEDICATIONS_MAX, TOO_MANY)) : entries;
    }
  }
}

/**
 * The answers schema for one pack: only its questions, each with its own kind and options.
 * `bounded: false` drops the limits on medicine entries (their length and number), so `evaluate` can
 * still search every entry for a blood thinner when they are out of bounds.
 */
export function answersSchemaFor(pack: Pack, medicationIds: ReadonlySet<string>, { bounded = true } = {}) {
  const shape = Object.fromEntries(
    pack.questions.map((q) => [q.id, z.optional(answerSchema(q, medicationIds, bounded))]),
  );
  return z.strictObject(shape);
}

/**
 * The medicine answers out of bounds in answers the unbounded schema accepted: each entry too long
 * and each list too long, as issues.
 */
export function medicationBoundIssues(pack: Pack, answers: Answers): Issue[] {
  return pack.questions.flatMap((question) => {
    const entries = answers[question.id];
    if (question.kind !== 'medications' || !Array.isArray(entries)) return [];
    const long = (entries as MedicationEntry[]).flatMap(({ typed }, i) =>
      typed.length > MEDICATION_TEXT_MAX
        ? [{ code: 'too_big' as const, path: [question.id, i, 'typed'], message: TOO_LONG }]
        : [],
    );
    const many =
      entries.length > MEDICATIONS_MAX
        ? [{ code: 'too_big' as const, path: [question.id], message: TOO_MANY }]
        : [];
    return [...long, ...many];
  });
}
