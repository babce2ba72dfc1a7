import { decide } from '../../src/rules/conditions';
import { caveatOrder, contextFor } from '../../src/rules/context';
import { evaluate } from '../../src/rules/evaluate';
import type { Answers } from '../../src/schema/answers';
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
 * Proves each of the pack's invariants over every combination of answers that can affect it, or
 * reports the first reader for whom it fails.
 */
export function checkInvariants(space: Space): { problems: Problem[]; combinations: number } {
  const problems: Problem[] = [];
  let combinations = 0;
  (space.pack.invariants ?? []).forEach((invariant, i) => {
    const bound = combinationBound(space, questionsFor(space, invariant));
    if (bound > MAX_COMBINATIONS) {
      problems.push(error('too_many_combinations', ['invariants', i], tooManyCombinations(bound)));
      return;
    }
    const { counterexample, combinations: tried } = verify(space, invariant);
    combinations += tried;
    if (counterexample)
      problems.push(error('invariant_fails', ['invariants', i], failure(invariant, counterexample)));
  });
  return { problems, combinations };
}

/**
 * The questions that can affect an invariant: those its `when` reads, those the caveat's rule reads
 * and, for "first", those of every caveat ranked before it. Findings are listed in a fixed order (see
 * `caveatOrder`), so the caveat is first exactly when it is shown and none ranked before it is;
 * caveats ranked after it cannot change that, and leaving their questions unanswered loses nothing.
 */
function questionsFor(space: Space, invariant: Invariant): Set<string> {
  const { pack, questions } = space;
  const rules = new Map(pack.rules.map((r) => [r.caveat, r.when]));
  const target = 'shows' in invariant.outcome ? invariant.outcome.shows : invariant.outcome.hides;
  const order = caveatOrder(pack).map((c) => c.id);
  const ahead =
    'shows' in invariant.outcome && invariant.outcome.first ? order.slice(0, order.indexOf(target)) : [];
  return new Set(
    [invariant.when, rules.get(target), ...ahead.map((id) => rules.get(id))].flatMap((condition) => [
      ...dependenciesOf(condition, questions),
    ]),
  );
}

type Counterexample = { answers: Answers; shown: string[] };

function verify(
  space: Space,
  invariant: Invariant,
): { counterexample?: Counterexample; combinations: number } {
  let counterexample: Counterexample | undefined;
  const combinations = forEachCombination(space, questionsFor(space, invariant), (answers) => {
    if (invariant.when && decide(invariant.when, contextFor(space, answers)).value !== true) return;
    const result = evaluate(space, answers);
    if (!result.ok) throw new Error(`The checker built invalid answers: ${JSON.stringify(result.issues)}`);
    const shown = result.findings.map((f) => f.caveat.id);
    const { outcome } = invariant;
    const kept =
      'shows' in outcome
        ? shown.includes(outcome.shows) && (!outcome.first || shown[0] === outcome.shows)
        : !shown.includes(outcome.hides);
    if (kept) return;
    counterexample = { answers, shown };
    return false;
  });
  return counterexample ? { counterexample, combinations } : { combinations };
}

function failure(invariant: Invariant, { answers, shown }: Counterexample): string {
  const { outcome } = invariant;
  const expected =
    'shows' in outcome ? `"${outcome.shows}"${outcome.first ? ' first' : ''}` : `no "${outcome.hides}"`;
  const seen = shown.length ? shown.map((id) => `"${id}"`).join(', ') : 'nothing';
  return `Invariant "${invariant.id}" fails (${invariant.description}): a reader who answers ${JSON.stringify(answers)} is shown ${seen}, expected ${expected}`;
}
