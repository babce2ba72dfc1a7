/**
 * How the rules read a medicines question: a pasted list as one entry per medicine, each recognised
 * once (see ../reading.ts), and the predicates about classes, single medicines and names we could not
 * confirm.
 */
import type { MedicationEntry } from '../../schema/answers';
import type { Predicate } from '../../schema/condition';
import type { MedicationsQuestion } from '../../schema/kinds/medications';
import type { Medication } from '../../schema/medication';
import { isDoseFree } from '../../text/dosing-guard';
import { fill } from '../../text/fill';
import { normaliseMedicationText } from '../../text/normalise';
import { sameTyped } from '../../text/same-typed';
import { splitMedicationList } from '../../text/split-list';
import { medicationWords } from '../medication-words';
import { unconfirmed } from '../reading';
import { type Because, type Context, FALSE, type MedicationMatch, TRUE } from '../types';
import type { RulesKind } from './kind';

/**
 * One entry per medicine in what a reader typed or pasted ("Eliquis 5mg, metformn" is two): the
 * widget's box and the rules split alike.
 */
export const entriesOf = (text: string): MedicationEntry[] =>
  splitMedicationList(text).map((typed) => ({ typed }));

/**
 * Each typed entry that lists several ("Eliquis, metformn") as one entry per medicine, so each is
 * recognised on its own. A picked entry (with an id) is kept whole.
 */
function oneMedicationPerEntry(entries: MedicationEntry[]): MedicationEntry[] {
  const parts = entries.flatMap((entry) => {
    if (entry.id) return [entry];
    const pieces = entriesOf(entry.typed);
    return pieces.length > 1 ? pieces : [entry];
  });
  return parts.length === entries.length ? entries : parts;
}

export const medications = {
  names: ['medications'],
  prepare: (_question, answer) => oneMedicationPerEntry(answer as MedicationEntry[]),
  readings: (question, answer, ctx) =>
    (answer as MedicationEntry[]).map((entry) => {
      const read = ctx.read(entry);
      return {
        ...read,
        question: question.id,
        typed: entry.typed,
        unconfirmed: unconfirmed(read) !== undefined,
      };
    }),
  // Skipped says nothing of names we could not confirm: decided, so the card for them stays decided too.
  decidedWhenSkipped: ['unrecognisedMedication'],
  test(predicate, question, answer, ctx) {
    const entries = answer as MedicationEntry[];
    if (predicate.type === 'unrecognisedMedication') {
      const found = entries.filter((entry) => unconfirmed(ctx.read(entry)));
      return found.length
        ? TRUE(found.flatMap((entry) => unconfirmedReason(entry, question.id, ctx)))
        : FALSE;
    }
    const because = entries.flatMap((entry) => {
      const reason = medicationReason(entry, predicate, ctx);
      if (!reason) return [];
      // A tapped shortcut is what the reader told us, whatever its label reads as.
      const shortcut = question.shortcuts.find(
        (s) => s.medication === entry.id && sameTyped(s.label, entry.typed),
      );
      const medication = shortcut
        ? {
            status: 'shortcut' as const,
            id: shortcut.medication,
            matched: shortcut.label,
            typed: entry.typed,
          }
        : reason.medication;
      return [{ question: question.id, ...reason, medication }];
    });
    return because.length ? TRUE(because) : FALSE;
  },
} satisfies RulesKind<MedicationsQuestion>;

type MedicationReason = Omit<Because, 'question'>;

/** A stem's well-known medicine in the pack's words, where the list has it by that id ("apixabán"). */
const stemKind = (pack: Context['pack'], kind: string) => pack.medicationText?.[kind]?.generic ?? kind;

/** The "why" line for one medication entry if `predicate` names it, and how it was read; near misses count, for safety. */
function medicationReason(
  entry: MedicationEntry,
  predicate: Predicate,
  ctx: Context,
): MedicationReason | undefined {
  const matches = (medication: Medication) =>
    predicate.type === 'medicationClass'
      ? medication.classes.includes(predicate.class)
      : predicate.type === 'medication' && predicate.anyOf.includes(medication.id);
  const say = (template: string, medication: Medication, more?: Record<string, string>) => {
    const { generic, description } = medicationWords(ctx.pack, medication);
    return fill(template, { generic, description, ...more });
  };
  const { typed } = entry;
  const reason = (text: string, status: MedicationMatch['status'], matched: string, id?: string) => ({
    text,
    medication: id ? { status, id, matched, typed } : { status, matched, typed },
  });
  const { recognition, chosen } = ctx.read(entry);
  const templates = ctx.pack.medicationReasons;
  if (recognition.status === 'recognised') {
    const { medication, matched, matchedKind, others } = recognition;
    if (matches(medication)) {
      return reason(
        say(templates[matchedKind], medication, { typed: matched }),
        'recognised',
        matched,
        medication.id,
      );
    }
    // One entry can name several medicines ("Xenical and Coumadin"): each of them counts.
    const other = others.find((o) => matches(o.medication));
    if (other) {
      const { medication: m } = other;
      return reason(say(templates.generic, m), 'recognised', other.matched, m.id);
    }
  }
  // Picked from the suggestions under a name we do not read (or a shortcut, marked as such by the caller).
  if (chosen && matches(chosen))
    return reason(
      say(templates.chosen, chosen),
      'recognised',
      medicationWords(ctx.pack, chosen).generic,
      chosen.id,
    );
  if (recognition.status === 'stem' && predicate.type === 'medicationClass') {
    const { word, stem } = recognition;
    // The word is echoed only when dose-free, as for near misses; it is a word of letters, so it is.
    if (stem.classes.includes(predicate.class) && isDoseFree(word)) {
      return reason(fill(templates.stem, { typed: word, kind: stemKind(ctx.pack, stem.kind) }), 'stem', word);
    }
  }
  if (recognition.status === 'near-miss' && matches(recognition.medication)) {
    const { medication, suggestion } = recognition;
    // The reader's own text is echoed only when neither it nor the line it makes can read as an amount
    // to take: the template's words can complete one around it ("You take {typed}" with "xareltoo intake").
    const words = normaliseMedicationText(entry.typed);
    const echoed = say(templates.nearMiss, medication, { suggestion, typed: words });
    const text =
      isDoseFree(words) && isDoseFree(echoed)
        ? echoed
        : say(templates.nearMiss, medication, { suggestion, typed: suggestion });
    return reason(text, 'near-miss', suggestion, medication.id);
  }
  return undefined;
}

/**
 * "We couldn't confirm “Zorblax”": the entry echoed dose-free (without amounts), only when neither
 * it nor the line it makes can read as an amount to take; otherwise no line, and the results list the
 * entry under the names we don't know.
 */
function unconfirmedReason(entry: MedicationEntry, question: string, ctx: Context): Because[] {
  const { recognition } = ctx.read(entry);
  const doseFree = recognition.status === 'empty' ? '' : recognition.doseFree;
  const text = fill(ctx.pack.medicationReasons.unconfirmed, { typed: doseFree });
  if (doseFree === '' || !isDoseFree(doseFree) || !isDoseFree(text)) return [];
  return [{ question, text, medication: { status: 'unconfirmed', matched: doseFree, typed: entry.typed } }];
}
