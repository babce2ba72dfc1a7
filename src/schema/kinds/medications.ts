import * as z from 'zod/mini';
import { DisplayTemplate, DisplayText } from '../display-text';
import { Id } from '../ids';
import type { Issue } from '../issues';
import { questionBase } from '../question-base';
import type { QuestionKind } from './kind';

/** The longest medicine entry, in characters: a label's name with its strength and form fits well within it. */
export const MEDICATION_TEXT_MAX = 120;
/** The most medicine entries in one answer. */
export const MEDICATIONS_MAX = 30;

const TOO_LONG = `Longer than ${MEDICATION_TEXT_MAX} characters`;
const TOO_MANY = `More than ${MEDICATIONS_MAX} medications`;

export const MedicationsQuestion = z.strictObject({
  ...questionBase,
  kind: z.literal('medications'),
  /** Offered as a one-tap choice for a medicine the reader cannot name ("not sure which"), by its id. */
  shortcuts: z.array(z.strictObject({ label: DisplayText, medication: Id })),
  /** What an entry's chip says, in the article's terms: it names the class the entry was read for. */
  notes: z.strictObject({
    /** Under an entry read by a class's INN stem only: probably of the class, to be checked. */
    stem: DisplayText,
    /** Under an entry too long to show whole: `{cut}`, how many characters are not shown, all of them read. */
    cut: DisplayTemplate,
  }),
});
export type MedicationsQuestion = z.infer<typeof MedicationsQuestion>;

/** One medicine as the reader gave it; `bounded: false` drops the length limit (see `answersSchemaFor`). */
function medicationEntry(bounded: boolean) {
  const text = z.string().check(z.trim(), z.minLength(1, 'Empty medication name'));
  return z.strictObject({
    /** Exactly what the reader typed (or the label of the shortcut they chose); kept even when unconfirmed. */
    typed: bounded ? text.check(z.maxLength(MEDICATION_TEXT_MAX, TOO_LONG)) : text,
    /** The medicine the reader picked from suggestions or a shortcut; the typed text is still re-read. */
    id: z.optional(Id),
  });
}

/** One medicine as the reader gave it. */
export const MedicationEntry = medicationEntry(true);
export type MedicationEntry = z.infer<typeof MedicationEntry>;

/** A list of medicines, typed or picked: an empty list is "none", no answer is "skipped". */
export const medications = {
  names: ['medications'],
  question: MedicationsQuestion,
  predicates: ['medicationClass', 'medication', 'unanswered', 'unrecognisedMedication'],
  answer(_question, { medicationIds, bounded }) {
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
  },
  overBounds(_question, answer, path): Issue[] {
    if (!Array.isArray(answer)) return [];
    const long = (answer as MedicationEntry[]).flatMap(({ typed }, i) =>
      typed.length > MEDICATION_TEXT_MAX
        ? [{ code: 'too_big' as const, path: [...path, i, 'typed'], message: TOO_LONG }]
        : [],
    );
    const many =
      answer.length > MEDICATIONS_MAX ? [{ code: 'too_big' as const, path, message: TOO_MANY }] : [];
    return [...long, ...many];
  },
} satisfies QuestionKind<MedicationsQuestion>;
