import { decide } from '../../src/rules/conditions';
import { contextFor } from '../../src/rules/context';
import { evaluate } from '../../src/rules/evaluate';
import type { Condition } from '../../src/schema/condition';
import { conditionNodes } from '../../src/schema/condition';
import type { Problem } from '../../src/schema/issues';
import { conditionsOf, dependenciesOf } from './condition-tree';
import {
  combinationBound,
  forEachCombination,
  MAX_COMBINATIONS,
  type Space,
  tooManyCombinations,
} from './enumerate';
import { error } from './problem';

type Outcomes = { holds: boolean; combinations: number };

/**
 * Conditions that can never hold, and caveats no reader or every reader is shown. Each is decided
 * by trying every combination of answers to the questions the condition depends on.
 */
export function checkReachability(space: Space): { problems: Problem[]; combinations: number } {
  const problems: Problem[] = [];
  let combinations = 0;

  // A condition whose answers are too many to try is reported once, and not analysed further.
  const roots = conditionsOf(space.pack).filter(({ condition, path }) => {
    const bound = combinationBound(space, dependenciesOf(condition, space.questions));
    if (bound <= MAX_COMBINATIONS) return true;
    problems.push(error('too_many_combinations', path, tooManyCombinations(bound)));
    return false;
  });
  const checkable = new Set(roots.map(({ condition }) => condition));

  space.pack.rules.forEach((rule, i) => {
    if (!checkable.has(rule.when)) return;
    const seen = caveatOutcomes(space, rule.caveat, rule.when);
    combinations += seen.combinations;
    if (!seen.holds) {
      problems.push(
        error(
          'never_shown',
          ['rules', i, 'when'],
          `Caveat "${rule.caveat}" can never be shown: no combination of answers makes its rule hold`,
        ),
      );
    } else if (!seen.fails) {
      problems.push(
        error(
          'shown_to_everyone',
          ['rules', i, 'when'],
          `Caveat "${rule.caveat}" is shown to every reader who answers its questions: mark it "always": true instead of giving it a rule`,
        ),
      );
    }
  });

  // The same sub-condition often appears in several places; its truth depends on nothing else.
  const memo = new Map<string, Outcomes>();
  const outcomesOf = (condition: Condition) => {
    const key = JSON.stringify(condition);
    let seen = memo.get(key);
    if (!seen) {
      seen = conditionOutcomes(space, condition);
      combinations += seen.combinations;
      memo.set(key, seen);
    }
    return seen;
  };
  const neverHolds = (condition: Condition) => !outcomesOf(condition).holds;

  for (const { condition: root, path: rootPath, owner } of roots) {
    for (const { condition, path } of conditionNodes(root, rootPath)) {
      if (!neverHolds(condition) || explainedByParts(condition, neverHolds)) continue;
      if (condition !== root) {
        problems.push(
          error(
            'never_holds',
            path,
            'This part of the condition can never hold, whatever the reader answers',
          ),
        );
      } else if (owner.kind === 'showIf') {
        problems.push(
          error(
            'never_asked',
            path,
            `Question "${owner.question}" is never asked: its showIf can never hold`,
          ),
        );
      } else if (owner.kind === 'invariant') {
        problems.push(
          error(
            'proves_nothing',
            path,
            `Invariant "${owner.invariant}" proves nothing: its "when" can never hold`,
          ),
        );
      } // a rule's own condition is reported above, as a caveat that can never be shown
    }
  }
  return { problems, combinations };
}

/** An `all` with a part that never holds, or an `any` whose parts all never hold, is explained by them. */
function explainedByParts(condition: Condition, neverHolds: (c: Condition) => boolean): boolean {
  if (condition.type === 'all') return condition.of.some(neverHolds);
  if (condition.type === 'any') return condition.of.every(neverHolds);
  return false;
}

/** Whether `evaluate` ever shows the caveat, and ever decides against it (not shown, and not "not assessed"). */
function caveatOutcomes(space: Space, caveat: string, when: Condition): Outcomes & { fails: boolean } {
  let holds = false;
  let fails = false;
  const combinations = forEachCombination(space, dependenciesOf(when, space.questions), (answers) => {
    const result = evaluate(space, answers);
    if (!result.ok) throw new Error(`The checker built invalid answers: ${JSON.stringify(result.issues)}`);
    if (result.findings.some((f) => f.caveat.id === caveat)) holds = true;
    else if (!result.notAssessed.some((n) => n.caveat.id === caveat)) fails = true;
    return !(holds && fails);
  });
  return { holds, fails, combinations };
}

/** Whether `test` ever finds the condition true; the first combination that does settles it. */
function conditionOutcomes(space: Space, condition: Condition): Outcomes {
  let holds = false;
  const combinations = forEachCombination(space, dependenciesOf(condition, space.questions), (answers) => {
    holds = decide(condition, contextFor(space, answers)).value === true;
    return !holds;
  });
  return { holds, combinations };
}
