import type { Finding } from '../../src/rules/assess';
import { decide } from '../../src/rules/conditions';
import { caveatOrder, contextFor } from '../../src/rules/context';
import { evaluate } from '../../src/rules/evaluate';
import type { Answers } from '../../src/schema/answers';
import type { Condition } from '../../src/schema/condition';
import type { Invariant } from '../../src/schema/invariant';
import type { Problem } from '../../src/schema/issues';
import { dependenciesOf } from './condition-tree';
import {
  combinationBound,
  forEachCombination,
  MAX_COMBINATIONS,
  type Space,
  tooManyCombinations,
} from './enumerate';
import { error } from './problem';

/**
 * One part of an invariant's proof: the questions that can affect it, and what must hold of the
 * findings of every reader the invariant is about (`undefined`), or what went wrong.
 */
type Part = { questions: Set<string>; broken: (findings: Finding[]) => string | undefined };

/**
 * Proves each of the pack's invariants over every combination of answers that can affect it, or
 * reports the first reader for whom it fails.
 */
export function checkInvariants(space: Space): { problems: Problem[]; combinations: number } {
  const problems: Problem[] = [];
  let combinations = 0;
  (space.pack.invariants ?? []).forEach((invariant, i) => {
    const parts = partsOf(space, invariant);
    const bound = Math.max(...parts.map((part) => combinationBound(space, part.questions)));
    if (bound > MAX_COMBINATIONS) {
      problems.push(error('too_many_combinations', ['invariants', i], tooManyCombinations(bound)));
      return;
    }
    for (const part of parts) {
      const { counterexample, combinations: tried } = verify(space, invariant.when, part);
      combinations += tried;
      if (counterexample) {
        problems.push(error('invariant_fails', ['invariants', i], failure(invariant, counterexample)));
        return;
      }
    }
  });
  return { problems, combinations };
}

const ids = (findings: Finding[]) => findings.map((f) => f.caveat.id);

/**
 * An invariant as parts proven one by one, each with the questions that can affect it: those its
 * `when` reads and those of the caveats whose showing it is about. Findings are listed in a fixed
 * order (see `caveatOrder`), so a caveat is first exactly when it is shown and none ranked before it
 * is; caveats ranked after it cannot change that, and leaving their questions unanswered loses
 * nothing. A card's pointer lines depend only on whether it and the card pointed to are shown, so
 * "pointed to by" is proven card by card, with the questions of that card and of the one pointed to.
 */
function partsOf(space: Space, invariant: Invariant): Part[] {
  const { pack, questions } = space;
  const rules = new Map(pack.rules.map((r) => [r.caveat, r.when]));
  const reading = (...caveats: string[]) =>
    new Set(
      [invariant.when, ...caveats.map((id) => rules.get(id))].flatMap((condition: Condition | undefined) => [
        ...dependenciesOf(condition, questions),
      ]),
    );
  const { outcome } = invariant;
  if ('hides' in outcome) {
    return [
      {
        questions: reading(outcome.hides),
        broken: (findings) => (ids(findings).includes(outcome.hides) ? `no "${outcome.hides}"` : undefined),
      },
    ];
  }
  if ('shows' in outcome || 'showsOneOf' in outcome) {
    const candidates = 'shows' in outcome ? [outcome.shows] : outcome.showsOneOf;
    const allowedAhead = new Set('shows' in outcome ? (outcome.after ?? []) : []);
    const order = caveatOrder(pack).map((c) => c.id);
    // First: shown, with nothing ranked ahead of it but the caveats it may follow (`after`).
    const last = Math.max(...candidates.map((id) => order.indexOf(id)));
    const ahead = outcome.first ? order.slice(0, last) : [];
    const expected = `${either(candidates)}${outcome.first ? ' first' : ''}${allowedAhead.size ? ` (after ${either([...allowedAhead])} only)` : ''}`;
    return [
      {
        questions: reading(...candidates, ...ahead),
        broken: (findings) => {
          const shown = ids(findings).filter((id) => !allowedAhead.has(id));
          const kept = outcome.first
            ? candidates.includes(shown[0] as string)
            : candidates.some((id) => shown.includes(id));
          return kept ? undefined : expected;
        },
      },
    ];
  }
  const { pointedTo, by, pointer } = outcome;
  const line = pointer === undefined ? undefined : pack.pointers?.find((p) => p.id === pointer)?.line;
  const order = caveatOrder(pack).map((c) => c.id);
  // `assess` gives a card every pointer line whose card is shown too, and findings keep the fixed
  // order: where the card ranks after the one it points to and carries the line, the promise holds for
  // every reader without trying any. Otherwise the readers who see both are tried, for a counterexample.
  const carried = (card: string) =>
    order.indexOf(card) > order.indexOf(pointedTo) &&
    (pack.pointers ?? []).some(
      (p) => p.to === pointedTo && p.on.includes(card) && (line === undefined || p.line === line),
    );
  return by.map((card) => ({
    questions: carried(card) ? new Set<string>() : reading(pointedTo, card),
    broken: (findings) => {
      const shown = ids(findings);
      const at = shown.indexOf(card);
      const target = shown.indexOf(pointedTo);
      if (at < 0 || target < 0) return undefined;
      const points = findings[at]?.pointers?.some(
        (p) => p.to === pointedTo && (line === undefined || p.line === line),
      );
      if (points && at > target) return undefined;
      return `"${card}" after "${pointedTo}", with ${pointer === undefined ? 'a line' : `the line of pointer "${pointer}"`} pointing to it`;
    },
  }));
}

/** "a", "a or b": the caveat ids, quoted. */
const either = (caveats: string[]) => caveats.map((id) => `"${id}"`).join(' or ');

type Counterexample = { answers: Answers; shown: string[]; expected: string };

function verify(
  space: Space,
  when: Condition | undefined,
  part: Part,
): { counterexample?: Counterexample; combinations: number } {
  let counterexample: Counterexample | undefined;
  const combinations = forEachCombination(space, part.questions, (answers) => {
    if (when && decide(when, contextFor(space, answers)).value !== true) return;
    const result = evaluate(space, answers);
    if (!result.ok) throw new Error(`The checker built invalid answers: ${JSON.stringify(result.issues)}`);
    const expected = part.broken(result.findings);
    if (expected === undefined) return;
    counterexample = { answers, shown: ids(result.findings), expected };
    return false;
  });
  return counterexample ? { counterexample, combinations } : { combinations };
}

function failure(invariant: Invariant, { answers, shown, expected }: Counterexample): string {
  const seen = shown.length ? shown.map((id) => `"${id}"`).join(', ') : 'nothing';
  return `Invariant "${invariant.id}" fails (${invariant.description}): a reader who answers ${JSON.stringify(answers)} is shown ${seen}, expected ${expected}`;
}
