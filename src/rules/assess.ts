// Zod-free, unlike ./evaluate.ts: the widget assesses the answers its own controls build, and ships no zod.
import type { Answers } from '../schema/answers';
import type { Content } from '../schema/article';
import type { Caveat, ExternalSource } from '../schema/pack';
import { decide, rulesKindOf } from './conditions';
import { contextFor, prepared } from './context';
import type { MedicationRecognition } from './medications';
import { unconfirmed } from './reading';
import type { Because, MedicationReading } from './types';

/**
 * A line on a card that points to another card the reader is shown, which must win over it, with the
 * sources of any advice of its own.
 */
export type PointerLine = { to: string; line: string; sources?: ExternalSource[] };

/**
 * A caveat that applies to this reader, with the answers that made it apply and, when a warning
 * applies that this card could read against, the lines pointing to it.
 */
export type Finding = { caveat: Caveat; because: Because[]; pointers?: PointerLine[] };

/** A caveat we could not decide, and the unanswered questions that would decide it. */
export type NotAssessed = { caveat: Caveat; missing: string[] };

/** A medicine entry not recognised outright (near misses included): never dropped, shown to the reader. */
export type UnrecognisedMedication = Extract<
  MedicationRecognition,
  { status: 'near-miss' | 'stem' | 'unrecognised' }
>;

export type Assessment = {
  /** Most important first: severity, then article order. */
  findings: Finding[];
  notAssessed: NotAssessed[];
  /** Every medicine entry as read, in the order given. */
  readings: MedicationReading[];
  /**
   * Medication entries we could not recognise outright, near misses included, as typed: never dropped,
   * shown to the reader (a near miss of a medicine outside every class makes no finding to show it).
   */
  unrecognisedMedications: UnrecognisedMedication[];
};

/** Each reason once: a condition may ask the same thing twice ("not sure which" in two of its parts). */
const onceEach = (because: Because[]) =>
  because.filter((b, i) => because.findIndex((c) => c.question === b.question && c.text === b.text) === i);

/**
 * Which of the pack's caveats apply, for answers already known to be valid (typed by the `Answers`
 * schema, e.g. built by the widget's own controls). Partners with untrusted input use `evaluate`.
 */
export function assess(content: Content, answers: Answers): Assessment {
  const { order, rules } = prepared(content.pack);
  const ctx = contextFor(content, answers);
  const findings: Finding[] = [];
  const notAssessed: NotAssessed[] = [];
  for (const caveat of order) {
    const when = rules.get(caveat.id);
    if (caveat.always) findings.push({ caveat, because: [] });
    if (!when) continue; // the pack schema guarantees every other caveat has a rule
    const truth = decide(when, ctx);
    if (truth.value === true) findings.push({ caveat, because: onceEach(truth.because) });
    else if (truth.value === undefined) notAssessed.push({ caveat, missing: truth.missing });
  }

  const shown = new Set(findings.map((f) => f.caveat.id));
  for (const finding of findings) {
    const pointers = (content.pack.pointers ?? [])
      .filter((p) => shown.has(p.to) && p.on.includes(finding.caveat.id))
      .map(({ to, line, sources }) => (sources ? { to, line, sources } : { to, line }));
    if (pointers.length) finding.pointers = pointers;
  }

  const readings = content.pack.questions.flatMap((question) => {
    const answer = ctx.answers[question.id];
    return answer === undefined
      ? []
      : (rulesKindOf(question).readings?.(question as never, answer, ctx) ?? []);
  });
  const unrecognisedMedications = readings.flatMap((reading) => unconfirmed(reading) ?? []);
  return { findings, notAssessed, readings, unrecognisedMedications };
}
