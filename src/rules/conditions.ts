import type { MedicationEntry } from '../schema/answers';
import type { Condition, Predicate } from '../schema/condition';
import type { Medication } from '../schema/medication';
import type { Pack, Question } from '../schema/pack';
import { isDoseFree } from './dosing-guard';
import { type MedicationRecognition, normaliseMedicationText } from './medications';

/** One plain-words reason a caveat applies, from one answer. */
export type Because = { question: string; text: string };

/**
 * Three-valued truth: `undefined` means "can't tell", because a question it depends on was
 * skipped or answered "don't know" / "prefer not to say". `missing` names those questions.
 */
export type Truth = { value: boolean | undefined; because: Because[]; missing: string[] };

/** What a condition is tested against: answers already validated for `pack`. */
export type Context = {
  pack: Pack;
  questions: ReadonlyMap<string, Question>;
  answers: Readonly<Record<string, unknown>>;
  /** Each medication entry's recognition, computed once per evaluation. */
  recognise: (entry: MedicationEntry) => { recognition: MedicationRecognition; chosen?: Medication };
  /** Each question's `showIf` result, memoised per evaluation: several rules test the same question. */
  shown: Map<string, Truth>;
};

const NON_ANSWERS = new Set(['dont_know', 'prefer_not']);
const TRUE = (because: Because[]): Truth => ({ value: true, because, missing: [] });
const FALSE: Truth = { value: false, because: [], missing: [] };
const unknown = (missing: string[]): Truth => ({ value: undefined, because: [], missing });

/** Tests `condition` against the reader's answers, Kleene-style. */
export function test(condition: Condition, ctx: Context): Truth {
  switch (condition.type) {
    case 'all':
    case 'any':
      return combine(condition.of, condition.type === 'any', ctx);
    case 'not': {
      const inner = test(condition.of, ctx);
      return inner.value === undefined ? inner : inner.value ? FALSE : TRUE([]);
    }
    default:
      return testPredicate(condition, ctx);
  }
}

/**
 * `all` (decisive = false) or `any` (decisive = true): one decisive child settles it; otherwise an
 * undecided child leaves it undecided. A hot path, so one pass and no intermediate arrays.
 */
function combine(children: Condition[], decisive: boolean, ctx: Context): Truth {
  let because: Because[] = [];
  let missing: string[] | undefined;
  let settled = false;
  for (const child of children) {
    const result = test(child, ctx);
    if (result.value === undefined) {
      missing = missing
        ? [...missing, ...result.missing.filter((q) => !missing?.includes(q))]
        : result.missing;
    } else if (result.value === decisive) {
      if (!decisive) return FALSE;
      settled = true;
      because = because.concat(result.because);
    } else if (!decisive) {
      because = because.concat(result.because);
    }
  }
  if (settled) return TRUE(because);
  if (missing) return unknown(missing);
  return decisive ? FALSE : TRUE(because);
}

function testPredicate(predicate: Predicate, ctx: Context): Truth {
  const question = ctx.questions.get(predicate.question);
  if (!question) return FALSE;
  if (question.showIf) {
    let shown = ctx.shown.get(question.id);
    if (!shown) {
      shown = test(question.showIf, ctx);
      ctx.shown.set(question.id, shown);
    }
    if (shown.value === false) return FALSE; // not asked, so not applicable to this reader
    if (shown.value === undefined) return shown;
  }
  const answer = ctx.answers[question.id];
  if (answer === undefined || (Array.isArray(answer) && answer.length === 0 && question.kind === 'multi')) {
    return unknown([question.id]);
  }
  if (question.kind === 'medications') {
    const matches = medicationMatcher(predicate);
    if (!matches) return FALSE;
    const because = (answer as MedicationEntry[]).flatMap((entry) => {
      const text = medicationReason(entry, matches, ctx);
      return text ? [{ question: question.id, text }] : [];
    });
    return because.length ? TRUE(because) : FALSE;
  }
  const reason = (text: string): Because => ({
    question: question.id,
    text: fill(question.reason, { answer: text }),
  });
  const label = (id: string) => question.options.find((o) => o.id === id)?.label ?? id;

  switch (predicate.type) {
    case 'choice': {
      const given = Array.isArray(answer) ? (answer as string[]) : [String(answer)];
      const hits = given.filter((id) => predicate.anyOf.includes(id));
      if (hits.length) return TRUE([reason(hits.map(label).join(', '))]);
      return given.some((id) => NON_ANSWERS.has(id)) ? unknown([question.id]) : FALSE;
    }
    case 'atLeast':
    case 'below': {
      if (typeof answer !== 'number') return unknown([question.id]);
      const holds = predicate.type === 'atLeast' ? answer >= predicate.value : answer < predicate.value;
      return holds ? TRUE([reason(String(answer))]) : FALSE;
    }
    case 'medicationClass':
    case 'medication':
      return FALSE; // the pack schema allows these predicates only on medications questions
  }
}

/** Which medicines a medication predicate asks about, or `undefined` for other predicates. */
function medicationMatcher(predicate: Predicate): ((medication: Medication) => boolean) | undefined {
  switch (predicate.type) {
    case 'medicationClass':
      return (medication) => medication.classes.includes(predicate.class);
    case 'medication':
      return (medication) => predicate.anyOf.includes(medication.id);
    default:
      return undefined;
  }
}

function fill(template: string, values: Record<string, string>): string {
  let text = template;
  for (const key in values) text = text.replaceAll(`{${key}}`, values[key] as string);
  return text;
}

/** The "why" line for one medication entry if it `matches`; near misses count, for safety. */
function medicationReason(
  entry: MedicationEntry,
  matches: (medication: Medication) => boolean,
  ctx: Context,
): string | undefined {
  const { recognition, chosen } = ctx.recognise(entry);
  const templates = ctx.pack.medicationReasons;
  if (recognition.status === 'recognised' && matches(recognition.medication)) {
    const { medication, matched, matchedKind } = recognition;
    return fill(templates[matchedKind], {
      typed: matched,
      generic: medication.generic,
      description: medication.description,
    });
  }
  // One entry can name several medicines ("Xenical and Coumadin"): each of them counts.
  const other = recognition.status === 'recognised' ? recognition.others.find(matches) : undefined;
  if (other) return fill(templates.generic, { generic: other.generic, description: other.description });
  if (chosen && matches(chosen)) {
    return fill(templates.chosen, { generic: chosen.generic, description: chosen.description });
  }
  if (recognition.status === 'near-miss' && matches(recognition.medication)) {
    const { medication, suggestion } = recognition;
    // The reader's own text is echoed only when it cannot read as an amount to take.
    const normalised = normaliseMedicationText(entry.typed);
    const typed = isDoseFree(normalised) ? normalised : suggestion;
    return fill(templates.nearMiss, {
      typed,
      suggestion,
      generic: medication.generic,
      description: medication.description,
    });
  }
  return undefined;
}
