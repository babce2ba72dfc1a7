/**
 * The one place that recognises a medicine entry: the rules and the widget's chips read the same
 * cached recognition.
 */
import type { MedicationEntry } from '../schema/answers';
import type { Medication } from '../schema/medication';
import { type MedicationBook, type MedicationRecognition, recogniseMedication } from './medications';
import { memo } from './memo';

/** A medication entry as the rules read it: what its text is recognised as, and what the reader picked. */
export type ReadEntry = { recognition: MedicationRecognition; chosen?: Medication };

/**
 * The entry's reading when we could not confirm it: not picked, and not recognised outright (a near
 * miss, a stem or a name we do not know). What the results list as names we don't know, and what
 * the `unrecognisedMedication` predicate asks about.
 */
export function unconfirmed({ recognition, chosen }: ReadEntry) {
  if (chosen) return undefined;
  const { status } = recognition;
  return status === 'near-miss' || status === 'stem' || status === 'unrecognised' ? recognition : undefined;
}

const MAX_REMEMBERED = 500;

/**
 * Recognition of typed text in a book, remembered (up to a few hundred entries per book): a reader's
 * list is re-read on every answer and shown as chips, and the near-miss search is the costly part.
 * Kept per list and its classes, which an article's content holds and keeps.
 */
const remembering = memo((medications: MedicationBook['medications']) =>
  memo((classes: MedicationBook['classes']) => {
    const book = { medications, classes };
    const remembered = new Map<string, MedicationRecognition>();
    return (typed: string): MedicationRecognition => {
      let recognition = remembered.get(typed);
      if (!recognition) {
        if (remembered.size >= MAX_REMEMBERED) remembered.clear();
        recognition = recogniseMedication(typed, book);
        remembered.set(typed, recognition);
      }
      return recognition;
    };
  }),
);

export const recogniserFor = ({ medications, classes }: MedicationBook) => remembering(medications)(classes);

const byIdFor = memo((list: MedicationBook['medications']) => new Map(list.map((m) => [m.id, m])));

/** How the rules read one entry: its text's recognition and, if the reader picked one, that medicine. */
export function readEntry(book: MedicationBook, { typed, id }: MedicationEntry): ReadEntry {
  const recognition = recogniserFor(book)(typed);
  const chosen = id ? byIdFor(book.medications).get(id) : undefined;
  return chosen ? { recognition, chosen } : { recognition };
}
