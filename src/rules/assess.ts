import { medications as defaultMedications } from '../content/medications';
import type { Answers, MedicationEntry } from '../schema/answers';
import type { Medication } from '../schema/medication';
import type { Caveat, Pack } from '../schema/pack';
import { type Because, type Context, test } from './conditions';
import { type MedicationRecognition, recogniseMedication } from './medications';
import { memo } from './memo';

/** A caveat that applies to this reader, with the answers that made it apply. */
export type Finding = { caveat: Caveat; because: Because[] };

/** A caveat we could not decide, and the unanswered questions that would decide it. */
export type NotAssessed = { caveat: Caveat; missing: string[] };

export type Assessment = {
  /** Most important first: severity, then article order. */
  findings: Finding[];
  notAssessed: NotAssessed[];
  /**
   * Medication names we could not recognise outright, near misses included, as typed: never dropped,
   * shown to the reader (a near miss of a medicine outside every class makes no finding to show it).
   */
  unrecognisedMedications: string[];
};

const SEVERITY_RANK = { interaction: 0, caution: 1, info: 2 } as const;
const MAX_REMEMBERED = 500;

/** Per pack: questions by id, caveats most important first (severity, article section, pack order), rules by caveat. */
const prepare = memo((pack: Pack) => {
  const section = new Map(pack.article.sections.map((s, i) => [s.id, i]));
  const rank = (c: Caveat) => SEVERITY_RANK[c.severity] * section.size + (section.get(c.section) ?? 0);
  return {
    questions: new Map(pack.questions.map((q) => [q.id, q])),
    // `sort` is stable: caveats of the same severity and section keep their pack order.
    order: [...pack.caveats].sort((a, b) => rank(a) - rank(b)),
    rules: new Map(pack.rules.map((r) => [r.caveat, r.when])),
  };
});

/**
 * Per medication list: medicines by id, and recognitions by typed text (a reader's list is re-read on
 * every answer, and near-miss search is the costly part).
 */
const indexList = memo((list: readonly Medication[]) => ({
  byId: new Map(list.map((m) => [m.id, m])),
  recognitions: new Map<string, MedicationRecognition>(),
}));

/**
 * What `test` reads a condition against, for answers already valid for `pack`. Exported so the content
 * checker and the UI read answers exactly as the engine does.
 */
export function contextFor(
  pack: Pack,
  answers: Answers,
  list: readonly Medication[] = defaultMedications,
): Context {
  const { byId, recognitions } = indexList(list);
  return {
    pack,
    questions: prepare(pack).questions,
    answers,
    shown: new Map(),
    recognise: ({ typed, id }) => {
      let recognition = recognitions.get(typed);
      if (!recognition) {
        if (recognitions.size >= MAX_REMEMBERED) recognitions.clear();
        recognition = recogniseMedication(typed, list);
        recognitions.set(typed, recognition);
      }
      const chosen = id ? byId.get(id) : undefined;
      return { recognition, ...(chosen && { chosen }) };
    },
  };
}

/**
 * The order findings are listed in, whatever the answers: severity, then article section, then pack
 * order. Fixed per pack, so "X is shown first" depends only on the caveats ranked before X.
 */
export function caveatOrder(pack: Pack): readonly Caveat[] {
  return prepare(pack).order;
}

/**
 * Which of the pack's caveats apply, for answers already known to be valid (typed by the `Answers`
 * schema, e.g. built by the widget's own controls). Partners with untrusted input use `evaluate`.
 */
export function assess(
  pack: Pack,
  answers: Answers,
  list: readonly Medication[] = defaultMedications,
): Assessment {
  const { order, rules } = prepare(pack);
  const ctx = contextFor(pack, answers, list);
  const findings: Finding[] = [];
  const notAssessed: NotAssessed[] = [];
  for (const caveat of order) {
    const when = rules.get(caveat.id);
    if (caveat.always) findings.push({ caveat, because: [] });
    if (!when) continue; // the pack schema guarantees every other caveat has a rule
    const truth = test(when, ctx);
    if (truth.value === true) findings.push({ caveat, because: truth.because });
    else if (truth.value === undefined) notAssessed.push({ caveat, missing: truth.missing });
  }

  const unrecognisedMedications = pack.questions
    .filter((q) => q.kind === 'medications')
    .flatMap((q) => (answers[q.id] as MedicationEntry[] | undefined) ?? [])
    .filter((entry) => !entry.id && ctx.recognise(entry).recognition.status !== 'recognised')
    .map((entry) => entry.typed);

  return { findings, notAssessed, unrecognisedMedications };
}
