import type { Condition, Predicate } from '../schema/condition';
import { NON_ANSWERS } from '../schema/non-answers';
import * as kinds from './kinds';
import type { RulesKind } from './kinds/kind';
import { type Context, FALSE, TRUE, type Truth, unknown } from './types';

const NON_ANSWER_IDS: ReadonlySet<string> = new Set(NON_ANSWERS);

/** A kind's module, read through what every kind has: its functions take its own question. */
type AnyKind = RulesKind<{ kind: string }> & { test(p: Predicate, q: never, a: never, ctx: Context): Truth };
const byName = new Map<string, AnyKind>(
  Object.values(kinds).flatMap((k) => k.names.map((name) => [name, k as unknown as AnyKind])),
);

/** The rules' module of a question's kind (the pack schema admits only kinds of the table). */
export const rulesKindOf = (question: { kind: string }): AnyKind => byName.get(question.kind) as AnyKind;

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
  const because: Truth['because'] = [];
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

/**
 * What every kind shares: a question not asked of this reader does not apply; `unanswered` holds for a
 * skipped question or one answered only with non-answers; any other predicate on a skipped question
 * is "can't tell", unless its kind decides it. The rest is the kind's.
 */
function testPredicate(predicate: Predicate, ctx: Context): Truth {
  const question = ctx.questions.get(predicate.question);
  if (!question) return FALSE;
  if (question.showIf) {
    let visible = ctx.visible.get(question.id);
    if (!visible) {
      visible = decide(question.showIf, ctx);
      ctx.visible.set(question.id, visible);
    }
    // Not asked is not applicable to this reader (FALSE); not known to be asked is unknown.
    if (visible.value !== true) return visible;
  }
  const kind = rulesKindOf(question);
  const answer = ctx.answers[question.id];
  const skipped = answer === undefined || kind.empty?.(answer) === true;
  if (predicate.type === 'unanswered') {
    if (!skipped && !onlyNonAnswers(answer)) return FALSE;
    const text = question.unansweredReason;
    return TRUE(text ? [{ question: question.id, text }] : []);
  }
  if (skipped) return kind.decidedWhenSkipped?.includes(predicate.type) ? FALSE : unknown([question.id]);
  return kind.test(predicate, question as never, answer as never, ctx);
}
