/**
 * What conditions are decided against: one reader's answers, the pack, and the medicines its readers
 * may name, with the per-pack and per-list indexes built once. The one place that recognises an entry:
 * the widget's chips and the rules read the same cached recognition.
 */
import type { Answers, MedicationEntry } from '../schema/answers';
import type { Content } from '../schema/article';
import type { Medication } from '../schema/medication';
import type { Caveat, Pack, Question } from '../schema/pack';
import { splitMedicationList } from '../text/split-list';
import { type MedicationRecognition, recogniseMedication } from './medications';
import { memo } from './memo';

/**
 * How a listed medicine made a reason: what it was read as, so a partner can tell a confirmed warfarin
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

/** What a condition is decided against: answers already validated for `pack`. */
export type Context = {
  pack: Pack;
  questions: ReadonlyMap<string, Question>;
  answers: Readonly<Record<string, unknown>>;
  read: (entry: MedicationEntry) => ReadEntry;
  /** Each question's `showIf` result, memoised per evaluation: several rules test the same question. */
  shown: Map<string, Truth>;
};

const SEVERITY_RANK = { interaction: 0, notice: 1, caution: 2, info: 3 } as const;
const MAX_REMEMBERED = 500;

/** Per pack: questions by id, caveats most important first (severity, article section, pack order), rules by caveat. */
export const prepared = memo((pack: Pack) => {
  const section = new Map(pack.article.sections.map((s, i) => [s.id, i]));
  const rank = (c: Caveat) =>
    SEVERITY_RANK[c.severity] * section.size + (section.get(c.sources.article[0] ?? '') ?? 0);
  return {
    questions: new Map(pack.questions.map((q) => [q.id, q])),
    // `sort` is stable: caveats of the same severity and section keep their pack order.
    order: [...pack.caveats].sort((a, b) => rank(a) - rank(b)),
    rules: new Map(pack.rules.map((r) => [r.caveat, r.when])),
  };
});

/**
 * Recognition of typed text among `list`, remembered (up to 500 entries per list): a reader's list is
 * re-read on every answer and shown as chips, and the near-miss search is the costly part.
 */
export const recogniserFor = memo((list: readonly Medication[]) => {
  const remembered = new Map<string, MedicationRecognition>();
  return (typed: string): MedicationRecognition => {
    let recognition = remembered.get(typed);
    if (!recognition) {
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      recognition = recogniseMedication(typed, list);
      remembered.set(typed, recognition);
    }
    return recognition;
  };
});

const byIdFor = memo((list: readonly Medication[]) => new Map(list.map((m) => [m.id, m])));

/** How the rules read one entry: its text's recognition and, if the reader picked one, that medicine. */
export function readEntry(list: readonly Medication[], { typed, id }: MedicationEntry): ReadEntry {
  const recognition = recogniserFor(list)(typed);
  const chosen = id ? byIdFor(list).get(id) : undefined;
  return chosen ? { recognition, chosen } : { recognition };
}

/**
 * The answers with each typed medicine entry that lists several ("Eliquis, metformn") split into one
 * entry per medicine, so each is recognised on its own. A picked entry (with an id) is kept whole.
 */
function oneMedicinePerEntry(pack: Pack, answers: Answers): Answers {
  let split: Answers | undefined;
  for (const question of pack.questions) {
    const entries = answers[question.id];
    if (question.kind !== 'medications' || !Array.isArray(entries)) continue;
    const parts = (entries as MedicationEntry[]).flatMap((entry) => {
      if (entry.id) return [entry];
      const pieces = splitMedicationList(entry.typed);
      return pieces.length > 1 ? pieces.map((typed) => ({ typed })) : [entry];
    });
    if (parts.length !== entries.length) split = { ...(split ?? answers), [question.id]: parts };
  }
  return split ?? answers;
}

/** The context for answers already valid for `content.pack`; the content checker and the UI use it too. */
export function contextFor({ pack, medications }: Content, given: Answers): Context {
  const answers = oneMedicinePerEntry(pack, given);
  return {
    pack,
    questions: prepared(pack).questions,
    answers,
    shown: new Map(),
    read: (entry) => readEntry(medications, entry),
  };
}

/**
 * The order findings are listed in, whatever the answers: severity, then article section, then pack
 * order. Fixed per pack, so "X is shown first" depends only on the caveats ranked before X.
 */
export const caveatOrder = (pack: Pack): readonly Caveat[] => prepared(pack).order;
