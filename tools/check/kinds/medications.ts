import type { MedicationBook } from '../../../src/rules/medications';
import type { MedicationsQuestion } from '../../../src/schema/kinds/medications';
import type { Medication, MedicationClassId } from '../../../src/schema/medication';
import { code, either, em } from '../explain/markdown';
import { error } from '../problem';
import type { CheckKind } from './kind';
import { medicationValues } from './medication-space';

/** The class as its list names it for reviewers, or its id if the list does not declare it. */
export const className = (id: MedicationClassId, { classes }: MedicationBook) =>
  classes.find((c) => c.id === id)?.name ?? id;

/** A few medicines of a class, one per kind, with a brand each: "warfarin (Coumadin), apixaban (Eliquis)…". */
function classExamples(cls: MedicationClassId, list: readonly Medication[], count = 3): string {
  const byKind = new Map<string, Medication>();
  for (const m of list) {
    if (m.classes.includes(cls) && m.names.some((n) => n.kind === 'brand') && !byKind.has(m.description)) {
      byKind.set(m.description, m);
    }
  }
  const examples = [...byKind.values()].slice(0, count).map((m) => {
    const brand = m.names.find((n) => n.kind === 'brand')?.name;
    return brand ? `${m.generic} (${brand})` : m.generic;
  });
  return `${examples.join(', ')}…`;
}

const unknownMedication = (id: string) => `Unknown medication "${id}"`;

export const medications = {
  names: ['medications'],
  values: medicationValues,
  describeAnswers: (question) => [
    '- Answer: a list of medicines, typed or picked',
    ...question.shortcuts.map((s) => `- Shortcut: ${em(s.label)} (${code(s.medication)})`),
  ],
  describePredicate(predicate, question, { book }) {
    switch (predicate.type) {
      case 'medicationClass':
        return `a medicine they listed is ${className(predicate.class, book)}, e.g. ${classExamples(predicate.class, book.medications)}`;
      case 'medication': {
        const medicines = predicate.anyOf.map((id) => {
          const medication = book.medications.find((m) => m.id === id);
          const names = medication?.names.map((n) => `“${n.name}”`) ?? [];
          const tapped = question.shortcuts
            .filter((s) => s.medication === id)
            .map((s) => `the shortcut ${em(s.label)}`);
          return `${medication?.generic ?? id} (${either([...names.slice(0, 3), ...tapped])})`;
        });
        return `a medicine they listed is ${either(medicines)}`;
      }
      default:
        return `an entry in ${em(question.label)} is a name we could not confirm (not in the list, a near miss or a stem) and was not picked from the suggestions`;
    }
  },
  // A reader's answer naming an id the list lacks is rejected: the pack must name only listed ones.
  references: (question, path, { medications }) =>
    question.shortcuts.flatMap((shortcut, j) =>
      medications.some((m) => m.id === shortcut.medication)
        ? []
        : [
            error(
              'unknown_medication',
              [...path, 'shortcuts', j, 'medication'],
              unknownMedication(shortcut.medication),
            ),
          ],
    ),
  predicateReferences(predicate, path, { medications, classes }) {
    if (predicate.type === 'medication')
      return predicate.anyOf.flatMap((id, j) =>
        medications.some((m) => m.id === id)
          ? []
          : [error('unknown_medication', [...path, 'anyOf', j], unknownMedication(id))],
      );
    if (predicate.type === 'medicationClass' && !classes.some((c) => c.id === predicate.class))
      return [
        error(
          'unknown_reference',
          [...path, 'class'],
          `The medication list declares no class "${predicate.class}"`,
        ),
      ];
    return [];
  },
} satisfies CheckKind<MedicationsQuestion>;
