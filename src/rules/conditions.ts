import type { MedicationEntry } from '../schema/answers';
import type { Condition, Predicate } from '../schema/condition';
import type { Medication } from '../schema/medication';
import { NON_ANSWERS } from '../schema/non-answers';
import { isDoseFree } from '../text/dosing-guard';
import { fill } from '../text/fill';
import { normaliseMedicationText } from '../text/normalise';
import { sameTyped } from '../text/same-typed';
import { type Because, type Context, type MedicationMatch, type Truth, unconfirmed } from './context';

const NON_ANSWER_IDS: ReadonlySet<string> = new Set(NON_ANSWERS);
const TRUE = (because: Because[]): Truth => ({ value: true, because, missing: [] });
const FALSE: Truth = { value: false, because: [], missing: [] };
const unknown = (missing: string[]): Truth => ({ value: undefined, because: [], missing });

/** Decides whether `condition` holds for the reader's answers: true, false or can't tell (Kleene-style). */
export function decide(condition: Condition, ctx: Context): Truth {
  switch (condition.type) {
    case 'all':
    case 'any':
      return combine(condition.of, condition.type === 'any', ctx);
    case 'not': {
      const inner = decide(condition.of, ctx);
      return inner.value === undefined ? inner : inner.value ? FALSE : TRUE([]);
    }
    default:
      return testPredicate(condition, ctx);
  }
}

/**
 * `any` holds when a child holds; `all` fails as soon as a child fails. Otherwise an undecided child
 * leaves it undecided. A hot path for the content checker, so one pass.
 */
function combine(children: Condition[], isAny: boolean, ctx: Context): Truth {
  const because: Because[] = [];
  let missing: string[] | undefined;
  let held = false;
  for (const child of children) {
    const result = decide(child, ctx);
    if (result.value) {
      held = true;
      because.push(...result.because);
    } else if (result.value === undefined) {
      missing = missing ? [...new Set([...missing, ...result.missing])] : result.missing;
    } else if (!isAny) {
      return FALSE;
    }
  }
  if (isAny && held) return TRUE(because);
  if (missing) return unknown(missing);
  return isAny ? FALSE : TRUE(because);
}

/** "Prefer not to say", or "don't know" ticked alone: not telling us either. */
function onlyNonAnswers(answer: unknown): boolean {
  const given = Array.isArray(answer) ? answer : [answer];
  return given.length > 0 && given.every((v) => typeof v === 'string' && NON_ANSWER_IDS.has(v));
}

function testPredicate(predicate: Predicate, ctx: Context): Truth {
  const question = ctx.questions.get(predicate.question);
  if (!question) return FALSE;
  if (question.showIf) {
    let shown = ctx.shown.get(question.id);
    if (!shown) {
      shown = decide(question.showIf, ctx);
      ctx.shown.set(question.id, shown);
    }
    // Not asked is not applicable to this reader (FALSE); not known to be asked is unknown.
    if (shown.value !== true) return shown;
  }
  const answer = ctx.answers[question.id];
  const skipped =
    answer === undefined || (Array.isArray(answer) && answer.length === 0 && question.kind === 'multi');
  if (predicate.type === 'unanswered') {
    if (!skipped && !onlyNonAnswers(answer)) return FALSE;
    const text = question.unansweredReason;
    return TRUE(text ? [{ question: question.id, text }] : []);
  }
  if (predicate.type === 'unrecognisedMedication') {
    if (skipped || question.kind !== 'medications') return FALSE;
    const entries = (answer as MedicationEntry[]).filter((entry) => unconfirmed(ctx.read(entry)));
    return entries.length
      ? TRUE(entries.flatMap((entry) => unconfirmedReason(entry, question.id, ctx)))
      : FALSE;
  }
  if (skipped) return unknown([question.id]);
  if (question.kind === 'medications') {
    const because = (answer as MedicationEntry[]).flatMap((entry) => {
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
  }
  const holds = (text: string) =>
    TRUE([{ question: question.id, text: fill(question.reason, { answer: text }) }]);
  const label = (id: string) => question.options.find((o) => o.id === id)?.label ?? id;

  switch (predicate.type) {
    case 'choice': {
      const given = Array.isArray(answer) ? (answer as string[]) : [String(answer)];
      const hits = given.filter((id) => predicate.anyOf.includes(id));
      if (hits.length) return holds(hits.map(label).join(', '));
      return given.some((id) => NON_ANSWER_IDS.has(id)) ? unknown([question.id]) : FALSE;
    }
    case 'atLeast':
    case 'below': {
      if (typeof answer !== 'number') return unknown([question.id]);
      const held = predicate.type === 'atLeast' ? answer >= predicate.value : answer < predicate.value;
      return held ? holds(String(answer)) : FALSE;
    }
    default:
      return FALSE; // the pack schema allows medication predicates only on medications questions
  }
}

type MedicationReason = Omit<Because, 'question'>;

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
  const say = (template: string, { generic, description }: Medication, more?: Record<string, string>) =>
    fill(template, { generic, description, ...more });
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
    return reason(say(templates.chosen, chosen), 'recognised', chosen.generic, chosen.id);
  if (recognition.status === 'stem' && predicate.type === 'medicationClass') {
    const { word, stem } = recognition;
    // The word is echoed only when dose-free, as for near misses; it is a word of letters, so it is.
    if (stem.classes.includes(predicate.class) && isDoseFree(word)) {
      return reason(fill(templates.stem, { typed: word, kind: stem.kind }), 'stem', word);
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
 * "We couldn't confirm “Zorblax”": the entry echoed as shown back (without amounts), only when neither
 * it nor the line it makes can read as an amount to take; otherwise no line, and the results list the
 * entry under the names we don't know.
 */
function unconfirmedReason(entry: MedicationEntry, question: string, ctx: Context): Because[] {
  const { recognition } = ctx.read(entry);
  const shown = recognition.status === 'empty' ? '' : recognition.shown;
  const text = fill(ctx.pack.medicationReasons.unconfirmed, { typed: shown });
  if (shown === '' || !isDoseFree(shown) || !isDoseFree(text)) return [];
  return [{ question, text, medication: { status: 'unconfirmed', matched: shown, typed: entry.typed } }];
}
