import { type MedicationBook, recogniseMedication } from '../../../src/rules/medications';
import type { MedicationEntry } from '../../../src/schema/answers';
import type { Predicate } from '../../../src/schema/condition';
import type { MedicationsQuestion } from '../../../src/schema/kinds/medications';
import type { Medication } from '../../../src/schema/medication';
import { normaliseMedicationText } from '../../../src/text/normalise';
import { nonEmptySubsets } from '../subsets';

// Text we can be sure names no medicine, for an entry picked from a list without a readable name.
const UNREADABLE = '(picked from a list)';
// A made-up medicine name: read as no medicine in the list (not even a near miss of one).
const UNKNOWN = 'Zorblax';

/**
 * A medication entry counts for a predicate through the medicines it is read as (recognised, also
 * when one entry names several, picked, or a near miss), so all an answer's entries matter for is the
 * set of asked-about classes and ids they bring; an entry naming two medicines brings what two
 * entries would. Medicines that bring the same set are one "kind"; trying every combination of
 * kinds, by name, covers every set a reader can reach. Each kind is also tried alone as a near miss
 * and as a pick without a readable name, each shortcut as the reader would tap it, and a medicine
 * that is none of the kinds.
 */
export function medicationValues(
  question: MedicationsQuestion,
  predicates: Predicate[],
  book: MedicationBook,
): MedicationEntry[][] {
  const list = book.medications;
  for (const text of [UNREADABLE, UNKNOWN]) {
    if (recogniseMedication(text, book).status !== 'unrecognised') {
      throw new Error(`"${text}" must name no medicine in the list`);
    }
  }
  const classes = new Set(predicates.flatMap((p) => (p.type === 'medicationClass' ? [p.class] : [])));
  const ids = new Set(predicates.flatMap((p) => (p.type === 'medication' ? p.anyOf : [])));
  const featuresOf = (m: Medication) => [
    ...m.classes.filter((c) => classes.has(c)),
    ...(ids.has(m.id) ? [`id:${m.id}`] : []),
  ];

  const kinds = new Map<string, Medication>();
  for (const medication of list) {
    const key = featuresOf(medication).join(' ');
    if (!kinds.has(key)) kinds.set(key, medication);
  }
  const plain = kinds.get('');
  kinds.delete('');
  const featureful = [...kinds.values()];
  const known = new Set(list.map((m) => m.id));

  // Combinations of kinds that bring the same features are the same answer for every predicate.
  const byFeatures = new Map<string, MedicationEntry[]>();
  for (const subset of nonEmptySubsets(featureful)) {
    const features = [...new Set(subset.flatMap(featuresOf))].sort().join(' ');
    if (!byFeatures.has(features))
      byFeatures.set(
        features,
        subset.map((m) => ({ typed: readableName(m, book) })),
      );
  }

  // Where a predicate asks whether an entry was left unconfirmed, each set also comes with a name
  // nobody knows beside it, and that name alone.
  const unknownName = { typed: UNKNOWN };
  const withUnknown = predicates.some((p) => p.type === 'unrecognisedMedication')
    ? [[unknownName], ...[...byFeatures.values()].map((entries) => [...entries, unknownName])]
    : [];
  return [
    [],
    [{ typed: plain ? readableName(plain, book) : UNKNOWN }],
    ...byFeatures.values(),
    ...withUnknown,
    ...featureful.flatMap((m) => {
      const nearMiss = nearMissOf(m, book, featuresOf);
      return [...(nearMiss ? [[{ typed: nearMiss }]] : []), [{ typed: UNREADABLE, id: m.id }]];
    }),
    ...question.shortcuts
      .filter((s) => known.has(s.medication))
      .map((s) => [{ typed: s.label, id: s.medication }]),
  ];
}

/** A name of `medication` that the recogniser reads as it, e.g. "warfarin". */
function readableName(medication: Medication, book: MedicationBook): string {
  const name = medication.names.find(({ name }) => {
    const recognition = recogniseMedication(name, book);
    return recognition.status === 'recognised' && recognition.medication.id === medication.id;
  });
  if (!name) throw new Error(`No name of "${medication.id}" is recognised as it`);
  return name.name;
}

/** A one-letter slip in one of the medicine's names that the recogniser reads as a near miss of the same kind. */
function nearMissOf(
  medication: Medication,
  book: MedicationBook,
  featuresOf: (m: Medication) => string[],
): string | undefined {
  const kind = featuresOf(medication).join(' ');
  for (const { name } of medication.names) {
    const text = normaliseMedicationText(name);
    const middle = Math.floor(text.length / 2);
    const slips = [
      text + text.at(-1), // a doubled last letter
      text.slice(0, -1), // a dropped last letter
      text.slice(0, middle - 1) + text.charAt(middle) + text.charAt(middle - 1) + text.slice(middle + 1), // two swapped
    ];
    const slip = slips.find((typed) => {
      const recognition = recogniseMedication(typed, book);
      return recognition.status === 'near-miss' && featuresOf(recognition.medication).join(' ') === kind;
    });
    if (slip) return slip;
  }
  return undefined;
}
