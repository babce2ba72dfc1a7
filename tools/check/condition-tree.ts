import { type Condition, predicatesOf } from '../../src/schema/condition';
import type { Pack, Question } from '../../src/schema/pack';
import type { Path } from './problem';

/** What a condition in a pack belongs to: a rule, a question's visibility or notice, or an invariant. */
export type ConditionOwner =
  | { kind: 'rule'; index: number; caveat: string }
  | { kind: 'showIf'; index: number; question: string }
  | { kind: 'notice'; index: number; question: string }
  | { kind: 'invariant'; index: number; invariant: string };

/** Every condition in the pack, with its path and owner. */
export function conditionsOf(pack: Pack): { condition: Condition; path: Path; owner: ConditionOwner }[] {
  return [
    ...pack.rules.map((rule, index) => ({
      condition: rule.when,
      path: ['rules', index, 'when'],
      owner: { kind: 'rule' as const, index, caveat: rule.caveat },
    })),
    ...pack.questions.flatMap((question, index) =>
      question.showIf
        ? [
            {
              condition: question.showIf,
              path: ['questions', index, 'showIf'],
              owner: { kind: 'showIf' as const, index, question: question.id },
            },
          ]
        : [],
    ),
    ...pack.questions.flatMap((question, index) =>
      question.notice
        ? [
            {
              condition: question.notice.when,
              path: ['questions', index, 'notice', 'when'],
              owner: { kind: 'notice' as const, index, question: question.id },
            },
          ]
        : [],
    ),
    ...(pack.invariants ?? []).flatMap((invariant, index) =>
      invariant.when
        ? [
            {
              condition: invariant.when,
              path: ['invariants', index, 'when'],
              owner: { kind: 'invariant' as const, index, invariant: invariant.id },
            },
          ]
        : [],
    ),
  ];
}

/** Ids of the questions a condition's predicates name, once each, in the order they appear. */
export function questionsNamedBy(condition: Condition | undefined): string[] {
  if (!condition) return [];
  return [...new Set(predicatesOf(condition).map(({ predicate }) => predicate.question))];
}

/**
 * Every question whose answer can change what `condition` evaluates to: the questions it names and,
 * since a hidden question counts as not applicable, the questions their `showIf` reads, transitively.
 */
export function dependenciesOf(
  condition: Condition | undefined,
  questions: ReadonlyMap<string, Question>,
): Set<string> {
  const found = new Set<string>();
  const visit = (id: string) => {
    if (found.has(id)) return; // also stops at a showIf loop, which the pack schema rejects
    found.add(id);
    for (const next of questionsNamedBy(questions.get(id)?.showIf)) visit(next);
  };
  for (const id of questionsNamedBy(condition)) visit(id);
  return found;
}
