import * as z from 'zod/mini';
import { Id } from './ids';
import type { Issue } from './issues';
import { MedicationEntry } from './kinds/medications';
import type { Pack } from './pack';
import { kindOf } from './question';

export { MedicationEntry } from './kinds/medications';

/** An answer: an option id, a number, ticked option ids, or a medication list. */
export const AnswerValue = z.union([z.string(), z.number(), z.array(z.string()), z.array(MedicationEntry)]);
export type AnswerValue = z.infer<typeof AnswerValue>;

/** A reader's answers by question id. A missing key means the question was skipped. */
export const Answers = z.record(Id, AnswerValue);
export type Answers = z.infer<typeof Answers>;

/**
 * The answers schema for one pack: only its questions, each with its own kind's answer.
 * `bounded: false` drops the limits a kind sets (the length and number of medicine entries), so
 * `evaluate` can still search every entry for a blood thinner when they are out of bounds.
 */
export function answersSchemaFor(pack: Pack, medicationIds: ReadonlySet<string>, { bounded = true } = {}) {
  const shape = Object.fromEntries(
    pack.questions.map((q) => [q.id, z.optional(kindOf(q).answer(q as never, { medicationIds, bounded }))]),
  );
  return z.strictObject(shape);
}

/** The answers over their kinds' bounds in answers the unbounded schema accepted, as issues. */
export function overBoundsIssues(pack: Pack, answers: Answers): Issue[] {
  return pack.questions.flatMap((q) => kindOf(q).overBounds?.(q as never, answers[q.id], [q.id]) ?? []);
}
