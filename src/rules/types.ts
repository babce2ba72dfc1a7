import type { Answers, MedicationEntry } from '../schema/answers';
import type { Pack, Question } from '../schema/pack';
import type { ReadEntry } from './reading';

/**
 * How a listed medication made a reason: what it was read as, so a partner can tell a confirmed warfarin
 * from a "looks like Xarelto" or a name we could not confirm. `id` is the medicine's in the list (none
 * for a stem or an unconfirmed name: the name is not in it); `matched` is the list's name or
 * misspelling that matched, the near miss's suggestion, the reader's word carrying the stem, the
 * shortcut's label (a pick under a name we do not read: the medicine's generic name), or the
 * unconfirmed entry as shown back; `typed` is the entry as the reader gave it.
 */
export type MedicationMatch = {
  status: 'recognised' | 'near-miss' | 'stem' | 'shortcut' | 'unconfirmed';
  id?: string;
  matched: string;
  typed: string;
};

/** One plain-words reason a caveat applies, from one answer; from a medicine, how it was read. */
export type Because = { question: string; text: string; medication?: MedicationMatch };

/**
 * Three-valued truth: `undefined` means "can't tell", because a question it depends on was
 * skipped or answered "don't know" / "prefer not to say". `missing` names those questions.
 */
export type Truth = { value: boolean | undefined; because: Because[]; missing: string[] };

/** What a condition is decided against: answers already validated for `pack`, as the rules read them. */
export type Context = {
  pack: Pack;
  questions: ReadonlyMap<string, Question>;
  answers: Readonly<Answers>;
  read: (entry: MedicationEntry) => ReadEntry;
  /** Each question's `showIf` result, memoised per evaluation: several rules test the same question. */
  visible: Map<string, Truth>;
};

export const TRUE = (because: Because[]): Truth => ({ value: true, because, missing: [] });
export const FALSE: Truth = { value: false, because: [], missing: [] };
export const unknown = (missing: string[]): Truth => ({ value: undefined, because: [], missing });

/**
 * One medicine entry as the rules read it (a pasted list is one entry per medicine): what it was
 * recognised as, what the reader picked, and whether we could confirm it. The results show these and
 * never recognise an entry again.
 */
export type MedicationReading = ReadEntry & {
  /** Id of the medicines question it answers. */
  question: string;
  /** The entry as the reader gave it: untrusted, so escape it wherever it is shown. */
  typed: string;
  /** Not picked and not recognised outright: a near miss, a stem or a name we do not know. */
  unconfirmed: boolean;
};
